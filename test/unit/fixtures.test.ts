// Fixture drafts carry their expected findings inline, markdownlint style: a comment
// `<!-- expect: rule-id, other-rule*7 -->` on the line where those findings start. The first line may limit which
// rule categories the fixture speaks for: `<!-- fixture: structure -->`. Findings must match exactly.
import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fixAll, lint, ruleById } from "../../src/core";

const DIR = path.join(__dirname, "..", "..", "..", "test", "fixtures", "structure");

function expectations(text: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(/<!-- expect: ([^>]*?) -->/g)) {
      for (const item of m[1].split(",").map((s) => s.trim()).filter(Boolean)) {
        const [id, n] = item.split("*");
        for (let k = 0; k < Number(n ?? 1); k++) out.push(`${i + 1} ${id}`);
      }
    }
  });
  return out.sort();
}

function categories(text: string): string[] | undefined {
  const m = /^<!-- fixture: ([a-z, ]+) -->/.exec(text);
  return m ? m[1].split(",").map((s) => s.trim()) : undefined;
}

describe("fixture drafts with inline expectations", () => {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".md"));
  it("has fixtures", () => assert.ok(files.length >= 5));
  for (const file of files) {
    const text = fs.readFileSync(path.join(DIR, file), "utf8");
    const cats = categories(text);
    const inScope = (id: string) => !cats || cats.includes(ruleById(id)?.category ?? "config");
    for (const lang of ["ja", "en"] as const) {
      it(`${file} (${lang})`, () => {
        const actual = lint(text, { lang }).filter((f) => inScope(f.ruleId)).map((f) => `${f.line} ${f.ruleId}`).sort();
        assert.deepEqual(actual, expectations(text));
      });
    }
    it(`${file}: fix-all leaves no fixable finding and breaks nothing`, () => {
      const before = lint(text, { lang: "en" });
      const fixed = fixAll(text, before).text;
      const after = lint(fixed, { lang: "en" });
      const fixableAfter = after.filter((f) => f.fixes?.some((x) => x.preferred) && inScope(f.ruleId));
      // Inserted skeletons are template text: they may be reported as empty, never as missing again.
      assert.equal(after.filter((f) => f.ruleId === "section-missing").length, 0);
      assert.ok(fixableAfter.every((f) => f.ruleId !== "time-no-timezone"), "time zones added");
      assert.ok(fixed.length >= text.length);
    });
  }
});
