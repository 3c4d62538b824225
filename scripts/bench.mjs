// `npm run bench`: lint speed against the anchors, in one process, on the same drafts (SPEC §5).
// Ours (dist/core.js, all rules, no AWS) vs markdownlint (default rules) vs remark-parse alone, at 58, 590 and
// 5,900 lines. "cold" empties the parse cache before each run (a draft never seen); "warm" re-lints the same
// text with the per-section parse cache, as the editor does on each pause in typing (only edited sections re-parse).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { lint, clearParseCache } = require("../dist/core.js");
const { lint: markdownlint } = require("markdownlint/sync");
const { unified } = await import("unified");
const remarkParse = (await import("remark-parse")).default;

const base = fs.readFileSync(path.join(import.meta.dirname, "..", "test", "fixtures", "bench", "base.case.md"), "utf8");
const lines = base.split("\n").length;
const parser = unified().use(remarkParse);
function median(fn, text, runs, cold) {
  fn(text);
  const xs = [];
  for (let i = 0; i < runs; i++) {
    if (cold) clearParseCache();
    const s = performance.now();
    fn(text);
    xs.push(performance.now() - s);
  }
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

const fns = {
  ours: (t) => lint(t, { lang: "ja" }),
  markdownlint: (t) => markdownlint({ strings: { a: t } }),
  "remark-parse": (t) => parser.parse(t),
};
const rows = [];
for (const size of [58, 590, 5900]) {
  // Copies differ in every section (a numbered heading), so no two pieces share a cached parse within one run;
  // cut to exactly `size` lines.
  const copies = Math.ceil(size / lines) + 1;
  const all = Array.from({ length: copies }, (_, i) => base.replace(/^(#{1,6} .*)$/gm, `$1 ${i + 1}`)).join("\n");
  const text = all.split("\n").slice(0, size).join("\n");
  const runs = size > 1000 ? 7 : 21;
  const r = { lines: text.split("\n").length };
  for (const [name, fn] of Object.entries(fns)) r[name] = median(fn, text, runs, false);
  r["ours (cold)"] = median(fns.ours, text, runs, true);
  rows.push(r);
}
console.log(`base draft: ${lines} lines`);
console.log(["lines", "ours", "ours (cold)", "markdownlint", "remark-parse"].map((h) => h.padStart(12)).join(""));
for (const r of rows) console.log([r.lines, r.ours, r["ours (cold)"], r.markdownlint, r["remark-parse"]].map((v, i) => (i ? v.toFixed(1) + " ms" : String(v)).padStart(12)).join(""));
const r590 = rows[1];
const r5900 = rows[2];
console.log(
  `590 lines: ours/markdownlint ${(r590.ours / r590.markdownlint).toFixed(2)} (goal <= 1.0), ours/remark-parse ${(r590.ours / r590["remark-parse"]).toFixed(2)} (goal <= 1.3); ` +
    `cold: ${(r590["ours (cold)"] / r590.markdownlint).toFixed(2)} and ${(r590["ours (cold)"] / r590["remark-parse"]).toFixed(2)}`,
);
console.log(`x10 lines: ours ${(r5900.ours / r590.ours).toFixed(1)}x, cold ${(r5900["ours (cold)"] / r590["ours (cold)"]).toFixed(1)}x (goal <= 12)`);
