// Property-based and adversarial tests of the core (issue: "the core never throws on any text").
// fast-check builds drafts from the pieces real drafts are made of (5W2H headings in both languages, vague
// words, ARNs, secrets, fences, lists, quotes, front matter, directives) mixed with arbitrary Unicode, control
// characters and lone surrogates, and checks for each: no rule throws, every report lies inside the text, a
// fix's edits do not overlap, fix-all never makes the draft worse and leaves text outside its edits alone.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import { applyEdits, CaseDocument, clearParseCache, fixAll, lint, resolveOptions, RULES } from "../../src/core";
import type { Finding, Lang, LintOptions, Report } from "../../src/core";

const HEADINGS = [
  "# 問い合わせ",
  "# Case title",
  "## When(いつ)",
  "## 発生日時",
  "## Where",
  "## 対象リソース",
  "## What(何が)",
  "## What happened",
  "## Who",
  "## 影響範囲",
  "## Why",
  "## How(どのように)",
  "## Steps to reproduce",
  "## How Much",
  "## Impact",
  "### 補足",
];

const LINES = [
  "今朝から AWS につながりません。障害など起きていないでしょうか。",
  "This morning the database went down now and then and a lot of users saw errors; it's broken.",
  "Need help urgently. 至急対応をお願いします。",
  "2025-04-15 09:12 JST から 5 分おきに 503 が返ります(約 120 人に影響)。",
  "arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0abcd1234efgh5678",
  "arn:aws:s3:::my-bucket/key",
  "arn:aws:iam::123456789012:role/Admin",
  "arn:aws-cn:lambda:cn-north-1:123456789012:function:f",
  "arn:aws:",
  "i-0123456789abcdef0 と vol-0123456789abcdef0",
  "ap-northeast-1a の RDS が遅い。Windows の RDS ではありません。",
  "apne1-az4",
  "03/04 に発生、04/03 にも。",
  "AKIAIOSFODNN7EXAMPLE",
  "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "password=hunter2hunter2",
  "postgres://admin:s3cretpass@db.example.com:5432/app",
  "-----BEGIN RSA PRIVATE KEY-----",
  "MIIEpAIBAAKCAQEA7bq98nbgAAAAAAAAAAAAAAAAAAAAAA",
  "-----END RSA PRIVATE KEY-----",
  "弊社のリソースで影響を受けたものはありますか?",
  "今回の障害の根本原因と AWS としての再発防止策を教えてください",
  "- [ ] 再起動した",
  "1. Run `aws s3 ls`",
  "> ERROR: AccessDenied",
  "| a | b |",
  "|---|---|",
  "| 1 | 2 |",
  "```",
  "```bash",
  "~~~",
  "<!-- casedraft-disable relative-time -->",
  "<!-- casedraft-enable -->",
  "<!-- casedraft-disable-next-line vague-target -->",
  "<!-- casedraft-disable no-such-rule -->",
  "<!--",
  "-->",
  "[TODO]",
  "<!-- ここに記入 -->",
  "severity: urgent",
  "Frequency: always",
  "    indented code",
  "https://example.com/path?x=1",
  "",
  "",
  "",
];

const FRONT_MATTER = ["---\nseverity: high\naws-profile: dev\n---\n", "---\nseverity: [\n---\n", "---\n", "+++\n"];

