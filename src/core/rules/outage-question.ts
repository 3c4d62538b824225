import { OUTAGE_TOPICS, scopeMatches } from "../scope";
import { defineRule } from "./util";

export default defineRule({
  id: "outage-question",
  category: "aws",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "AWS に障害が起きているか、AWS のイベントで自社のどのリソースが影響を受けたかを尋ねる文を指摘します。",
      why: "AWS 側の障害の有無は AWS Health Dashboard で、影響を受けたリソースはアカウントの AWS Health イベント(「影響を受けるリソース」タブ)で確認でき、ケースの返答を待つより早くわかります。ケースに書くべきなのは、調べてほしいリソースと症状です。",
      fix: "AWS Health Dashboard(https://health.aws.amazon.com/health/status)とアカウントのヘルスを確認し、ケースには具体的なリソースと症状を書きます。例: 「i-0123456789abcdef0 が 2025-04-15 09:12 JST から応答しません。このインスタンスのホストとネットワーク側を確認してください」。症状がイベントによるものかの確認は対象です: 「09:12〜09:40 JST の 502 エラーがこのイベント(イベント ARN)によるものか確認してください」。",
    },
    en: {
      summary: "Reports a sentence asking whether AWS has an outage, or which of your resources an AWS event affected.",
      why: "The AWS Health Dashboard answers whether AWS has an outage, and your account's AWS Health events list the affected resources (\"Affected resources\" tab), faster than a reply to a case. A case should name the resource and the symptom to look into.",
      fix: "Check the AWS Health Dashboard (https://health.aws.amazon.com/health/status) and your account health; in the case, name the resource and symptom, e.g. \"i-0123456789abcdef0 stopped responding at 2025-04-15 09:12 UTC; please check its host and network.\" Asking whether a symptom was caused by an event is fine: \"Were the 502 errors from 09:12 to 09:40 UTC caused by this event (event ARN)?\"",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n2025-04-15 09:12〜09:40 JST の ALB の 502 エラーが、同時刻の AWS Health イベントによるものか確認してください。\n" },
      { text: "# T\n\nAWS Health Dashboard ではイベントは表示されていませんでした。\n" },
      { text: "# T\n\nLambda で問題が発生しているので、原因を調査してください。\n" },
      { text: "# T\n\nAWS 側の障害なのか、弊社の設定の問題なのか切り分けをお願いします。\n" },
      { text: "# T\n\nIs there a known issue with the Lambda Node.js 20 runtime and the AWS SDK v3 retries?\n" },
      { text: "# T\n\nThe test environment is down for maintenance until 10:00 UTC.\n" },
    ],
    notOk: [
      { text: "# T\n\n今朝から AWS につながりません。障害など起きていないでしょうか。\n", count: 1 },
      { text: "# T\n\n弊社のリソースで影響を受けたものはありますか?\n", count: 1 },
      { text: "# T\n\nIs AWS having an outage in ap-northeast-1?\n", count: 1 },
      { text: "# T\n\nWere any of our resources affected by the outage yesterday?\n", count: 1 },
      { text: "# T\n\n東京リージョンで AWS 側の障害が発生していないか教えてください。\n", count: 1 },
    ],
  },
  check({ doc, report }) {
    for (const m of scopeMatches(doc, OUTAGE_TOPICS)) report({ start: m.start, end: m.end, data: { topic: m.topic }, message: m.message });
  },
});
