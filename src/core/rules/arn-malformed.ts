import { classifyArn } from "../../aws/arn";
import { findArns, identifierText } from "../../aws/text";
import type { Localized } from "../types";
import { defineRule } from "./util";

/** All of an ARN's problems in one message (usually there is one). */
function joined(messages: Localized[]): Localized {
  return { ja: messages.map((m) => m.ja).join(" "), en: messages.map((m) => m.en).join(" ") };
}

export default defineRule({
  id: "arn-malformed",
  category: "aws",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "ARN のように見えて正しくないものを指摘します: 6 つの部分がない、パーティション・サービス・リージョンが存在しない、アカウント ID が 12 桁でない。",
      why: "ARN の 1 文字違いで、サポートは別のリソースや存在しないリソースを調べることになり、やり取りが 1 往復増えます。手で打った ARN や一部を書き換えた ARN によく起きます。",
      fix: "コンソールか CLI から ARN をそのままコピーして貼り付けます。例: `arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0`(リージョン ap-northeast-1、アカウント ID は 12 桁の数字)。構造の誤り(部分の不足、アカウント ID、パーティション違い)はエラー、AWS SDK のデータにまだないかもしれない名前(新しいリージョンやサービス)は警告です。",
    },
    en: {
      summary: "Reports what looks like an ARN but is not one: fewer than six parts, an unknown partition, service or Region, or an account id that is not 12 digits.",
      why: "One wrong character in an ARN sends support to another resource or to none, and costs a round trip. Typed or hand-edited ARNs are where it happens.",
      fix: "Copy the ARN from the console or the CLI as it is, e.g. `arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0` (Region us-east-1, a 12-digit account id). Structural problems (missing parts, account id, wrong partition) are errors; names the AWS SDK's data may not know yet (a new Region or service) are warnings.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n- `arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0`\n- arn:aws:s3:::my-bucket/logs/app.log\n" },
      { text: "# T\n\nRole arn:aws:iam::123456789012:role/service-role/app and policy arn:aws:iam::aws:policy/ReadOnlyAccess.\n" },
      { text: "# T\n\n```json\n{\"Resource\": \"arn:aws:ec2:ap-northest-1:1234:instance/*\"}\n```\n" },
      { text: "# T\n\nTemplate: arn:aws:iam::<account-id>:role/<name>\n" },
    ],
    notOk: [
      { text: "# T\n\nインスタンス arn:aws:ec2:ap-northest-1:123456789012:instance/i-0123456789abcdef0 が停止しました。\n", count: 1 },
      { text: "# T\n\nThe role is arn:aws:iam::1234-5678-9012:role/app.\n", count: 1 },
      { text: "# T\n\nSee arn:aws:ec2:cn-north-1:123456789012:vpc/vpc-0123456789abcdef0 and arn:aws:ec2:us-east-1.\n", count: 2 },
    ],
  },
  check({ doc, report }) {
    const text = identifierText(doc);
    for (const found of findArns(text)) {
      const info = classifyArn(found.arn);
      if (info.valid) continue;
      const error = info.problems.some((p) => p.severity === "error");
      report({
        start: found.start,
        end: found.end,
        data: { arn: found.arn, problems: info.problems.map((p) => p.code).join(",") },
        message: joined(info.problems.map((p) => p.message)),
        severity: error ? "error" : "warning",
      });
    }
  },
});
