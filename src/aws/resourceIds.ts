/**
 * EC2-style resource ids (i-…, vol-…, sg-…): what each prefix names, and whether an id has the shape AWS gives
 * them: the prefix, a hyphen and 8 (older) or 17 (current) lowercase hexadecimal digits.
 * Pure: no node built-ins, no SDK.
 */
import type { Localized } from "../core/types";

export interface ResourceIdKind {
  prefix: string;
  name: Localized;
  /** The IAM dataset's resource type key in the ec2 (or efs) service, for console links and ARNs. */
  service: string;
  resourceType: string;
}

const KINDS: ResourceIdKind[] = [
  kind("i", "EC2 インスタンス", "EC2 instance", "ec2", "instance"),
  kind("vol", "EBS ボリューム", "EBS volume", "ec2", "volume"),
  kind("snap", "EBS スナップショット", "EBS snapshot", "ec2", "snapshot"),
  kind("ami", "AMI(マシンイメージ)", "AMI (machine image)", "ec2", "image"),
  kind("sg", "セキュリティグループ", "security group", "ec2", "security-group"),
  kind("sgr", "セキュリティグループルール", "security group rule", "ec2", "security-group-rule"),
  kind("subnet", "サブネット", "subnet", "ec2", "subnet"),
  kind("vpc", "VPC", "VPC", "ec2", "vpc"),
  kind("eni", "ネットワークインターフェイス (ENI)", "network interface (ENI)", "ec2", "network-interface"),
  kind("igw", "インターネットゲートウェイ", "internet gateway", "ec2", "internet-gateway"),
  kind("eigw", "Egress-only インターネットゲートウェイ", "egress-only internet gateway", "ec2", "egress-only-internet-gateway"),
  kind("nat", "NAT ゲートウェイ", "NAT gateway", "ec2", "natgateway"),
  kind("rtb", "ルートテーブル", "route table", "ec2", "route-table"),
  kind("acl", "ネットワーク ACL", "network ACL", "ec2", "network-acl"),
  kind("vpce", "VPC エンドポイント", "VPC endpoint", "ec2", "vpc-endpoint"),
  kind("tgw", "Transit Gateway", "transit gateway", "ec2", "transit-gateway"),
  kind("tgw-attach", "Transit Gateway アタッチメント", "transit gateway attachment", "ec2", "transit-gateway-attachment"),
  kind("tgw-rtb", "Transit Gateway ルートテーブル", "transit gateway route table", "ec2", "transit-gateway-route-table"),
  kind("pcx", "VPC ピアリング接続", "VPC peering connection", "ec2", "vpc-peering-connection"),
  kind("lt", "起動テンプレート", "launch template", "ec2", "launch-template"),
  kind("eipalloc", "Elastic IP(割り当て)", "Elastic IP allocation", "ec2", "elastic-ip"),
  kind("dopt", "DHCP オプションセット", "DHCP options set", "ec2", "dhcp-options"),
  kind("cgw", "カスタマーゲートウェイ", "customer gateway", "ec2", "customer-gateway"),
  kind("vgw", "仮想プライベートゲートウェイ", "virtual private gateway", "ec2", "vpn-gateway"),
  kind("vpn", "Site-to-Site VPN 接続", "Site-to-Site VPN connection", "ec2", "vpn-connection"),
  kind("cr", "キャパシティ予約", "capacity reservation", "ec2", "capacity-reservation"),
  kind("pl", "プレフィックスリスト", "prefix list", "ec2", "prefix-list"),
  kind("fs", "EFS ファイルシステム", "EFS file system", "elasticfilesystem", "file-system"),
  kind("fsap", "EFS アクセスポイント", "EFS access point", "elasticfilesystem", "access-point"),
];

function kind(prefix: string, ja: string, en: string, service: string, resourceType: string): ResourceIdKind {
  return { prefix, name: { ja, en }, service, resourceType };
}

const BY_PREFIX = new Map(KINDS.map((k) => [k.prefix, k]));

/** Longest prefixes first, so tgw-attach- is not read as tgw- followed by "attach-…". */
const PREFIXES = KINDS.map((k) => k.prefix).sort((a, b) => b.length - a.length);

/**
 * A token that may be a resource id: a known prefix, a hyphen, and 4 to 32 letters and digits
 * (`classifyResourceId` decides whether it is an attempt at an id). Linear: literal prefixes, one bounded class run.
 */
export const RESOURCE_ID_CANDIDATE = new RegExp(
  `(?<![\\w-])(${PREFIXES.map((p) => p.replace(/-/g, "\\-")).join("|")})-([0-9A-Za-z]{4,32})(?![\\w-])`,
  "g",
);

const WELL_FORMED = /^(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

export function resourceIdKind(prefix: string): ResourceIdKind | undefined {
  return BY_PREFIX.get(prefix);
}

export interface ResourceIdInfo {
  id: string;
  kind: ResourceIdKind;
  wellFormed: boolean;
  /** Why it is not well formed, when it is not. */
  problem?: "length" | "uppercase" | "not-hex";
}

/**
 * Classifies `prefix-body`; undefined when the token is not an attempt at an id. Names follow the same pattern
 * (sg-web01, subnet-private1), so only bodies that are hexadecimal, or nearly so (a typed o for 0, a stray g), and
 * hold at least three digits count as attempts; all-hex bodies of 5 or more digits count whatever their length.
 */
export function classifyResourceId(prefix: string, body: string): ResourceIdInfo | undefined {
  const k = BY_PREFIX.get(prefix);
  if (!k) return undefined;
  const id = `${prefix}-${body}`;
  if (WELL_FORMED.test(body)) return { id, kind: k, wellFormed: true };
  const allHex = /^[0-9a-fA-F]+$/.test(body);
  const nonHex = body.replace(/[0-9a-fA-F]/g, "").length;
  const digits = body.replace(/\D/g, "").length;
  const attempt = digits >= 3 && (allHex ? body.length >= 5 : body.length >= 7 && nonHex <= 2);
  if (!attempt) return undefined;
  let problem: ResourceIdInfo["problem"] = "not-hex";
  if (allHex) problem = body.length === 8 || body.length === 17 ? "uppercase" : "length";
  return { id, kind: k, wellFormed: false, problem };
}

/** Every attempted resource id in a text, with its offsets. */
export function* findResourceIds(text: string): Generator<ResourceIdInfo & { start: number; end: number }> {
  for (const m of text.matchAll(RESOURCE_ID_CANDIDATE)) {
    const info = classifyResourceId(m[1], m[2]);
    if (info) yield { ...info, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  }
}
