// Issue 5: severity in front matter (API codes and console names in both languages) and severity-impact-mismatch.
import * as assert from "node:assert/strict";
import { CaseDocument, lint, parseSeverity, readiness, lintDocument, SEVERITY_LEVELS } from "../../src/core";

const fm = (value: string, key = "severity") => `---\n${key}: ${value}\n---\n\n`;
const ids = (text: string, id: string) => lint(text, { lang: "en" }).filter((f) => f.ruleId === id);

describe("severity: parsing", () => {
  const table: [string, string][] = [
    ["low", "low"],
    ["NORMAL", "normal"],
    [" high ", "high"],
    ["General guidance", "low"],
    ["general  guidance", "low"],
    ["System impaired", "normal"],
    ["Production system impaired", "high"],
    ["Production system down", "urgent"],
    ["Business-critical system down", "critical"],
    ["Business critical system down", "critical"],
    ["一般的なガイダンス", "low"],
    ["システムの障害", "normal"],
    ["システム障害", "normal"],
    ["本番システムの障害", "high"],
    ["本番システムのダウン", "urgent"],
    ["本番 システム ダウン", "urgent"],
    ["ビジネスクリティカルなシステムのダウン", "critical"],
    ["通常の問い合わせ/機能要望", "low"],
    ["障害/開発中の急ぎの問い合わせ", "normal"],
    ["発生中の障害", "high"],
    ["発生中の障害(ビジネスへの影響大)", "urgent"],
    ["発生中の障害（ビジネスへの影響大）", "urgent"],
  ];
  for (const [value, code] of table) it(`"${value}" is ${code}`, () => assert.equal(parseSeverity(value), code));

  for (const value of ["緊急", "P1", "sev1", "urgent!!", "", "high / urgent"]) {
    it(`"${value}" is not a severity`, () => assert.equal(parseSeverity(value), undefined));
  }

  it("the five levels are the API's codes in order, with both names", () => {
    assert.deepEqual(
      SEVERITY_LEVELS.map((l) => l.code),
      ["low", "normal", "high", "urgent", "critical"],
    );
    for (const l of SEVERITY_LEVELS) assert.ok(l.name.ja && l.name.en && l.response.ja && l.response.en);
  });
});

describe("severity: front matter", () => {
  it("an unknown value is reported naming the key and the value, in both languages", () => {
    const text = `${fm("緊急")}# T\n`;
    for (const lang of ["ja", "en"] as const) {
      const found = lint(text, { lang }).filter((f) => f.ruleId === "config");
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.match(found[0].message, /severity/);
      assert.match(found[0].message, /緊急/);
      assert.match(found[0].message, /low, normal, high, urgent, critical/);
      assert.equal(text.slice(found[0].start, found[0].end), "緊急");
    }
  });

  it("a Japanese key is named as written", () => {
    const found = lint(`${fm("至急", "重要度")}# T\n`, { lang: "ja" }).filter((f) => f.ruleId === "config");
    assert.equal(found.length, 1);
    assert.match(found[0].message, /「重要度」/);
  });

  it("the template's list of choices asks to pick one", () => {
    const found = ids(`${fm("normal / low / high / urgent / critical")}# T\n`, "config");
    assert.equal(found.length, 1);
    assert.match(found[0].message, /still lists the choices/);
  });

  it("known values give no configuration finding", () => {
    for (const v of ["high", "本番システムのダウン", "Business-critical system down"]) assert.deepEqual(ids(`${fm(v)}# T\n`, "config"), []);
  });

  it("readiness carries the severity code", () => {
    const doc = new CaseDocument(`${fm("本番システムの障害")}# T\n`);
    assert.equal(readiness(doc, lintDocument(doc)).severity, "high");
  });
});

describe("severity-impact-mismatch", () => {
  const quantified = "## How Much\n\nAbout 1,200 users per hour cannot check out.\n";

  it("high, urgent and critical need a quantified impact; a missing How Much counts as unquantified", () => {
    for (const v of ["high", "urgent", "critical", "本番システムのダウン"]) {
      assert.equal(ids(`${fm(v)}# T\n\nProduction checkout fails.\n`, "severity-impact-mismatch").length, 1, v);
      assert.deepEqual(ids(`${fm(v)}# T\n\n${quantified}`, "severity-impact-mismatch"), [], v);
    }
    for (const v of ["low", "normal"]) assert.deepEqual(ids(`${fm(v)}# T\n\nA question.\n`, "severity-impact-mismatch"), [], v);
  });

  it("production down filed as low or normal is reported on the severity value, quoting the phrase", () => {
    const text = `${fm("normal")}# T\n\n本番環境は停止していません。昨夜から本番サーバーが停止しています。\n`;
    const found = ids(text, "severity-impact-mismatch");
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), "normal");
    assert.match(found[0].message, /本番サーバーが停止/);
    assert.match(found[0].message, /urgent \(Production system down\)/);
  });

  it("does not read production-down in code, negations, or other environments", () => {
    const texts = [
      `${fm("low")}# T\n\n\`\`\`\nERROR: production is down\n\`\`\`\n`,
      `${fm("low")}# T\n\n本番環境は停止していません。\n`,
      `${fm("low")}# T\n\nOur staging environment is down; production is fine.\n`,
      `${fm("normal")}# T\n\n本番リリース前の検証環境で発生しています。\n`,
    ];
    for (const t of texts) assert.deepEqual(ids(t, "severity-impact-mismatch"), [], t);
  });

  it("the message explains that severity, not words, sets the priority", () => {
    const ja = lint(`${fm("low")}# T\n\n本番環境が停止しています。\n`, { lang: "ja" }).find((f) => f.ruleId === "severity-impact-mismatch");
    assert.ok(ja);
    assert.match(ja.message, /「緊急」と書いても優先度は上がりません/);
  });
});
