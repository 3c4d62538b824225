// Issue 5: outage-question and out-of-scope-request, precise in both languages.
import * as assert from "node:assert/strict";
import { lint } from "../../src/core";
import { isRequest, sentences } from "../../src/core/scope";

const found = (text: string, id: string) => lint(`# T\n\n${text}\n`, { lang: "en" }).filter((f) => f.ruleId === id);
const topics = (text: string, id: string) => found(text, id).map((f) => String(f.data?.topic));

describe("scope: sentences and requests", () => {
  it("cuts after 。？！?! and line breaks, and after a period followed by a blank", () => {
    assert.deepEqual(
      sentences("今朝から障害です。何か起きていますか?\nIs it down? Yes. v1.2 is fine").map((s) => s.text),
      ["今朝から障害です。", "何か起きていますか?", "Is it down?", "Yes.", "v1.2 is fine"],
    );
  });

  it("a question or a request asks; a statement does not", () => {
    for (const s of ["障害など起きていないでしょうか。", "教えてください。", "Is there an outage?", "Please tell us the cause.", "確認をお願いします。"]) assert.ok(isRequest(s), s);
    for (const s of ["障害は起きていません。", "The dashboard showed no event.", "本番環境が停止しています。"]) assert.ok(!isRequest(s), s);
  });
});

describe("outage-question", () => {
  const flagged: [string, string][] = [
    ["弊社のリソースで影響を受けたものはありますか?", "affected-resources"],
    ["今朝から AWS につながりません。障害など起きていないでしょうか。", "outage"],
    ["東京リージョンで障害は発生していますか。", "outage"],
    ["AWS 側で障害が発生していないか確認してください。", "outage"],
    ["障害情報を教えてください。", "outage"],
    ["今回の障害の影響範囲を教えてください。", "affected-resources"],
    ["Is AWS having an outage in us-east-1?", "outage"],
    ["Is there an ongoing incident with S3?", "outage"],
    ["Is S3 down?", "outage"],
    ["Were any of our resources affected by the outage?", "affected-resources"],
    ["Which of our instances were affected?", "affected-resources"],
  ];
  for (const [text, topic] of flagged) it(`flags: ${text}`, () => assert.deepEqual(topics(text, "outage-question"), [topic]));

  const fine = [
    "何が原因か調査してください。",
    "2025-04-15 09:12〜09:40 JST の 502 エラーが、このイベントによるものか確認してください。",
    "Lambda で問題が発生しているので、原因を調査してください。",
    "AWS 側の障害なのか弊社の設定の問題なのか切り分けをお願いします。",
    "AWS Health Dashboard ではイベントは表示されていませんでした。",
    "障害は発生していません。",
    "Is there a known issue with the Lambda Node.js 20 runtime?",
    "Please confirm whether the 502 errors were caused by the event arn:aws:health:us-east-1::event/EC2/x.",
    "Our test environment is down for maintenance.",
  ];
  for (const text of fine) it(`does not flag: ${text}`, () => assert.deepEqual(found(text, "outage-question"), []));

  it("points to the AWS Health Dashboard and your account's health events, in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      const f = lint("# T\n\n弊社のリソースで影響を受けたものはありますか?\n", { lang }).find((x) => x.ruleId === "outage-question");
      assert.ok(f);
      assert.match(f.message, /AWS Health/);
      assert.match(f.message, lang === "ja" ? /例:/ : /e\.g\./);
    }
  });

  it("reports the sentence, not the whole paragraph", () => {
    const text = "# T\n\n今朝から AWS につながりません。障害など起きていないでしょうか。\n";
    const [f] = lint(text).filter((x) => x.ruleId === "outage-question");
    assert.equal(text.slice(f.start, f.end), "障害など起きていないでしょうか。");
  });

  it("does not judge code or quotes", () => {
    assert.deepEqual(found("```\nIs AWS having an outage?\n```", "outage-question"), []);
    assert.deepEqual(found("> 障害など起きていないでしょうか。", "outage-question"), []);
  });
});

describe("out-of-scope-request", () => {
  const flagged: [string, string][] = [
    ["今回の障害の根本原因と AWS としての再発防止策を教えてください", "aws-root-cause"],
    ["AWS 側の障害の根本原因を教えてください。", "aws-root-cause"],
    ["貴社の再発防止策をご提示いただけますか。", "aws-root-cause"],
    ["Please share the root cause of the outage and what AWS will do to prevent it.", "aws-root-cause"],
    ["Could you provide AWS's internal RCA?", "aws-root-cause"],
    ["RDS の SQL のチューニングをお願いします。", "tuning"],
    ["Please tune our queries for Aurora.", "tuning"],
    ["添付のソースコードをデバッグしてください。", "custom-code"],
    ["Could you debug our Lambda function code?", "custom-code"],
    ["Oracle Database の BYOL のライセンス条件を教えてください。", "third-party"],
    ["Can you check the SQL Server license terms for our cluster?", "third-party"],
  ];
  for (const [text, topic] of flagged) it(`flags: ${text}`, () => assert.deepEqual(topics(text, "out-of-scope-request"), [topic]));

  const fine = [
    "何が原因か調査してください。",
    "EC2 インスタンス i-0123456789abcdef0 が停止した原因を調査してください。",
    "Lambda 関数のタイムアウトの原因を調べていただけますか。",
    "弊社側で再発防止のためにできる設定を教えてください。",
    "チューニングの観点で確認すべき CloudWatch メトリクスを教えてください。",
    "Please investigate the root cause of the 502 errors on our ALB.",
    "What is the root cause of our instance's status check failure?",
    "The code below calls PutObject and gets AccessDenied; which permission is missing?",
    "以下のコードで PutObject を呼ぶと 403 になります。必要な権限を教えてください。",
    "AWS のドキュメントにある再発防止のベストプラクティスは確認済みです。",
    "Terraform で作成した VPC のルートテーブルを確認してください。",
  ];
  for (const text of fine) it(`does not flag: ${text}`, () => assert.deepEqual(found(text, "out-of-scope-request"), []));

  it("says what to ask instead, in both languages", () => {
    for (const lang of ["ja", "en"] as const) {
      const f = lint("# T\n\n今回の障害の根本原因と AWS としての再発防止策を教えてください\n", { lang }).find((x) => x.ruleId === "out-of-scope-request");
      assert.ok(f);
      assert.match(f.message, /Post-Event Summary/);
      assert.match(f.message, lang === "ja" ? /例:/ : /e\.g\./);
    }
  });
});
