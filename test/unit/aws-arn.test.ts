// ARN classification without credentials: real ARNs, every partition, the public IAM dataset instantiated, the
// problems arn-malformed reports, and the generated data's freshness.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { classifyArn, splitArn, validateArn } from "../../src/aws/arn";
import { consoleUrl } from "../../src/aws/console";
import { PARTITIONS } from "../../src/aws/generated/arn-data";
import { isPartition, partitionOfRegion, regionName } from "../../src/aws/partitions";
import { frontMatterProfile } from "../../src/aws/profile";
import { classifyResourceId, findResourceIds } from "../../src/aws/resourceIds";
import { arnAt, findArns } from "../../src/aws/text";

const ROOT = path.join(__dirname, "..", "..", "..");
const IAM_DATA = path.join(ROOT, "node_modules", "@cloud-copilot", "iam-data", "data", "resourceTypes");

describe("ARN classification", () => {
  const cases: [string, Partial<ReturnType<typeof classifyArn>>][] = [
    ["arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0", { service: "ec2", serviceName: "Amazon EC2", regionName: "Asia Pacific (Tokyo)", resourceType: "instance", resourceId: "i-0123456789abcdef0" }],
    ["arn:aws:s3:::my-bucket", { resourceType: "bucket", resourceId: "my-bucket", region: "", account: "" }],
    ["arn:aws:s3:::my-bucket/logs/app.log", { resourceType: "object", resourceId: "my-bucket/logs/app.log" }],
    ["arn:aws:lambda:us-east-1:123456789012:function:orders", { resourceType: "function", resourceId: "orders", serviceName: "AWS Lambda" }],
    ["arn:aws:iam::aws:policy/ReadOnlyAccess", { resourceType: "policy", account: "aws", valid: true }],
    ["arn:aws:iam::123456789012:role/service-role/app", { resourceType: "role", resourceId: "service-role/app" }],
    ["arn:aws:sts::123456789012:assumed-role/Admin/alice", { resourceType: "assumed-role", resourceId: "Admin/alice", valid: true }],
    ["arn:aws:rds:ap-northeast-1:123456789012:db:orders-prod", { resourceType: "db", resourceId: "orders-prod" }],
    ["arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/web/0123456789abcdef", { resourceType: "loadbalancer/app/" }],
    ["arn:aws-cn:ec2:cn-north-1:123456789012:vpc/vpc-0123456789abcdef0", { partition: "aws-cn", regionName: "China (Beijing)", resourceType: "vpc", valid: true }],
    ["arn:aws-us-gov:s3:::gov-bucket", { partition: "aws-us-gov", resourceType: "bucket", valid: true }],
    ["arn:aws-iso:ec2:us-iso-east-1:123456789012:instance/i-0123456789abcdef0", { partition: "aws-iso", valid: true }],
    ["arn:aws-iso-b:ec2:us-isob-east-1:123456789012:instance/i-0123456789abcdef0", { partition: "aws-iso-b", valid: true }],
    ["arn:aws-eusc:ec2:eusc-de-east-1:123456789012:instance/i-0123456789abcdef0", { partition: "aws-eusc", valid: true }],
  ];
  for (const [arn, want] of cases) {
    it(arn, () => {
      const got = classifyArn(arn);
      for (const [k, v] of Object.entries(want)) assert.deepEqual(got[k as keyof typeof got], v, `${k} of ${arn}`);
      if (want.valid === undefined) assert.equal(got.valid, true, JSON.stringify(got.problems));
    });
  }

  it("picks the most specific format, not the first: a bucket/key is an object, a function:name:qualifier a version or alias", () => {
    assert.equal(classifyArn("arn:aws:s3:::b/k").resourceType, "object");
    assert.match(String(classifyArn("arn:aws:lambda:us-east-1:123456789012:function:f:3").resourceType), /^function (?:alias|version)$/);
  });

  it("knows every partition of the SDK's data, with Region names", () => {
    for (const id of ["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"]) assert.ok(isPartition(id), id);
    assert.equal(PARTITIONS.length >= 8, true);
    assert.equal(regionName("us-east-1"), "US East (N. Virginia)");
    assert.equal(partitionOfRegion("us-gov-west-1"), "aws-us-gov");
    assert.equal(regionName("aws-global"), undefined, "endpoint pseudo-Regions are not Regions");
  });

  it("builds console links where the console has a page, and none for isolated partitions", () => {
    const url = consoleUrl(classifyArn("arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0"));
    assert.equal(url, "https://ap-northeast-1.console.aws.amazon.com/ec2/home?region=ap-northeast-1#InstanceDetails:instanceId=i-0123456789abcdef0");
    assert.equal(consoleUrl(classifyArn("arn:aws-iso:ec2:us-iso-east-1:123456789012:instance/i-0123456789abcdef0")), undefined);
    assert.match(String(consoleUrl(classifyArn("arn:aws:s3:::my-bucket"))), /^https:\/\/us-east-1\.console\.aws\.amazon\.com\/s3\/buckets\/my-bucket/);
  });

  it("has a console page for the common resource types, in the partition's console", () => {
    const linked: [string, RegExp][] = [
      ["arn:aws:ec2:us-east-1:123456789012:volume/vol-0123456789abcdef0", /#VolumeDetails:volumeId=vol-/],
      ["arn:aws:ec2:us-east-1:123456789012:security-group/sg-1a2b3c4d", /#SecurityGroup:groupId=sg-1a2b3c4d/],
      ["arn:aws:ec2:us-east-1::image/ami-1a2b3c4d", /#ImageDetails:imageId=ami-/],
      ["arn:aws:ec2:us-east-1::snapshot/snap-1a2b3c4d", /#SnapshotDetails:snapshotId=snap-/],
      ["arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1a2b3c4d", /vpcconsole\/home\?region=us-east-1#SubnetDetails/],
      ["arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1a2b3c4d", /#VpcDetails:VpcId=vpc-/],
      ["arn:aws:ec2:us-east-1:123456789012:network-interface/eni-1a2b3c4d", /#NetworkInterface:/],
      ["arn:aws:lambda:us-east-1:123456789012:function:orders", /lambda\/home\?region=us-east-1#\/functions\/orders/],
      ["arn:aws:iam::123456789012:role/service-role/app", /iam\/home\?region=us-east-1#\/roles\/details\/app/],
      ["arn:aws:iam::123456789012:user/alice", /#\/users\/details\/alice/],
      ["arn:aws:iam::aws:policy/ReadOnlyAccess", /#\/policies\/details\/arn%3Aaws%3Aiam/],
      ["arn:aws:rds:us-east-1:123456789012:db:orders", /rds\/home\?region=us-east-1#database:id=orders;is-cluster=false/],
      ["arn:aws:rds:us-east-1:123456789012:cluster:orders", /is-cluster=true/],
      ["arn:aws:dynamodb:us-east-1:123456789012:table/Orders", /dynamodbv2\/home\?region=us-east-1#table\?name=Orders/],
      ["arn:aws:sns:us-east-1:123456789012:alerts", /sns\/v3\/home\?region=us-east-1#\/topic\//],
      ["arn:aws:sqs:us-east-1:123456789012:jobs", /sqs\/v3\/home\?region=us-east-1#\/queues\/https%3A/],
      ["arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/orders:*", /#logsV2:log-groups\/log-group\/%252Faws%252Flambda%252Forders$/],
      ["arn:aws:cloudformation:us-east-1:123456789012:stack/app/0123", /#\/stacks\/stackinfo\?stackId=/],
      ["arn:aws:ecs:us-east-1:123456789012:cluster/prod", /ecs\/v2\/clusters\/prod\?region=us-east-1/],
      ["arn:aws:eks:us-east-1:123456789012:cluster/prod", /#\/clusters\/prod/],
      ["arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab", /#\/kms\/keys\/1234abcd/],
      ["arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/0123456789abcdef", /#TargetGroup:targetGroupArn=/],
      ["arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/web/0123456789abcdef", /#LoadBalancer:loadBalancerArn=/],
      ["arn:aws-cn:s3:::cn-bucket", /^https:\/\/console\.amazonaws\.cn\/s3\/buckets\/cn-bucket$/],
      ["arn:aws-us-gov:ec2:us-gov-west-1:123456789012:instance/i-0123456789abcdef0", /^https:\/\/console\.amazonaws-us-gov\.com\/ec2\/home\?region=us-gov-west-1#/],
    ];
    for (const [arn, want] of linked) assert.match(String(consoleUrl(classifyArn(arn))), want, arn);
    assert.equal(consoleUrl(classifyArn("arn:aws:ec2:us-east-1:123456789012:dhcp-options/dopt-1a2b3c4d")), undefined, "no page: no link");
  });
});

describe("ARN problems (arn-malformed)", () => {
  const problems: [string, string[]][] = [
    ["arn:aws:ec2", ["incomplete"]],
    ["arn:aws:ec2:us-east-1:123456789012", ["incomplete"]],
    ["arn:aws-jp:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0", ["unknown-partition"]],
    ["arn:aws:ecc2:us-east-1:123456789012:instance/i-0123456789abcdef0", ["unknown-service"]],
    ["arn:aws:ec2:ap-northest-1:123456789012:instance/i-0123456789abcdef0", ["unknown-region"]],
    ["arn:aws:ec2:cn-north-1:123456789012:instance/i-0123456789abcdef0", ["region-partition-mismatch"]],
    ["arn:aws:iam:us-east-1:123456789012:role/app", ["region-not-used"]],
    ["arn:aws:ec2:us-east-1:1234-5678-9012:instance/i-0123456789abcdef0", ["bad-account"]],
    ["arn:aws:ec2:us-east-1:12345678901:instance/i-0123456789abcdef0", ["bad-account"]],
    ["arn:aws:ec2:us-east-1:123456789012:", ["resource-missing"]],
    ["arn:aws:s3:::bucket/*", []],
    ["arn:aws:iam::*:role/app", []],
  ];
  for (const [arn, codes] of problems) {
    it(`${arn} -> ${codes.join(", ") || "valid"}`, () => {
      assert.deepEqual(
        validateArn(arn).map((p) => p.code),
        codes,
      );
      for (const p of validateArn(arn)) assert.ok(p.message.ja && p.message.en, "both languages");
    });
  }

  it("a new Region that fits its partition's pattern is a warning, a typo an error", () => {
    assert.equal(validateArn("arn:aws:ec2:ap-northeast-9:123456789012:instance/i-0123456789abcdef0")[0].severity, "warning");
    assert.equal(validateArn("arn:aws:ec2:tokyo:123456789012:instance/i-0123456789abcdef0")[0].severity, "error");
  });

  it("splits into six fields, the resource keeping its colons", () => {
    assert.deepEqual(splitArn("arn:aws:logs:us-east-1:123456789012:log-group:/aws/x:*"), {
      partition: "aws",
      service: "logs",
      region: "us-east-1",
      account: "123456789012",
      resource: "log-group:/aws/x:*",
    });
  });

  it("never throws, and stays fast on adversarial input", () => {
    for (const s of ["", "arn:", "arn::::::", "arn:aws:s3:::" + "/".repeat(3000), "arn:aws:ec2:us-east-1:123456789012:" + "a/".repeat(1000)]) classifyArn(s);
    const t = Date.now();
    classifyArn("arn:aws:states:us-east-1:123456789012:" + ":x".repeat(1000));
    assert.ok(Date.now() - t < 2000, `took ${Date.now() - t} ms`);
  });
});

describe("the public IAM dataset's ARN formats, instantiated", () => {
  interface Sample {
    arn: string;
    key: string;
    service: string;
  }
  const samples: Sample[] = [];

  /** The check's instantiation: partition, Region and account fixed, every other variable x1abc, x2abc, ... */
  function instantiate(format: string): string {
    let i = 0;
    return format
      .replace(/\$\{Partition\}/g, "aws")
      .replace(/\$\{Region\}/g, "us-east-1")
      .replace(/\$\{Account\}/g, "123456789012")
      .replace(/\$\{[^}]+\}/g, () => `x${++i}abc`);
  }

  before(function () {
    if (!fs.existsSync(IAM_DATA)) this.skip();
    for (const file of fs.readdirSync(IAM_DATA)) {
      const types = JSON.parse(fs.readFileSync(path.join(IAM_DATA, file), "utf8")) as Record<string, { arn: string }>;
      for (const [key, t] of Object.entries(types)) {
        const arn = instantiate(t.arn);
        if (/[*${}]/.test(arn)) continue;
        samples.push({ arn, key, service: arn.split(":")[2] });
      }
    }
  });

  it("classifies >= 99.9% to the right service and resource type (most specific format wins)", () => {
    assert.ok(samples.length > 2000, `${samples.length} samples`);
    const wrong: string[] = [];
    for (const s of samples) {
      const got = classifyArn(s.arn);
      // Right: the sample's own key, or a format that instantiates to the very same ARN. The dataset lists some
      // formats under several keys (wafv2's file repeats other services' ARNs; lambda's function alias and version
      // share one shape): nothing in the ARN tells those apart, so any of them is right.
      const right = got.service === s.service && (got.resourceType === s.key || (got.format !== null && instantiate(got.format) === s.arn));
      if (!right) wrong.push(`${s.arn} -> ${got.service}/${got.resourceType} (want ${s.key})`);
    }
    const share = 1 - wrong.length / samples.length;
    console.log(`      IAM dataset: ${samples.length - wrong.length}/${samples.length} ARN formats classified right (${(share * 100).toFixed(2)}%)`);
    assert.ok(share >= 0.999, `${(share * 100).toFixed(2)}% right; wrong: ${wrong.slice(0, 20).join("; ")}`);
  });

  it("the generated data is what scripts/gen-arn-data.mjs makes from the installed packages", () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts", "gen-arn-data.mjs"), "--check"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });
});

describe("resource ids", () => {
  it("accepts 8 and 17 lowercase hex digits and names the type", () => {
    const i = classifyResourceId("i", "0123456789abcdef0");
    assert.equal(i?.wellFormed, true);
    assert.equal(i?.kind.name.en, "EC2 instance");
    assert.equal(classifyResourceId("sg", "1a2b3c4d")?.wellFormed, true);
  });
  it("flags the wrong length, capitals and non-hex, and leaves names alone", () => {
    assert.equal(classifyResourceId("i", "0123456789abcdef")?.problem, "length");
    assert.equal(classifyResourceId("vol", "0A1B2C3D4E5F60718")?.problem, "uppercase");
    assert.equal(classifyResourceId("i", "0123456789abcdeg0")?.problem, "not-hex");
    assert.equal(classifyResourceId("sg", "web01"), undefined);
    assert.equal(classifyResourceId("subnet", "private1"), undefined);
  });
  it("finds tgw-attach ids whole, not as tgw- plus attach", () => {
    const found = [...findResourceIds("see tgw-attach-0123456789abcdef0 now")];
    assert.equal(found.length, 1);
    assert.equal(found[0].kind.prefix, "tgw-attach");
  });
});

describe("finding ARNs in text", () => {
  it("strips sentence punctuation, skips templates and elisions", () => {
    assert.deepEqual(
      [...findArns("Role arn:aws:iam::123456789012:role/app. And arn:aws:iam::<id>:role/x, arn:aws:iam::123456789012:role/...")].map((f) => f.arn),
      ["arn:aws:iam::123456789012:role/app"],
    );
  });
  it("finds the ARN under a hover position", () => {
    const line = "- `arn:aws:s3:::bucket` here";
    assert.equal(arnAt(line, 10)?.arn, "arn:aws:s3:::bucket");
    assert.equal(arnAt(line, 26), undefined);
  });
  it("is linear on long runs", () => {
    const t = Date.now();
    [...findArns("arn:".repeat(250000))];
    [...findArns("xarn:aws:" + "a".repeat(1000000))];
    assert.ok(Date.now() - t < 3000, `took ${Date.now() - t} ms`);
  });
});

describe("front matter aws-profile", () => {
  it("reads it from the front matter only", () => {
    assert.equal(frontMatterProfile("---\ntitle: x\naws-profile: prod-admin\n---\n# T\n"), "prod-admin");
    assert.equal(frontMatterProfile('---\naws-profile: "beta"  # the other account\n---\n'), "beta");
    assert.equal(frontMatterProfile("# T\n\naws-profile: prod\n"), undefined);
    assert.equal(frontMatterProfile("---\ntitle: x\n---\naws-profile: prod\n"), undefined);
  });
});
