// Wording rules (issue 3): the done-when drafts, precision cases from the spec, lexicon-independent machinery
// (segmenter boundaries, cures, masking), and every quick fix applied and re-linted.
import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { applyEdits, fixAll, lint, ruleById, snippetToText, type Finding, type LintOptions } from "../../src/core";

const FIXTURES = path.join(__dirname, "..", "..", "..", "test", "fixtures");
const SEED = "# 問い合わせ\n\n今朝から AWS につながりません。障害など起きていないでしょうか。\n";
const SAMPLE_EN = "# Help\n\nThis morning the database went down now and then and a lot of users saw errors; it's broken. Need help urgently.\n";

function wording(text: string, options: Partial<LintOptions> = {}): Finding[] {
  return lint(text, { lang: "en", timeZone: "UTC", ...options }).filter((f) => ruleById(f.ruleId)?.category === "wording");
}
const ids = (fs: Finding[]) => [...new Set(fs.map((f) => f.ruleId))].sort();
const draft = (body: string) => `# T\n\n${body}\n`;
const of = (fs: Finding[], id: string) => fs.filter((f) => f.ruleId === id);
/** The text of the draft after applying one fix (snippets as their default text). */
function applied(text: string, f: Finding, index = 0): string {
  const fix = f.fixes?.[index];
  assert.ok(fix, `${f.ruleId} offers fix ${index}`);
  return applyEdits(text, fix.edits.map((e) => ({ ...e, text: fix.snippet ? snippetToText(e.text) : e.text })));
}

describe("wording rules: done when", () => {
  it("the seed inquiry gets relative-time and vague-target", () => {
    const found = wording(SEED, { lang: "ja" });
    assert.ok(ids(found).includes("relative-time"));
    assert.ok(ids(found).includes("vague-target"));
    assert.equal(SEED.slice(of(found, "relative-time")[0].start, of(found, "relative-time")[0].end), "今朝");
    assert.equal(SEED.slice(of(found, "vague-target")[0].start, of(found, "vague-target")[0].end), "AWS につながりません");
  });

  it("the English sample gets the six listed rules", () => {
    const found = ids(wording(SAMPLE_EN));
    for (const id of ["relative-time", "vague-frequency", "vague-target", "vague-quantity", "vague-symptom", "urgency-word"]) assert.ok(found.includes(id), id);
  });

  for (const name of ["good-ja.case.md", "good-en.case.md"]) {
    it(`${name} gets no finding at all, from any rule, in either language`, () => {
      const text = fs.readFileSync(path.join(FIXTURES, name), "utf8");
      for (const lang of ["ja", "en"] as const) assert.deepEqual(lint(text, { lang }).map((f) => `${f.line}:${f.column} ${f.ruleId} ${f.message}`), []);
    });
  }

  it("messages say what to write instead, with an example, in the user's language", () => {
    const [ja] = of(wording(SEED, { lang: "ja", timeZone: "JST" }), "relative-time");
    assert.equal(ja.message.startsWith("「今朝」ではなく、日時をタイムゾーン付きで書いてください。例: 2025-04-15 09:12 JST"), true, ja.message);
    const [en] = of(wording(SEED, { lang: "en", timeZone: "UTC" }), "relative-time");
    assert.match(en.message, /^Instead of "今朝", write the date and time with its time zone, e\.g\. 2025-04-15 09:12 UTC/);
  });
});