const noise = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\u0007", "\u001b", "\r", "\n", "\t", "\u2028", "\ufeff", "\ud800", "\udfff", "`", "[", "<", "#", ">", "*", "-", " "), maxLength: 40 }),
);

const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LINES) },
  { weight: 2, arbitrary: fc.constantFrom(...HEADINGS) },
  { weight: 1, arbitrary: noise },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...LINES), noise).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(">", "-", "1.", "  -", "> >"), fc.constantFrom(...LINES)).map(([p, l]) => `${p} ${l}`) },
);

const draft = fc
  .tuple(fc.option(fc.constantFrom(...FRONT_MATTER)), fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n"))
  .map(([fm, lines, eol]) => (fm ?? "") + lines.join(eol));

const langArb = fc.constantFrom<Lang>("ja", "en");

function optionsFor(lang: Lang): LintOptions {
  return resolveOptions({
    lang,
    glossary: [{ term: "ぴよ", meaning: "注文 API (api.example.com)" }],
    aws: { account: "123456789012", azIds: { "ap-northeast-1a": "apne1-az4" } },
  });
}

/** Runs every rule on its own, so a throw is seen as a throw and not as the engine's crash finding. */
function reportsOf(text: string, lang: Lang): { rule: string; report: Report }[] {
  const doc = new CaseDocument(text);
  const options = optionsFor(lang);
  const out: { rule: string; report: Report }[] = [];
  for (const rule of RULES) {
    try {
      rule.check({ doc, options, report: (report) => out.push({ rule: rule.id, report }) });
    } catch (e) {
      throw new Error(`rule ${rule.id} threw on ${JSON.stringify(text.slice(0, 300))}: ${e instanceof Error ? e.stack : e}`);
    }
  }
  return out;
}

const WORSE_LEVELS = new Set(["error", "warning"]);
function weight(findings: Finding[]): number {
  return findings.filter((f) => WORSE_LEVELS.has(f.severity)).length;
}

describe("robustness: properties over generated drafts (fast-check)", function () {
  this.timeout(120_000);
  const runs = { numRuns: Number(process.env.FC_RUNS ?? 300), seed: Number(process.env.FC_SEED ?? 20251115) };

  it("no rule throws, and every report lies inside the text with its fixes' edits", () => {
    fc.assert(
      fc.property(draft, langArb, (text, lang) => {
        for (const { rule, report } of reportsOf(text, lang)) {
          assert.ok(Number.isInteger(report.start) && Number.isInteger(report.end), `${rule}: non-integer range`);
          assert.ok(report.start >= 0 && report.start <= report.end && report.end <= text.length, `${rule}: range ${report.start}-${report.end} outside 0-${text.length}`);
          for (const fix of report.fixes ?? []) {
            for (const e of fix.edits) {
              assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${rule}: fix "${fix.title.en}" edit ${e.start}-${e.end} outside the text`);
            }
          }
        }
      }),
      runs,
    );
  });

  it("findings have consistent positions, sorted, with no crash finding", () => {
    fc.assert(
      fc.property(draft, langArb, (text, lang) => {
        const findings = lint(text, optionsFor(lang));
        const doc = new CaseDocument(text);
        let last = 0;
        for (const f of findings) {
          assert.ok(f.start >= last, "findings are sorted by start");
          last = f.start;
          const s = doc.positionAt(f.start);
          const e = doc.positionAt(f.end);
          assert.deepEqual([f.line, f.column, f.endLine, f.endColumn], [s.line, s.column, e.line, e.column]);
          assert.doesNotMatch(f.message, /internal error|内部エラー/, `${f.ruleId} crashed: ${f.message}`);
        }
      }),
      runs,
    );
  });

  it("the edits of one fix never overlap each other", () => {
    fc.assert(
      fc.property(draft, langArb, (text, lang) => {
        for (const f of lint(text, optionsFor(lang))) {
          for (const fix of f.fixes ?? []) {
            const edits = [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end);
            for (let i = 1; i < edits.length; i++) {
              assert.ok(edits[i].start >= edits[i - 1].end, `${f.ruleId}: "${fix.title}" has overlapping edits`);
            }
          }
        }
      }),
      runs,
    );
  });

  it("fix-all then re-lint never makes things worse, and keeps the text outside its edits", () => {
    fc.assert(
      fc.property(draft, langArb, (text, lang) => {
        const options = optionsFor(lang);
        const before = lint(text, options);
        const { text: fixed, applied, edits } = fixAll(text, before);
        if (applied === 0) {
          assert.equal(fixed, text);
          return;
        }
        // Where the inserted text lies in the fixed draft: a skeleton's placeholders are there to be filled in,
        // so findings inside inserted text are the fix's intended to-do, not damage.
        const inserted: { start: number; end: number }[] = [];
        let delta = 0;
        for (const e of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
          inserted.push({ start: e.start + delta, end: e.start + delta + e.text.length });
          delta += e.text.length - (e.end - e.start);
        }
        const after = lint(fixed, options);
        const outside = after.filter((f) => !inserted.some((r) => r.start <= f.start && f.end <= r.end));
        assert.ok(
          weight(outside) <= weight(before),
          `errors+warnings outside the fixes went from ${weight(before)} to ${weight(outside)}: ${outside.map((f) => f.ruleId).join(", ")}`,
        );
        // Fixing again converges: a second pass has no more to do than the first.
        assert.ok(fixAll(fixed, after).applied <= applied, "a second fix-all did more than the first");
        // What lies before the first edit and after the last is untouched.
        const first = Math.min(...edits.map((e) => e.start));
        const lastEnd = Math.max(...edits.map((e) => e.end));
        assert.equal(fixed.slice(0, first), text.slice(0, first));
        assert.equal(fixed.slice(fixed.length - (text.length - lastEnd)), text.slice(lastEnd));
      }),
      runs,
    );
  });

  it("each preferred fix alone removes its finding and changes nothing outside its edits", () => {
    fc.assert(
      fc.property(draft, langArb, (text, lang) => {
        const options = optionsFor(lang);
        const before = lint(text, options);
        for (const f of before) {
          const fix = f.fixes?.find((x) => x.preferred);
          if (!fix || fix.snippet) continue;
          const fixed = applyEdits(text, fix.edits);
          const same = lint(fixed, options).filter((g) => g.ruleId === f.ruleId);
          assert.ok(
            same.length < before.filter((g) => g.ruleId === f.ruleId).length,
            `${f.ruleId}: "${fix.title}" did not remove its finding`,
          );
        }
      }),
      { ...runs, numRuns: 100 },
    );
  });
});

