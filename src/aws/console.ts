/**
 * AWS Management Console links for classified ARNs, where the console has a page for the resource type. Pure.
 * Links only name the resource; opening one still needs a console session in that account.
 */
import type { ArnInfo } from "./arn";

/** Console host per partition; the isolated partitions have no public console. */
const CONSOLE_HOSTS: Record<string, string> = {
  aws: "console.aws.amazon.com",
  "aws-cn": "console.amazonaws.cn",
  "aws-us-gov": "console.amazonaws-us-gov.com",
};

type LinkBuilder = (id: string, region: string, info: ArnInfo) => string | undefined;

const e = encodeURIComponent;

/** service:resourceType -> path and fragment on the console host (region query added by the caller). */
const BUILDERS: Record<string, LinkBuilder> = {
  "ec2:instance": (id) => `ec2/home#InstanceDetails:instanceId=${e(id)}`,
  "ec2:volume": (id) => `ec2/home#VolumeDetails:volumeId=${e(id)}`,
  "ec2:security-group": (id) => `ec2/home#SecurityGroup:groupId=${e(id)}`,
  "ec2:image": (id) => `ec2/home#ImageDetails:imageId=${e(id)}`,
  "ec2:snapshot": (id) => `ec2/home#SnapshotDetails:snapshotId=${e(id)}`,
  "ec2:subnet": (id) => `vpcconsole/home#SubnetDetails:subnetId=${e(id)}`,
  "ec2:vpc": (id) => `vpcconsole/home#VpcDetails:VpcId=${e(id)}`,
  "ec2:network-interface": (id) => `ec2/home#NetworkInterface:networkInterfaceId=${e(id)}`,
  "s3:bucket": (id) => `s3/buckets/${e(id)}`,
  "lambda:function": (id) => `lambda/home#/functions/${e(id)}`,
  "iam:role": (id) => `iam/home#/roles/details/${e(lastSegment(id))}`,
  "iam:user": (id) => `iam/home#/users/details/${e(lastSegment(id))}`,
  "iam:policy": (_id, _r, info) => `iam/home#/policies/details/${e(info.arn)}`,
  "rds:db": (id) => `rds/home#database:id=${e(id)};is-cluster=false`,
  "rds:cluster": (id) => `rds/home#database:id=${e(id)};is-cluster=true`,
  "dynamodb:table": (id) => `dynamodbv2/home#table?name=${e(id)}`,
  "sns:topic": (_id, _r, info) => `sns/v3/home#/topic/${e(info.arn)}`,
  "sqs:queue": (_id, region, info) => `sqs/v3/home#/queues/${e(`https://sqs.${region}.amazonaws.com/${info.account}/${info.resourceId}`)}`,
  "logs:log-group": (id) => `cloudwatch/home#logsV2:log-groups/log-group/${e(e(id.replace(/:\*$/, "")))}`,
  "cloudformation:stack": (_id, _r, info) => `cloudformation/home#/stacks/stackinfo?stackId=${e(info.arn)}`,
  "ecs:cluster": (id) => `ecs/v2/clusters/${e(id)}`,
  "eks:cluster": (id) => `eks/home#/clusters/${e(id)}`,
  "kms:key": (id) => `kms/home#/kms/keys/${e(id)}`,
  "elasticloadbalancing:targetgroup": (_id, _r, info) => `ec2/home#TargetGroup:targetGroupArn=${e(info.arn)}`,
  "elasticloadbalancing:loadbalancer/app/": (_id, _r, info) => `ec2/home#LoadBalancer:loadBalancerArn=${e(info.arn)}`,
  "elasticloadbalancing:loadbalancer/net/": (_id, _r, info) => `ec2/home#LoadBalancer:loadBalancerArn=${e(info.arn)}`,
};

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** A console URL for the resource, or undefined when none can be built (unknown type, isolated partition). */
export function consoleUrl(info: ArnInfo): string | undefined {
  if (!info.partition || !info.service || !info.resourceType || info.resourceId === null) return undefined;
  const host = CONSOLE_HOSTS[info.partition];
  const build = BUILDERS[`${info.service}:${info.resourceType}`];
  if (!host || !build) return undefined;
  const region = info.region || (info.partition === "aws" ? "us-east-1" : "");
  const path = build(info.resourceId, region, info);
  if (!path) return undefined;
  const [page, fragment] = splitFragment(path);
  const query = region ? `${page.includes("?") ? "&" : "?"}region=${e(region)}` : "";
  const regional = region && info.partition === "aws" ? `${region}.` : "";
  return `https://${regional}${host}/${page}${query}${fragment}`;
}

function splitFragment(path: string): [string, string] {
  const hash = path.indexOf("#");
  return hash < 0 ? [path, ""] : [path.slice(0, hash), path.slice(hash)];
}
