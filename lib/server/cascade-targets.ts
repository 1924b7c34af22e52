// Who an assignee rule reaches, as SQL shared by the cascade (lib/server/cascade.ts) and the
// national-size dataset (lib/cli/scale/statements.ts), so both expand the rules the same way.
// Reads a CTE `rules(task_id, role, selector, organization_id, organization_kind)` and defines
// `targets(task_id, role, unit_id)`: the unit itself, its children, its whole subtree, or every
// unit of a kind below it. A unit reached twice appears twice; the caller keeps the strongest role.
export const TARGETS_OF_RULES = `
    targets AS (
      SELECT r.task_id, r.role, r.organization_id AS unit_id FROM rules r WHERE r.selector = 'UNIT'
      UNION ALL
      SELECT r.task_id, r.role, o.id FROM rules r JOIN organization o ON o.parent_id = r.organization_id
      WHERE r.selector = 'CHILDREN'
      UNION ALL
      SELECT r.task_id, r.role, c.descendant_id FROM rules r
      JOIN organization_closure c ON c.ancestor_id = r.organization_id
      JOIN organization o ON o.id = c.descendant_id
      WHERE r.selector = 'SUBTREE' OR (r.selector = 'KIND_BELOW' AND c.depth > 0 AND o.kind = r.organization_kind)
    )`;
