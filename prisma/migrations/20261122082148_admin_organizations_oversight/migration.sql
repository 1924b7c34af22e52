-- CreateEnum
CREATE TYPE "TransferOutcome" AS ENUM ('TRANSFERRED', 'CANCELLED_DUPLICATE');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'OVERSIGHT';

-- AlterTable
ALTER TABLE "organization" ADD COLUMN     "successor_id" INTEGER;

-- CreateTable
CREATE TABLE "organization_name_history" (
    "id" SERIAL NOT NULL,
    "organization_id" INTEGER NOT NULL,
    "name" VARCHAR(300) NOT NULL,
    "abbreviation" VARCHAR(40),
    "valid_until" DATE NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,
    "changed_by_id" INTEGER,

    CONSTRAINT "organization_name_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "assignment_transfer" (
    "id" SERIAL NOT NULL,
    "assignment_id" INTEGER NOT NULL,
    "from_unit_id" INTEGER NOT NULL,
    "to_unit_id" INTEGER NOT NULL,
    "outcome" "TransferOutcome" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "by_id" INTEGER,

    CONSTRAINT "assignment_transfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "organization_name_history_organization_id_changed_at_idx" ON "organization_name_history"("organization_id", "changed_at");

-- CreateIndex
CREATE INDEX "assignment_transfer_assignment_id_idx" ON "assignment_transfer"("assignment_id");

-- CreateIndex
CREATE INDEX "assignment_transfer_from_unit_id_idx" ON "assignment_transfer"("from_unit_id");

-- CreateIndex
CREATE INDEX "audit_event_organization_id_at_idx" ON "audit_event"("organization_id", "at");

-- AddForeignKey
ALTER TABLE "organization" ADD CONSTRAINT "organization_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_name_history" ADD CONSTRAINT "organization_name_history_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organization_name_history" ADD CONSTRAINT "organization_name_history_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_transfer" ADD CONSTRAINT "assignment_transfer_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_transfer" ADD CONSTRAINT "assignment_transfer_from_unit_id_fkey" FOREIGN KEY ("from_unit_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_transfer" ADD CONSTRAINT "assignment_transfer_to_unit_id_fkey" FOREIGN KEY ("to_unit_id") REFERENCES "organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "assignment_transfer" ADD CONSTRAINT "assignment_transfer_by_id_fkey" FOREIGN KEY ("by_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Moving a subtree changes which kept counts its assignments belong to. Called with -1 before the
-- move (the subtree's assignments leave every counted ancestor, its own nodes included) and +1 after
-- (they enter the new ones): exact, and proportional to the subtree rather than to the whole table
-- as subtree_stat_rebuild() is. Cells are taken in key order like the triggers'.
CREATE FUNCTION "subtree_stat_shift"(root integer, factor integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO subtree_stat AS s (org_id, day, bucket, n)
  SELECT c.ancestor_id, COALESCE(a.due_on, a.report_due_on), assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on),
         (count(*) * factor)::int
  FROM organization_closure r
  JOIN assignment a ON a.unit_id = r.descendant_id
  JOIN directive d ON d.id = a.directive_id AND d.confidentiality = 'NORMAL'
  JOIN organization_closure c ON c.descendant_id = a.unit_id
  JOIN organization o ON o.id = c.ancestor_id AND o.depth <= 1
  WHERE r.ancestor_id = root AND COALESCE(a.due_on, a.report_due_on) IS NOT NULL
    AND assignment_stat_bucket(a.state, a.due_on, a.completed_on, a.report_due_on) IS NOT NULL
  GROUP BY 1, 2, 3
  ORDER BY 1, 2, 3
  ON CONFLICT (org_id, day, bucket) DO UPDATE SET n = s.n + EXCLUDED.n;
$$;
