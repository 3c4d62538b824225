import { ARN_START, RESOURCE_ID } from "../patterns";
import { sectionContentRule } from "./util";

const PRINCIPAL =
  /\bIAM\s*(?:user|role|ユーザー|ロール)|\b(?:assumed-role|root user|instance profile|service role|execution role|task role)\b|ルートユーザー|インスタンスプロファイル|実行ロール|タスクロール|サービスロール|\b(?:Amazon|AWS) [A-Z][A-Za-z0-9]+|\b(?:EC2|ECS|EKS|Fargate|Lambda|CodeBuild|CodePipeline|Step Functions|Glue|EMR|SageMaker|Batch|App Runner|Elastic Beanstalk|CloudFormation|API Gateway)\b/;

export default sectionContentRule({
  id: "who-no-principal",
  section: "who",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "Who セクションに、呼び出し元のプリンシパル(IAM ユーザー/ロールの ARN)や関係するサービスがないことを指摘します。",
      why: "権限やスロットリングの調査は、誰が(どのプリンシパルが)呼び出したかから始まります。",
      fix: "IAM ロールやユーザーの ARN、または呼び出し元のサービスを書きます。例: `arn:aws:iam::123456789012:role/order-api-task-role`(Amazon ECS タスク)。",
    },
    en: {
      summary: "Reports a Who section that names no calling principal (IAM user or role ARN) or calling service.",
      why: "Permission and throttling investigations start from who made the call.",
      fix: "Give the IAM role or user ARN or the calling service, e.g. `arn:aws:iam::123456789012:role/order-api-task-role` (an Amazon ECS task).",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## Who\n\n- Caller: arn:aws:iam::123456789012:role/app\n" }, { text: "# T\n\n## Who\n\n- Amazon ECS タスク(Fargate)から呼び出し\n" }],
    notOk: [{ text: "# T\n\n## Who\n\nOur developers.\n" }],
  },
  satisfied: ({ raw }) => ARN_START.test(raw) || RESOURCE_ID.test(raw) || PRINCIPAL.test(raw),
  message: {
    ja: "呼び出し元のプリンシパルが書かれていません。IAM ロール/ユーザーの ARN か、呼び出し元のサービスを書いてください。例: arn:aws:iam::123456789012:role/app-role",
    en: "Name the calling principal: an IAM role or user ARN, or the calling service, e.g. arn:aws:iam::123456789012:role/app-role.",
  },
});