describe("robustness: adversarial inputs finish within a linear budget", function () {
  this.timeout(600_000);
  const MiB = 1 << 20;

  /** Median time of linting a normal draft repeated to `bytes`, the yardstick for the same size. */
  function baselineMsPerMiB(): number {
    const base = [
      "# EC2 から RDS に接続できない",
      "## When",
      "2025-04-15 09:12 JST から、5 分おきに 3 回に 1 回失敗します。",
      "## Where",
      "arn:aws:rds:ap-northeast-1:123456789012:db:orders-prod",
      "## What",
      "```",
      "ERROR 2003 (HY000): Can't connect to MySQL server",
      "```",
      "",
    ].join("\n");
    const text = base.repeat(Math.ceil(MiB / base.length));
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      clearParseCache();
      const t = performance.now();
      lint(text, { lang: "ja" });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    return (times[1] / text.length) * MiB;
  }

  let perMiB = 0;
  before(() => {
    perMiB = baselineMsPerMiB();
  });

  const CASES: { name: string; make: () => string }[] = [
    { name: "a 1 MiB line", make: () => "今朝 ".repeat(MiB / 6) },
    { name: "a 1 MiB line of brackets", make: () => "[".repeat(MiB) },
    { name: "a 20,000-deep blockquote", make: () => `${">".repeat(20_000)} 今朝から落ちます\n` },
    { name: "20,000 nested blockquote lines", make: () => Array.from({ length: 20_000 }, (_, i) => `${"> ".repeat(Math.min(i, 200))}x`).join("\n") },
    { name: "a 3,000-deep list", make: () => Array.from({ length: 3_000 }, (_, i) => `${"  ".repeat(i)}- item ${i}`).join("\n") },
    { name: "NUL and control characters", make: () => Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(i % 32)).join("") },
    { name: "lone surrogates", make: () => "\ud800a\udfff# x\n".repeat(100_000) },
    { name: "an unclosed HTML comment and 100,000 comment openers", make: () => "<!--".repeat(100_000) },
    { name: "100,000 unclosed code spans", make: () => "`a ".repeat(100_000) },
    { name: "a 10 MiB draft", make: () => "## When\n今朝から時々つながりません。\n\n```\nlog line\n```\n".repeat((10 * MiB) / 60) },
  ];

  for (const c of CASES) {
    it(`${c.name}: no throw, findings inside the text, time linear in its size`, () => {
      const text = c.make();
      clearParseCache();
      const t = performance.now();
      const findings = lint(text, { lang: "en" });
      const ms = performance.now() - t;
      for (const f of findings) assert.ok(f.start >= 0 && f.end <= text.length && f.start <= f.end);
      // Budget: 20x a normal draft of the same size, plus a second for small inputs on a busy machine. A
      // quadratic path on these sizes takes minutes, far beyond it.
      const budget = 20 * perMiB * (text.length / MiB) + 1000;
      assert.ok(ms <= budget, `${Math.round(ms)} ms for ${text.length} characters, budget ${Math.round(budget)} ms`);
    });
  }
});

describe("robustness: sections inserted after unclosed blocks", () => {
  const insertWhen = (text: string) => {
    const f = lint(text, { lang: "en" }).find((x) => x.ruleId === "section-missing" && /When/.test(x.message));
    const fix = f?.fixes?.find((x) => x.preferred);
    assert.ok(fix, "a fix inserts the When section");
    return applyEdits(text, fix.edits);
  };

  it("an unclosed fence at the end is closed first, with its own marker", () => {
    const fixed = insertWhen("# EC2: timeout\n\n~~~~\nlog line");
    assert.match(fixed, /log line\n~~~~\n\n## When/);
    assert.ok(!lint(fixed, { lang: "en" }).some((x) => x.ruleId === "section-missing" && /When/.test(x.message)));
  });

  it("a comment left open is closed first when a fence marker inside it would keep the new heading in its section", () => {
    const fixed = insertWhen("# EC2: timeout\n\n<!--\n~~~\nnote to self");
    assert.match(fixed, /note to self\n-->\n\n## When/);
    assert.ok(!lint(fixed, { lang: "en" }).some((x) => x.ruleId === "section-missing" && /When/.test(x.message)));
  });

  it("a comment left open in the last section needs no closing: the new heading starts a section of its own", () => {
    const fixed = insertWhen("# EC2: timeout\n\n<!--\nnote to self");
    assert.doesNotMatch(fixed, /-->/);
    assert.ok(!lint(fixed, { lang: "en" }).some((x) => x.ruleId === "section-missing" && /When/.test(x.message)));
  });

  it("a comment left open in an earlier section is not closed again (it ends at the next heading)", () => {
    const fixed = insertWhen("# EC2: timeout\n\n<!--\n\n## Where\n\n- i-0123456789abcdef0\n");
    assert.doesNotMatch(fixed, /-->/);
    assert.match(fixed, /## When/);
  });
});
