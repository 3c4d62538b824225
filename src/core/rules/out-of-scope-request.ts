import { OUT_OF_SCOPE_TOPICS, scopeMatches } from "../scope";
import { defineRule } from "./util";

export default defineRule({
  id: "out-of-scope-request",
  category: "aws",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "AWS サポートが提供しないものを求める文を指摘します: AWS 内部の根本原因や再発防止策、ワークロードのチューニング、お客様のコードのデバッグ、サードパーティ製品や BYOL ライセンスのサポート。",
      why: "AWS は自社インフラの障害の内部的な根本原因や社内の再発防止策を個別には開示しません。チューニング、独自コード、サードパーティ製品はベストエフォートか、ベンダーが答える内容です。期待と違う返答で往復が増える前に、答えられる形で尋ねる方が早く解決します。ご自身のリソースで何が原因かの調査依頼(「何が原因か調査してください」)は対象で、指摘しません。",
      fix: "尋ね方を変えます。根本原因や再発防止策ではなく「同様の事象で影響を受けないための推奨構成」を、チューニングの代行ではなく「確認すべき指標や設定」を、コードのデバッグではなく「最小の再現コードでの API の挙動」を尋ね、製品やライセンスの条件はベンダーに確認します。",
    },
    en: {
      summary: "Reports a sentence asking for what AWS Support does not provide: AWS's internal root cause or prevention plan, tuning of your workload, debugging your code, support for third-party products or BYOL licences.",
      why: "AWS does not disclose the internal root cause of its infrastructure events or its internal prevention plans case by case; tuning, custom code and third-party products are best-effort or the vendor's to answer. Asking in a form support can answer saves a round trip. Asking support to find the cause of a problem with your own resource is in scope and is not reported.",
      fix: "Rephrase: instead of AWS's root cause and prevention plan ask \"which setup would keep us running through a similar event\"; instead of tuning for you, \"which metrics and settings to check\"; instead of debugging your code, \"how the API behaves in this minimal reproduction\"; ask the vendor about product and licence terms.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n何が原因か調査してください。\n" },
      { text: "# T\n\nEC2 インスタンス i-0123456789abcdef0 が停止した原因を調査してください。\n" },
      { text: "# T\n\n弊社側で再発防止のためにできる設定を教えてください。\n" },
      { text: "# T\n\nチューニングの観点で確認すべき CloudWatch メトリクスを教えてください。\n" },
      { text: "# T\n\nPlease investigate the root cause of the 502 errors on our ALB.\n" },
      { text: "# T\n\nThe code below calls PutObject and gets AccessDenied; which permission is missing?\n" },
      { text: "# T\n\nAWS のドキュメントにある再発防止のベストプラクティスは確認済みです。\n" },
    ],
    notOk: [
      { text: "# T\n\n今回の障害の根本原因と AWS としての再発防止策を教えてください。\n", count: 1 },
      { text: "# T\n\nPlease share the root cause of the outage and what AWS will do to prevent it.\n", count: 1 },
      { text: "# T\n\nRDS の SQL のチューニングをお願いします。\n", count: 1 },
      { text: "# T\n\nCould you debug our Lambda function code?\n", count: 1 },
      { text: "# T\n\nOracle Database の BYOL のライセンス条件を教えてください。\n", count: 1 },
    ],
  },
  check({ doc, report }) {
    for (const m of scopeMatches(doc, OUT_OF_SCOPE_TOPICS)) report({ start: m.start, end: m.end, data: { topic: m.topic }, message: m.message });
  },
});
