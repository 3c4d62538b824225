import { ACCOUNT_ID, ARN_START, RESOURCE_ID } from "../patterns";
import { sectionContentRule } from "./util";

export default sectionContentRule({
  id: "where-no-identifier",
  section: "where",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "Where セクションに、リソースを一意に示す識別子(ARN、リソース ID、アカウント ID)がないことを指摘します。",
      why: "Name タグや社内の呼び名は一意ではなく、サポートからは見えません。ARN やリソース ID があれば、サポートは AWS 側の記録を直接調べられます。",
      fix: "ARN かリソース ID を書きます。例: `arn:aws:rds:ap-northeast-1:123456789012:db:order-db-prod`、`i-0123456789abcdef0`。",
    },
    en: {
      summary: "Reports a Where section with no unique identifier: no ARN, resource id or account id.",
      why: "Name tags and nicknames are not unique and support cannot see them; with an ARN or resource id they look up AWS's records directly.",
      fix: "Give ARNs or resource ids, e.g. `arn:aws:rds:us-east-1:123456789012:db:orders-prod`, `i-0123456789abcdef0`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## Where\n\n- Instance: `i-0123456789abcdef0` in us-east-1\n" }, { text: "# T\n\n## Where\n\n- アカウント: 123456789012\n" }],
    notOk: [{ text: "# T\n\n## Where\n\nThe production web server in Tokyo.\n" }, { text: "# T\n\n## どこで\n\n本番の Web サーバー(東京リージョン)\n" }],
  },
  satisfied: ({ raw }) => ARN_START.test(raw) || RESOURCE_ID.test(raw) || ACCOUNT_ID.test(raw),
  message: {
    ja: "Where にリソースの識別子がありません。ARN かリソース ID を書いてください。例: arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0",
    en: "Where names no resource by its identifier. Give ARNs or resource ids, e.g. arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0.",
  },
});
