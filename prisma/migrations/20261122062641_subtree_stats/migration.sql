-- CreateEnum
CREATE TYPE "StatBucket" AS ENUM ('ON_TIME', 'LATE', 'OPEN_DATED', 'OPEN_SLOT');

-- CreateTable
CREATE TABLE "subtree_stat" (
    "org_id" INTEGER NOT NULL,
    "day" DATE NOT NULL,
    "bucket" "StatBucket" NOT NULL,
    "n" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "subtree_stat_pkey" PRIMARY KEY ("org_id","day","bucket")
);

-- AddForeignKey
ALTER TABLE "subtree_stat" ADD CONSTRAINT "subtree_stat_org_id_fkey" FOREIGN KEY ("org_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- How one assignment counts (null: it does not count — cancelled, or ongoing with nothing due).
CREATE FUNCTION "assignment_stat_bucket"(state "AssignmentState", due_on date, completed_on date, report_due_on date)
RETURNS "StatBucket" LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN state = 'CANCELLED' THEN NULL
    WHEN state = 'COMPLETED' THEN CASE WHEN due_on IS NULL OR completed_on <= due_on THEN 'ON_TIME'::"StatBucket" ELSE 'LATE'::"StatBucket" END
    WHEN due_on IS NOT NULL THEN 'OPEN_DATED'::"StatBucket"
    WHEN report_due_on IS NOT NULL THEN 'OPEN_SLOT'::"StatBucket"
  END
$$;

-- Applies a statement's changes to the counts: each changed assignment leaves its old cell and
-- enters its new one, for every ancestor of its unit at depth 0 or 1, when its directive is not
-- secret. Cells are locked in key order so concurrent writers cannot deadlock.
CREATE FUNCTION "subtree_stat_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO subtree_stat AS s (org_id, day, bucket, n)
    SELECT c.ancestor_id, x.day, x.bucket, sum(x.delta)::int
    FROM (SELECT r.unit_id, r.directive_id, COALESCE(r.due_on, r.report_due_on) AS day,
                 assignment_stat_bucket(r.state, r.due_on, r.completed_on, r.report_due_on) AS bucket, 1 AS delta
          FROM new_rows r) x
    JOIN directive d ON d.id = x.directive_id AND d.confidentiality = 'NORMAL'
    JOIN organization_closure c ON c.descendant_id = x.unit_id
    JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
    WHERE x.day IS NOT NULL AND x.bucket IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(x.delta) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (org_id, day, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
  ELSIF TG_OP = 'UPDATE' THEN
    INSERT INTO subtree_stat AS s (org_id, day, bucket, n)
    SELECT c.ancestor_id, x.day, x.bucket, sum(x.delta)::int
    FROM (SELECT r.unit_id, r.directive_id, COALESCE(r.due_on, r.report_due_on) AS day,
                 assignment_stat_bucket(r.state, r.due_on, r.completed_on, r.report_due_on) AS bucket, 1 AS delta
          FROM new_rows r
          UNION ALL
          SELECT r.unit_id, r.directive_id, COALESCE(r.due_on, r.report_due_on),
                 assignment_stat_bucket(r.state, r.due_on, r.completed_on, r.report_due_on), -1
          FROM old_rows r) x
    JOIN directive d ON d.id = x.directive_id AND d.confidentiality = 'NORMAL'
    JOIN organization_closure c ON c.descendant_id = x.unit_id
    JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
    WHERE x.day IS NOT NULL AND x.bucket IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(x.delta) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (org_id, day, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
  ELSE
    INSERT INTO subtree_stat AS s (org_id, day, bucket, n)
    SELECT c.ancestor_id, x.day, x.bucket, sum(x.delta)::int
    FROM (SELECT r.unit_id, r.directive_id, COALESCE(r.due_on, r.report_due_on) AS day,
                 assignment_stat_bucket(r.state, r.due_on, r.completed_on, r.report_due_on) AS bucket, -1 AS delta
          FROM old_rows r) x
    JOIN directive d ON d.id = x.directive_id AND d.confidentiality = 'NORMAL'
    JOIN organization_closure c ON c.descendant_id = x.unit_id
    JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
    WHERE x.day IS NOT NULL AND x.bucket IS NOT NULL
    GROUP BY 1, 2, 3 HAVING sum(x.delta) <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (org_id, day, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "assignment_stat_insert" AFTER INSERT ON "assignment"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "subtree_stat_apply"();
CREATE TRIGGER "assignment_stat_update" AFTER UPDATE ON "assignment"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "subtree_stat_apply"();
CREATE TRIGGER "assignment_stat_delete" AFTER DELETE ON "assignment"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "subtree_stat_apply"();

-- A directive turning secret takes its assignments out of the counts; turning ordinary puts them back.
CREATE FUNCTION "subtree_stat_confidentiality"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO subtree_stat AS s (org_id, day, bucket, n)
  SELECT c.ancestor_id, COALESCE(a.due_on, a.report_due_on), assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on),
         (count(*) * CASE WHEN NEW.confidentiality = 'NORMAL' THEN 1 ELSE -1 END)::int
  FROM assignment a
  JOIN organization_closure c ON c.descendant_id = a.unit_id
  JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
  WHERE a.directive_id = NEW.id AND COALESCE(a.due_on, a.report_due_on) IS NOT NULL
    AND assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on) IS NOT NULL
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (org_id, day, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE TRIGGER "directive_stat_confidentiality" AFTER UPDATE OF "confidentiality" ON "directive"
  FOR EACH ROW WHEN (OLD."confidentiality" IS DISTINCT FROM NEW."confidentiality")
  EXECUTE FUNCTION "subtree_stat_confidentiality"();

-- Recounts everything from the assignments: after the forest is restructured (a unit moved).
CREATE FUNCTION "subtree_stat_rebuild"() RETURNS void LANGUAGE sql AS $$
  DELETE FROM subtree_stat;
  INSERT INTO subtree_stat (org_id, day, bucket, n)
  SELECT c.ancestor_id, COALESCE(a.due_on, a.report_due_on), assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on), count(*)::int
  FROM assignment a
  JOIN directive d ON d.id = a.directive_id AND d.confidentiality = 'NORMAL'
  JOIN organization_closure c ON c.descendant_id = a.unit_id
  JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
  WHERE COALESCE(a.due_on, a.report_due_on) IS NOT NULL
    AND assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on) IS NOT NULL
  GROUP BY 1, 2, 3;
$$;
