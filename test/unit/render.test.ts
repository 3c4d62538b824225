// Issue 5: the plain text for the Support Center, and body-too-long with the exact count.
import * as assert from "node:assert/strict";
import { lint, renderedLength, renderPlainText, SUPPORT_CENTER_LIMIT } from "../../src/core";
import { displayWidth, withoutComments } from "../../src/core/render";

describe("render: the draft as Support Center text", () => {
  it("drops front matter and comments, and writes headings, lists, tables, code, quotes and links without Markdown", () => {
    const draft = [
      "---",
      "severity: high",
      "---",
      "",
      "# Lambda から S3 への PutObject が 403 になる",
      "",
      "<!-- casedraft-disable-next-line time-no-timezone -->",
      "**いつも**お世話になっております。[手順書](https://docs.aws.amazon.com/x) のとおりです。 https://example.com/y",
      "",
      "## When(発生日時)",
      "",
      "- 初回: 2025-04-15 09:12 JST",
      "- 状況:",
      "  1. 継続中",
      "  2. 未解決",
      "- [x] 再起動済み",
      "",
      "### 詳細",
      "",
      "| 項目 | 値 |",
      "|---|---|",
      "| アカウント | 123456789012 |",
      "| Region | ap-northeast-1 |",
      "",
      "```json",
      '{ "Error": "AccessDenied" }',
      "```",
      "",
      "> 引用の 1 行目",
      "> 2 行目",
      "",
      "Line with<br>a break, *emphasis*, `code`, <redacted> and <b>bold</b>.",
      "",
      "---",
      "",
      "以上",
      "",
    ].join("\n");
    const expected = [
      "Lambda から S3 への PutObject が 403 になる",
      "===========================================",
      "",
      "いつもお世話になっております。手順書 (https://docs.aws.amazon.com/x) のとおりです。 https://example.com/y",
      "",
      "■ When(発生日時)",
      "",
      "- 初回: 2025-04-15 09:12 JST",
      "- 状況:",
      "  1. 継続中",
      "  2. 未解決",
      "- [x] 再起動済み",
      "",
      "□ 詳細",
      "",
      "項目       | 値",
      "-----------+---------------",
      "アカウント | 123456789012",
      "Region     | ap-northeast-1",
      "",
      '    { "Error": "AccessDenied" }',
      "",
      "> 引用の 1 行目",
      "> 2 行目",
      "",
      "Line with",
      "a break, emphasis, code, <redacted> and bold.",
      "",
      "----------",
      "",
      "以上",
      "",
    ].join("\n");
    assert.equal(renderPlainText(draft), expected);
  });

  it("keeps code text untouched (indentation, blank lines, Markdown-looking characters)", () => {
    const draft = "# T\n\n```\n  indented **not bold**\n\n# not a heading\n```\n";
    assert.equal(renderPlainText(draft), "T\n===\n\n      indented **not bold**\n\n    # not a heading\n");
  });

  it("a CJK character is two columns wide in table padding", () => {
    assert.equal(displayWidth("アカウント"), 10);
    assert.equal(displayWidth("Region"), 6);
    assert.equal(displayWidth("😀"), 2);
  });

  it("drops an unclosed comment to the end, by indexOf (linear)", () => {
    assert.equal(withoutComments("a<!-- b -->c<!-- d"), "ac");
    const t0 = performance.now();
    withoutComments("<!--".repeat(1 << 18));
    assert.ok(performance.now() - t0 < 500);
  });

  it("counts characters as a person does: a surrogate pair is one, trailing blank lines are not counted", () => {
    assert.equal(renderedLength("# T\n\n😀😀\n\n\n"), "T\n===\n\n😀😀".length - 2);
  });
});

describe("body-too-long", () => {
  /** `# T` renders as "T\n===" (5 characters); each paragraph adds 100 characters and the blank line before it 2. */
  const draft = (paragraphs: number) => "# T\n\n" + Array.from({ length: paragraphs }, () => "a".repeat(100)).join("\n\n") + "\n";
  const count = (paragraphs: number) => 5 + paragraphs * 102;

  it("reports the exact number of characters and how far over the limit", () => {
    const text = draft(80);
    assert.equal(renderedLength(text), count(80));
    assert.equal(count(80), 8165);
    for (const lang of ["ja", "en"] as const) {
      const found = lint(text, { lang }).filter((f) => f.ruleId === "body-too-long");
      assert.equal(found.length, 1);
      assert.match(found[0].message, /8165/);
      assert.match(found[0].message, /165/);
      assert.equal(found[0].severity, "error");
      assert.deepEqual(found[0].data, { characters: 8165, limit: SUPPORT_CENTER_LIMIT });
    }
  });

  it("is silent at exactly 8,000 characters and over it only by what is sent: comments and front matter do not count", () => {
    const exact = "# T\n\n" + "a".repeat(SUPPORT_CENTER_LIMIT - 7) + "\n";
    assert.equal(renderedLength(exact), SUPPORT_CENTER_LIMIT);
    assert.deepEqual(lint(exact).filter((f) => f.ruleId === "body-too-long"), []);
    const padded = `---\nnote: ${"x".repeat(5000)}\n---\n\n# T\n\nshort\n\n<!-- ${"long comment ".repeat(800)} -->\n`;
    assert.deepEqual(lint(padded).filter((f) => f.ruleId === "body-too-long"), []);
    assert.equal(lint(exact + "b").filter((f) => f.ruleId === "body-too-long").length, 1);
  });
});
