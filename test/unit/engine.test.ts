import * as assert from "node:assert/strict";
import { applyEdits, CaseDocument, disableFileFix, disableLineFix, lint, RULES, sectionOfHeading } from "../../src/core";

const SEED = "# 問い合わせ\n\n今朝から AWS につながりません。障害など起きていないでしょうか。\n";

describe("engine", () => {
  it("reports 1-based positions inside the text, sorted", () => {
    const findings = lint(SEED, { lang: "ja" });
    assert.ok(findings.length >= 8);
    for (const f of findings) {
      assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= f.line);
      assert.ok(f.start >= 0 && f.end <= SEED.length && f.start <= f.end);
    }
    const starts = findings.map((f) => f.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
  });

  it("the seed inquiry gets title-vague and seven section-missing", () => {
    const ids = lint(SEED, { lang: "ja" }).map((f) => f.ruleId);
    assert.equal(ids.filter((i) => i === "title-vague").length, 1);
    assert.equal(ids.filter((i) => i === "section-missing").length, 7);
  });

  it("messages follow the language option", () => {
    const ja = lint(SEED, { lang: "ja" }).find((f) => f.ruleId === "title-vague");
    const en = lint(SEED, { lang: "en" }).find((f) => f.ruleId === "title-vague");
    assert.match(ja?.message ?? "", /件名/);
    assert.match(en?.message ?? "", /title/);
  });

  it("per-rule settings turn a rule off or change its severity", () => {
    const off = lint(SEED, { rules: { "section-missing": "off" } });
    assert.equal(off.filter((f) => f.ruleId === "section-missing").length, 0);
    const err = lint(SEED, { rules: { "title-vague": "error" } });
    assert.equal(err.find((f) => f.ruleId === "title-vague")?.severity, "error");
  });

  it("a rule that throws becomes a finding naming it, and the others still run", () => {
    const rule = RULES.find((r) => r.id === "placeholder-left");
    assert.ok(rule);
    const original = rule.check;
    rule.check = () => {
      throw new Error("boom");
    };
    try {
      const findings = lint(SEED, { lang: "en" });
      const crash = findings.find((f) => f.ruleId === "placeholder-left");
      assert.match(crash?.message ?? "", /placeholder-left.*boom/);
      assert.equal(crash?.severity, "error");
      assert.ok(findings.some((f) => f.ruleId === "title-vague"));
    } finally {
      rule.check = original;
    }
  });

  it("never throws on hostile text", () => {
    const inputs = ["", "\u0000\u0001", "\uD800x\uDC00", "#".repeat(10000), ">".repeat(5000) + " x", "```\n# not a heading\n", "---\n: bad: yaml: [\n---\n# t\n", "\r\n\r\n# T\r\n\r\n## When\r\n10:30\r\n"];
    for (const t of inputs) assert.doesNotThrow(() => lint(t, { lang: "ja" }));
  });

  it("a heading inside fenced code is not a section", () => {
    const doc = new CaseDocument("# T\n\n```\n## When\n```\n");
    assert.equal(doc.sections.size, 0);
  });

  it("front matter is read and not judged as prose", () => {
    const doc = new CaseDocument("---\nseverity: high\naws-profile: prod\n---\n# T\n");
    assert.equal(doc.frontMatter?.data.severity, "high");
    assert.equal(doc.title?.text, "T");
    assert.equal(doc.prose.trim(), "T");
  });

  it("reports invalid front matter YAML under `config`", () => {
    const f = lint("---\nseverity: [unclosed\n---\n# T\n", { lang: "en" }).find((x) => x.ruleId === "config");
    assert.match(f?.message ?? "", /front matter/);
  });
});

describe("inline comments", () => {
  const draft = (comment: string) => `${comment}\n# Help\n\nIt broke at 10:30.\n`;

  it("casedraft-disable RULE turns one rule off from there on", () => {
    const ids = lint(draft("<!-- casedraft-disable title-vague -->"), { lang: "en" }).map((f) => f.ruleId);
    assert.ok(!ids.includes("title-vague"));
    assert.ok(ids.includes("time-no-timezone"));
  });

  it("casedraft-disable with no rule turns every rule off, and -enable turns them back on", () => {
    const text = "<!-- casedraft-disable -->\n# Help\n<!-- casedraft-enable -->\n\nIt broke at 10:30.\n";
    const ids = lint(text, { lang: "en" }).map((f) => f.ruleId);
    assert.ok(!ids.includes("title-vague"));
    assert.ok(ids.includes("time-no-timezone"));
  });

  it("casedraft-disable-next-line affects only the next line", () => {
    const text = "# Upload fails with 403\n\n<!-- casedraft-disable-next-line time-no-timezone -->\nStarted at 10:30.\nStopped at 11:30.\n";
    const lines = lint(text, { lang: "en" }).filter((f) => f.ruleId === "time-no-timezone").map((f) => f.line);
    assert.deepEqual(lines, [5]);
  });

  it("an unknown rule id in a comment is reported, naming it", () => {
    const f = lint(draft("<!-- casedraft-disable title-vauge -->"), { lang: "en" }).find((x) => x.ruleId === "config");
    assert.match(f?.message ?? "", /title-vauge/);
  });

  it("the disable fixes write comments that work", () => {
    const text = "# Help\n\n- It broke at 10:30.\n";
    const doc = new CaseDocument(text);
    const line = disableLineFix(doc, "time-no-timezone", 3);
    const afterLine = applyEdits(text, line.edits);
    assert.equal(lint(afterLine).filter((f) => f.ruleId === "time-no-timezone").length, 0);
    const file = disableFileFix(doc, "title-vague");
    const afterFile = applyEdits(text, file.edits);
    assert.ok(afterFile.startsWith("<!-- casedraft-disable title-vague -->"));
    assert.equal(lint(afterFile).filter((f) => f.ruleId === "title-vague").length, 0);
    // A second rule joins the same leading comment instead of stacking another one.
    const again = disableFileFix(new CaseDocument(afterFile), "time-no-timezone");
    const afterBoth = applyEdits(afterFile, again.edits);
    assert.ok(afterBoth.startsWith("<!-- casedraft-disable title-vague time-no-timezone -->"));
    assert.equal(lint(afterBoth).filter((f) => f.ruleId === "time-no-timezone" || f.ruleId === "title-vague").length, 0);
  });
});

describe("5W2H headings", () => {
  const cases: [string, string | undefined][] = [
    ["When", "when"],
    ["いつ", "when"],
    ["発生日時", "when"],
    ["When(発生日時)", "when"],
    ["5. How Much / 影響度", "how-much"],
    ["影響", "how-much"],
    ["緊急度", "how-much"],
    ["Impact", "how-much"],
    ["How(症状)", "how"],
    ["How", "how"],
    ["Where(発生箇所)", "where"],
    ["What(事象と再現手順)", "what"],
    ["Who", "who"],
    ["なぜ", "why"],
    ["エラーについて", undefined],
    ["Appendix", undefined],
    ["以上", undefined],
  ];
  for (const [heading, key] of cases) {
    it(`"${heading}" -> ${key ?? "none"}`, () => assert.equal(sectionOfHeading(heading), key));
  }
});
