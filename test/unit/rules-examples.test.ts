// Every rule's documented examples are its first tests: ok examples get none of its findings, not-ok ones get
// the stated number, in both languages; every message and doc exists in Japanese and English.
import * as assert from "node:assert/strict";
import { lint, RULES } from "../../src/core";

describe("rule examples (from rule metadata)", () => {
  for (const rule of RULES) {
    describe(rule.id, () => {
      it("has docs in Japanese and English and examples of both kinds", () => {
        for (const lang of ["ja", "en"] as const) {
          const d = rule.docs[lang];
          for (const part of [d.summary, d.why, d.fix]) assert.ok(part && part.trim().length > 10, `${rule.id} ${lang} docs`);
        }
        assert.ok(/[\u3040-\u30ff\u4e00-\u9fff]/.test(rule.docs.ja.summary), `${rule.id}: Japanese summary is Japanese`);
        assert.ok(rule.examples.ok.length > 0, "ok examples");
        assert.ok(rule.examples.notOk.length > 0, "not-ok examples");
      });
      rule.examples.ok.forEach((ex, i) => {
        it(`ok example ${i + 1} gets no ${rule.id}`, () => {
          const found = lint(ex.text, { lang: "en", ...ex.options }).filter((f) => f.ruleId === rule.id);
          assert.deepEqual(found.map((f) => `${f.line}:${f.column} ${f.message}`), []);
        });
      });
      rule.examples.notOk.forEach((ex, i) => {
        it(`not-ok example ${i + 1} gets ${ex.count ?? "some"} ${rule.id}, with messages in both languages`, () => {
          for (const lang of ["ja", "en"] as const) {
            const found = lint(ex.text, { ...ex.options, lang }).filter((f) => f.ruleId === rule.id);
            if (ex.count !== undefined) assert.equal(found.length, ex.count, `${lang}: ${found.map((f) => f.message).join(" | ")}`);
            else assert.ok(found.length > 0, `${lang}: expected at least one ${rule.id}`);
            for (const f of found) {
              assert.ok(f.message.length > 10);
              if (lang === "ja") assert.match(f.message, /[\u3040-\u30ff\u4e00-\u9fff]/);
              assert.equal(f.severity, rule.defaultSeverity === f.severity ? rule.defaultSeverity : f.severity);
            }
          }
        });
      });
    });
  }
});
