/**
 * Name-tag references (rule `name-tag-reference`): a resource named by its Name tag or a nickname ("web-01 という
 * インスタンス", "the instance named web-01"). Name tags are not unique, support does not see them, and several
 * resources may carry the same one; only the resource ID or ARN names one resource.
 *
 * Only resources whose "name" is a tag are listed here: EC2 instances, VPCs, subnets, volumes, security
 * groups, load balancers and the like. Names that are identifiers (an S3 bucket, a Lambda function, an IAM role)
 * are not reported. A resource ID or ARN in the same paragraph cures it.
 */
import { en, ja, type LexiconTerm } from "./types";

const JA_TAGGED = "(?:EC2[ \\t]?)?(?:インスタンス|サーバー|サーバ|ホスト|マシン|VPC|サブネット|セキュリティ[ \\t]?グループ|ボリューム|ロードバランサー|ロードバランサ|NAT[ \\t]?ゲートウェイ|踏み台)";
const EN_TAGGED = "(?:EC2 )?(?:instance|server|host|machine|box|VPC|subnet|volume|security group|load balancer|NAT gateway|bastion)s?";

export const NAME_TAG_TERMS: readonly LexiconTerm[] = [
  ja("Name[ \\t]?タグ", { regex: true }),
  ja(`(?:という|って)[ \\t]?(?:名前|名称)?の?[ \\t]?${JA_TAGGED}`, { regex: true }),
  ja(`${JA_TAGGED}[ \\t]?(?:名|の名前)[ \\t]?[:：は]`, { regex: true }),
  en("Name tag"),
  en("tagged (?:as |with )?Name", { regex: true }),
  en(`${EN_TAGGED} (?:named|called|tagged)`, { regex: true }),
  en(`${EN_TAGGED} name ?[:=]`, { regex: true }),
];