describe("wording rules: precision", () => {
  it("Japanese terms are judged as words: 一部上場, 一部分, 今朝方の会議資料 are not findings", () => {
    assert.deepEqual(ids(wording(draft("当社は一部上場企業です。ログの一部分を載せます。今朝方の会議資料を添付します。"), { lang: "ja" })), []);
    assert.deepEqual(ids(wording(draft("一部のユーザーが今朝からログインできません。"), { lang: "ja" })).sort(), ["relative-time", "vague-quantity"]);
  });

  it("a term inside another word is not matched (一昨日, 時々刻々, 多数決, 数回線 are words of their own)", () => {
    const found = wording(draft("一昨日からです。"), { lang: "ja" });
    assert.deepEqual(found.map((f) => f.data?.term), ["一昨日"]);
    assert.deepEqual(ids(wording(draft("状況は時々刻々と変わり、多数決で決めました。数回線を束ねています。大量生産の工場です。"), { lang: "ja" })), []);
  });

  it("a number, identifier or timestamp right beside a vague word cures it", () => {
    assert.deepEqual(ids(wording(draft("一部のユーザー(約 120 人)がログインできません。"))), []);
    assert.deepEqual(ids(wording(draft("The job fails sometimes (3 of 40 runs)."))), []);
    assert.deepEqual(ids(wording(draft("今朝 (2025-04-15 09:12 JST) から発生しています。"))), []);
    assert.deepEqual(ids(wording(draft("The server i-0123456789abcdef0 is down."))), []);
    // ...but a number elsewhere in the sentence does not: an HTTP status is not a count.
    assert.deepEqual(ids(wording(draft("多くのリクエストが 503 を返します。"))), ["vague-quantity"]);
  });

  it("nothing inside code, inline code, URLs, quotes, blockquotes or log lines is judged", () => {
    const text = [
      "# T",
      "",
      "```",
      "some users sometimes see errors this morning",
      "```",
      "",
      "The log says `some users failed` and https://example.com/some-users-sometimes.",
      "",
      'エラー「一部のユーザーで時々失敗」が出ます。The error is "Some requests were throttled today".',
      "",
      "> 今朝から一部のユーザーが時々失敗します。",
      "",
      "2025-04-15T09:12:03Z ERROR some requests failed yesterday",
      "",
      "Error: some objects were not copied today",
      "",
    ].join("\n");
    assert.deepEqual(wording(text).map((f) => `${f.ruleId} ${f.data?.term}`), []);
  });

  it("Region codes and AZ IDs are not AZ names; AZ names are, also inside Japanese", () => {
    assert.deepEqual(ids(wording(draft("Region ap-northeast-1, AZ IDs apne1-az4 and use1-az6, host ap-northeast-1a.fs-0123.efs.amazonaws.com."))), []);
    const found = of(wording(draft("ap-northeast-1c のインスタンスと us-east-1a のサブネット。")), "az-name");
    assert.deepEqual(found.map((f) => f.data?.az), ["ap-northeast-1c", "us-east-1a"]);
  });

  it("RDS: qualified forms are clear, a bare RDS near Windows words is ambiguous with one fix per meaning", () => {
    for (const clear of ["Amazon RDS が再起動しました。Windows Server 2022 からの接続です。", "RDS for SQL Server を Windows から使っています。", "RDS インスタンス db-ABCDEFGHIJKLMNOP に Windows から接続します。", "RDS の DB インスタンスが再起動しました。"]) {
      assert.deepEqual(ids(wording(draft(clear), { lang: "ja" })), [], clear);
    }
    for (const near of ["Windows の RDS に接続できません。", "SQL Server のライセンスと RDS の CAL を確認しました。", "RDP で RDS に接続すると切断されます。", "リモートデスクトップ経由で RDS を使っています。"]) {
      const [f] = of(wording(draft(near), { lang: "ja" }), "ambiguous-abbreviation");
      assert.ok(f, near);
      assert.deepEqual(f.fixes?.map((x) => x.edits[0].text), ["Amazon RDS", "Remote Desktop Services"]);
      assert.equal(f.fixes?.some((x) => x.preferred), false, "no reading is preferred");
    }
  });

  it("other abbreviations: context decides (SG, CF, SM, EB, ES, CW)", () => {
    const read = (body: string) => of(wording(draft(body)), "ambiguous-abbreviation").map((f) => f.fixes?.map((x) => x.edits[0].text).join(" | "));
    assert.deepEqual(read("The SG allows port 443 from the ALB."), []);
    assert.deepEqual(read("Our SG office and the Tokyo office both see it."), ["security group | Singapore"]);
    assert.deepEqual(read("The SG for the iSCSI volume gateway blocks 3260."), ["security group | Storage Gateway"]);
    assert.deepEqual(read("The CF stack is stuck in UPDATE_ROLLBACK_FAILED."), []);
    assert.deepEqual(read("The CF distribution returns 502 from the origin."), []);
    assert.deepEqual(read("CF returns an error."), ["Amazon CloudFront | AWS CloudFormation"]);
    // The words right beside each one decide, even when the paragraph speaks of both.
    assert.deepEqual(read("The CF stack and the CF cache both changed."), []);
    assert.deepEqual(read("SM fails to rotate the secret."), []);
    assert.deepEqual(read("SM cannot read the value."), ["AWS Secrets Manager | AWS Systems Manager | Amazon SageMaker"]);
    assert.deepEqual(read("EB fails to deploy the new application version to the worker environment."), []);
    assert.deepEqual(read("EB fails."), ["AWS Elastic Beanstalk | Amazon EventBridge"]);
    assert.deepEqual(read("The ES domain is red."), []);
    assert.deepEqual(read("ES fails after the webpack upgrade in the browser bundle."), ["Amazon OpenSearch Service | ECMAScript"]);
    assert.deepEqual(read("CW alarms fire at 09:00 UTC."), []);
    assert.deepEqual(read("CW suggestions stopped in the IDE."), ["Amazon CloudWatch | Amazon CodeWhisperer"]);
    assert.deepEqual(read("sg-0123456789abcdef0 and ES2022 and CF-Ray are identifiers."), []);
  });

  it("an abbreviation defined once in the draft is clear everywhere", () => {
    assert.deepEqual(ids(wording(draft("We run Remote Desktop Services (RDS) on Windows.\n\nRDS sessions drop after 10 minutes."))), []);
  });

  it("urgency words: severity names and 緊急度 are not findings; the finding is info level", () => {
    assert.deepEqual(ids(wording(draft("## 緊急度\n\n1 時間あたり約 1,200 件の注文が失敗しています。\n\nSeverity: Production system down (urgent)."))), []);
    const [f] = of(wording(draft("至急ご確認ください。"), { lang: "ja" }), "urgency-word");
    assert.equal(f.severity, "info");
    assert.match(f.message, /優先度は上がりません/);
  });

  it("hedging is a hint, and a guess with its reason is not one", () => {
    assert.equal(of(wording(draft("It is probably a DNS problem.")), "hedging")[0]?.severity, "hint");
    assert.deepEqual(ids(wording(draft("It is probably DNS, because the errors started at the resolver change."))), []);
  });

  it("a vague word is softened to info when the draft gives the number in its own section", () => {
    const text = "# T\n\nThe upload fails intermittently.\n\n## When\n\n- Frequency: 3 times per hour\n";
    const [f] = of(wording(text), "vague-frequency");
    assert.equal(f.severity, "info");
    assert.match(f.message, /When section gives the rate/);
    assert.equal(of(wording(draft("The upload fails intermittently.")), "vague-frequency")[0]?.severity, "warning");
    // The template's own examples ("e.g. 3 times per 10 minutes") are not the draft's numbers.
    const template = "# T\n\nThe upload fails intermittently.\n\n## When\n\n- Frequency: TODO (e.g. 3 times per 10 minutes / once)\n";
    assert.equal(of(wording(template), "vague-frequency")[0]?.severity, "warning");
  });

  it("generic targets need a failure to be vague, and an identifier in the paragraph cures them", () => {
    assert.deepEqual(ids(wording(draft("The database stores orders. The system sends e-mails."))), []);
    assert.deepEqual(ids(wording(draft("The RDS instance db-ABCDEFGHIJKLMNOP restarted.\nThe database was down for 4 minutes."))), []);
    assert.deepEqual(ids(wording(draft("The database was down for 4 minutes."))), ["vague-target"]);
  });

  it("name tags are cured only by a resource ID or ARN, not by a backticked name", () => {
    assert.deepEqual(ids(wording(draft("The instance named `web-01` fails its status checks."))), ["name-tag-reference"]);
    assert.deepEqual(ids(wording(draft("The instance named web-01 (i-0123456789abcdef0) fails its status checks."))), []);
  });

  it("glossary terms: reported once, where first written, with the meaning as a fix; explained once is enough", () => {
    const glossary = [{ term: "きつね環境", meaning: "本番の注文システム" }, { term: "PRJ-X" }];
    const found = of(wording(draft("きつね環境で発生。きつね環境を再起動。PRJ-X と PRJ-XY。"), { lang: "ja", glossary }), "high-context");
    assert.deepEqual(found.map((f) => f.data?.term), ["きつね環境", "PRJ-X"]);
    const text = draft("きつね環境で発生。");
    const [f] = of(wording(text, { lang: "ja", glossary }), "high-context");
    assert.equal(f.fixes?.[0].preferred, true);
    const fixed = applied(text, f);
    assert.ok(fixed.includes("きつね環境(本番の注文システム)で発生"), fixed);
    assert.deepEqual(of(wording(fixed, { lang: "ja", glossary }), "high-context"), []);
  });

  it("never throws on hostile text", () => {
    const hostile = ["「".repeat(5000), '"'.repeat(5001), "RDS ".repeat(2000), "4/5 ".repeat(2000), "ap-northeast-1a".repeat(1000), "\uD800今朝\uDC00", "一部".repeat(3000), "`".repeat(999)];
    for (const t of hostile) assert.doesNotThrow(() => lint(t, { lang: "ja", glossary: [{ term: "今朝" }] }));
  });
});

