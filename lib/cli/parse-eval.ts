// `npm run parse:eval -- DIR [--json]`: scores the text parser on every NAME.txt + NAME.json pair of DIR
// (domain.md, "Evaluating a text parser"): precision, recall and F1 per field, then each miss; with
// --json the last line is one JSON object {FIELD: {precision, recall, f1}}.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDirectiveText, toEvaluationJson } from "../domain/parser/draft";
import { evaluate, FIELDS, parseExpected } from "../domain/parser/evaluate";
import { format, messages } from "../i18n/messages";

const m = messages.parser;
const args = process.argv.slice(2);
const json = args.includes("--json");
const dir = args.find((a) => !a.startsWith("--"));
if (!dir) {
  console.error(m.cli.evalUsage);
  process.exit(2);
}
let names: string[];
try {
  names = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .filter((n) => readdirSync(dir).includes(`${n}.json`))
    .sort();
} catch (error) {
  console.error(format(m.cli.unreadable, { file: dir, detail: (error as Error).message }));
  process.exit(2);
}
if (!names.length) {
  console.error(format(m.cli.noPairs, { dir }));
  process.exit(2);
}
const started = performance.now();
const cases = names.map((name) => {
  const file = path.join(dir, `${name}.json`);
  let expected;
  try {
    expected = parseExpected(readFileSync(file, "utf8"));
  } catch (error) {
    console.error(format(m.cli.badExpected, { file, detail: (error as Error).message }));
    process.exit(2);
  }
  const result = parseDirectiveText(readFileSync(path.join(dir, `${name}.txt`), "utf8"));
  if (!result.ok) console.log(format(m.cli.refused, { name, message: m.errors[result.error] }));
  return { name, expected, actual: result.ok ? toEvaluationJson(result.draft) : null };
});
const ms = Math.round(performance.now() - started);
const { scores, misses } = evaluate(cases);
const pct = (x: number) => x.toFixed(3).padStart(9);
console.log(`${m.cli.field.padEnd(18)}precision   recall       F1`);
for (const f of FIELDS) console.log(`${f.padEnd(18)}${pct(scores[f].precision)}${pct(scores[f].recall)}${pct(scores[f].f1)}`);
console.log(format(m.cli.texts, { n: cases.length, ms }));
if (misses.length) {
  console.log(`\n${m.cli.misses}:`);
  for (const miss of misses) {
    for (const x of miss.missing) console.log(`  ${miss.name}  ${miss.field}  ${m.cli.missing}: ${x}`);
    for (const x of miss.extra) console.log(`  ${miss.name}  ${miss.field}  ${m.cli.extra}: ${x}`);
  }
}
if (json) console.log(JSON.stringify(scores));
