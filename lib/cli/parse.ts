// `npm run parse -- FILE`: the draft the text parser proposes for one text file, as one JSON object in
// the scoring format of domain.md; each assignment also names the demo organisation it matched (or null).
import { readFileSync } from "node:fs";
import { parseDirectiveText, toEvaluationJson } from "../domain/parser/draft";
import { matchOrganization } from "../domain/parser/org-match";
import { format, messages } from "../i18n/messages";
import { organizationEntries } from "../../prisma/seed/organizations";

const m = messages.parser;
const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
if (!file) {
  console.error(m.cli.usage);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, "utf8");
} catch (error) {
  console.error(format(m.cli.unreadable, { file, detail: (error as Error).message }));
  process.exit(2);
}
const result = parseDirectiveText(text);
if (!result.ok) {
  console.error(m.errors[result.error]);
  process.exit(1);
}
const orgs = organizationEntries();
const json = toEvaluationJson(result.draft);
const context = result.draft.issuer ? [result.draft.issuer.value] : [];
let k = 0;
const assignments = result.draft.tasks.flatMap((t) =>
  t.assignments.map((a) => {
    const match = a.unit.group ? null : matchOrganization(a.unit.name, orgs, { context });
    return { ...json.assignments[k++], dueOn: t.deadline?.dueOn ?? null, organization: match ? { code: match.org.code, name: match.org.name } : null };
  }),
);
console.log(JSON.stringify({ ...json, assignments }, null, 2));