describe("wording rules: quick fixes, applied and re-linted", () => {
  it("relative-time: an absolute-time snippet with tab stops and the configured zone preselected", () => {
    const [f] = of(wording(SEED, { lang: "ja", timeZone: "UTC+9" }), "relative-time");
    const fix = f.fixes?.[0];
    assert.ok(fix?.snippet);
    // A space before から keeps Japanese spacing around Latin text: 「… UTC+9 から」.
    assert.equal(fix.edits[0].text, "${1:YYYY-MM-DD} ${2:hh:mm} ${3|UTC+9,UTC,JST|} ");
    const fixed = applied(SEED, f);
    assert.ok(fixed.includes("\n\nYYYY-MM-DD hh:mm UTC+9 から AWS"), fixed);
    assert.equal(of(wording(fixed, { lang: "ja" }), "relative-time").length, 0);
  });

  it("relative-time in English reads as a sentence: \"On …\" at the start, nothing after \"since\"", () => {
    const [start] = of(wording(SAMPLE_EN, { timeZone: "JST" }), "relative-time");
    assert.equal(start.fixes?.[0].edits[0].text, "On ${1:YYYY-MM-DD} ${2:hh:mm} ${3|JST,UTC|}");
    const [since] = of(wording(draft("It fails since yesterday.")), "relative-time");
    assert.equal(since.fixes?.[0].edits[0].text, "${1:YYYY-MM-DD} ${2:hh:mm} ${3|UTC,JST|}");
  });

  it("time-no-timezone appends the configured zone", () => {
    const text = draft("2025-04-15 10:30 に発生。");
    const [f] = lint(text, { lang: "ja", timeZone: "JST" }).filter((x) => x.ruleId === "time-no-timezone");
    const fixed = applied(text, f);
    assert.match(fixed, /10:30 JST に発生/);
    assert.equal(lint(fixed, { lang: "ja" }).filter((x) => x.ruleId === "time-no-timezone").length, 0);
  });

  it("ambiguous-abbreviation: each meaning's fix writes its name and clears the finding", () => {
    const text = draft("Windows Server の RDS に接続できません。");
    const [f] = of(wording(text, { lang: "ja" }), "ambiguous-abbreviation");
    for (const [i, name] of ["Amazon RDS", "Remote Desktop Services"].entries()) {
      const fixed = applied(text, f, i);
      assert.ok(fixed.includes(`Windows Server の ${name} に接続`), fixed);
      assert.deepEqual(of(wording(fixed, { lang: "ja" }), "ambiguous-abbreviation"), []);
    }
  });

  it("ambiguous-date: ISO 8601 as the preferred fix when the draft's other dates tell the order", () => {
    const text = draft("First seen 04/05/2025, last seen 15/05/2025.");
    const [f] = of(wording(text), "ambiguous-date");
    assert.equal(f.fixes?.length, 1);
    assert.equal(f.fixes?.[0].preferred, true);
    assert.equal(f.fixes?.[0].edits[0].text, "2025-05-04");
    const fixed = fixAll(text, lint(text, { lang: "en" })).text;
    assert.match(fixed, /First seen 2025-05-04,/);
    assert.deepEqual(of(wording(fixed), "ambiguous-date"), []);
  });

  it("ambiguous-date: both readings when the order is unknown, the year taken from the draft", () => {
    const text = draft("2025-04-01 に設定を変更し、4/5 に再発しました。");
    const [f] = of(wording(text, { lang: "ja" }), "ambiguous-date");
    assert.deepEqual(f.fixes?.map((x) => x.edits[0].text), ["2025-04-05", "2025-05-04"]);
    assert.equal(f.fixes?.some((x) => x.preferred), false);
    for (const i of [0, 1]) assert.deepEqual(of(wording(applied(text, f, i), { lang: "ja" }), "ambiguous-date"), []);
    const noYear = of(wording(draft("4/5 に再発しました。"), { lang: "ja" }), "ambiguous-date")[0];
    assert.equal(noYear.fixes?.[0].edits[0].text, "${1:YYYY}-04-05");
    assert.equal(noYear.fixes?.[0].snippet, true);
  });

  it("ambiguous-date: ratios and unambiguous dates are not findings", () => {
    assert.deepEqual(ids(wording(draft("3/40 runs failed; 4/5 of retries passed; 05/05/2025 and 13/04/2025; version 1.2.3; 24/7 support."))), []);
  });

  it("az-name: with the account's AZ IDs, the preferred fix replaces the name by its ID", () => {
    const text = draft("The subnet is in ap-northeast-1c.");
    const options = { aws: { azIds: { "ap-northeast-1c": "apne1-az1" } } };
    const [f] = of(wording(text, options), "az-name");
    assert.match(f.message, /apne1-az1/);
    assert.equal(f.fixes?.[0].preferred, true);
    const fixed = applied(text, f);
    assert.equal(fixed, draft("The subnet is in apne1-az1."));
    assert.deepEqual(of(wording(fixed, options), "az-name"), []);
    assert.equal(of(wording(text), "az-name")[0].fixes, undefined, "no fix without the account's mapping");
  });
});
