import { TARGET_TERMS } from "../lexicon/target";
import { Lexicon } from "../wording/matcher";
import { hasIdentifierInParagraph } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "vague-target",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「AWS につながらない」「AWS が落ちた」「サーバーが落ちた」「the database went down」のように、どのサービス・リソースかを示さない障害の書き方を指摘します。",
      why: "AWS は数百のサービスとエンドポイントの集まりで、サポートはお客様のシステム構成を知りません。サービス名とリソース ID がないと、何も調べ始められません。",
      fix: "サービス名とリソース ID(または ARN)、接続元と接続先を書きます。例: 「AWS につながらない」→「EC2 インスタンス i-0123456789abcdef0 から S3 への HTTPS 接続がタイムアウトする」。同じ段落にリソース ID・ARN・ホスト名があれば指摘しません。",
    },
    en: {
      summary: "Reports failures stated against AWS as a whole or a generic noun: \"can't connect to AWS\", \"the server is down\", \"the database went down\", AWS につながらない.",
      why: "AWS is hundreds of services and endpoints and support does not know your architecture: without a service name and a resource ID they cannot start looking.",
      fix: "Name the service, the resource ID or ARN, and where the connection starts, e.g. \"can't connect to AWS\" -> \"HTTPS connections from i-0123456789abcdef0 to S3 time out\". An identifier in the same paragraph is enough.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nThe database db-ABCDEFGHIJKLMNOP went down at 09:12 UTC.\n" },
      { text: "# T\n\nRDS for MySQL インスタンス db-ABCDEFGHIJKL に接続できません。\n" },
      { text: "# T\n\nThe database stores about 3 million orders.\n" },
      { text: "# T\n\nConnections to AWS Lambda time out.\n" },
    ],
    notOk: [
      { text: "# T\n\n今朝から AWS につながりません。\n", count: 1 },
      { text: "# T\n\nThe database went down and the server is unreachable.\n", count: 2 },
      { text: "# T\n\nサーバーが落ちました。\n", count: 1 },
    ],
  },
  lexicon: new Lexicon(TARGET_TERMS),
  cured: (doc, m) => hasIdentifierInParagraph(doc, m),
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」では、どのサービスのどのリソースのことかわかりません。サービス名とリソース ID(または ARN)を書いてください。例: {example}",
        en: "\"{term}\" names no service or resource. Give the service and the resource ID or ARN, e.g. {example}.",
      },
      {
        ja: "RDS for MySQL の DB インスタンス db-ABCDEFGHIJKLMNOP に EC2 インスタンス i-0123456789abcdef0 から接続できない",
        en: "EC2 instance i-0123456789abcdef0 cannot connect to the RDS for MySQL instance db-ABCDEFGHIJKLMNOP",
      },
      m,
    ),
});
