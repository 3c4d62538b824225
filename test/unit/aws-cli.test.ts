// `casedraft arn` and the AWS side of `casedraft lint`, as a user runs them: the built dist/cli.js in a child
// process, with the real SDK pointed at the local stand-in through the standard AWS environment variables.
import * as assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FOREIGN_AWS_ENV, startStandIn, writeAwsFiles, type StandIn } from "../aws-standin/server";

const ROOT = path.join(__dirname, "..", "..", "..");
const CLI = path.join(ROOT, "dist", "cli.js");

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
}

interface ArnOut {
  arn: string;
  valid: boolean;
  partition: string | null;
  service: string | null;
  serviceName: string | null;
  region: string | null;
  regionName: string | null;
  account: string | null;
  resourceType: string | null;
  resourceId: string | null;
  identity?: { account: string; arn: string; profile: string };
  sameAccount?: boolean | null;
  identityError?: { kind: string; reason: string; fix: string };
}

/** Asynchronous, so the stand-in in this process can answer while the CLI runs. */
function run(args: string[], env: NodeJS.ProcessEnv, node: string[] = []): Promise<Run> {
  const t = Date.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [...node, CLI, ...args], { env, encoding: "utf8", timeout: 30000 }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === "number" ? error.code : 99) : 0;
      resolve({ status, stdout, stderr, ms: Date.now() - t });
    });
  });
}

describe("casedraft arn and lint with AWS (stand-in)", function () {
  this.timeout(30000);
  const EC2_111 = "arn:aws:ec2:ap-northeast-1:111111111111:instance/i-0123456789abcdef0";
  let standIn: StandIn;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  before(async () => {
    assert.ok(fs.existsSync(path.join(ROOT, "dist", "aws.js")), "run npm run build first");
    standIn = await startStandIn();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-aws-cli-"));
    env = { ...process.env, LANG: "C.UTF-8", ...writeAwsFiles(dir, standIn.url) };
    for (const k of FOREIGN_AWS_ENV) delete env[k];
  });
  after(async () => {
    await standIn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("arn --json: one object per ARN with the SPEC's fields", async () => {
    const r = await run(["arn", "--json", EC2_111, "arn:aws:s3:::my-bucket"], env);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ArnOut[];
    assert.equal(out.length, 2);
    assert.deepEqual(
      { ...out[0] },
      {
        ...out[0],
        arn: EC2_111,
        valid: true,
        partition: "aws",
        service: "ec2",
        serviceName: "Amazon EC2",
        region: "ap-northeast-1",
        regionName: "Asia Pacific (Tokyo)",
        account: "111111111111",
        resourceType: "instance",
        resourceId: "i-0123456789abcdef0",
      },
    );
    assert.equal(out[1].resourceType, "bucket");
    assert.equal(out[0].identity, undefined, "no AWS call without --aws");
    assert.deepEqual(standIn.requests, []);
  });

  it("arn: exit 1 for an invalid ARN (with its problems), 2 without ARNs, text output by default", async () => {
    const bad = await run(["arn", "--json", "arn:aws:ec2:ap-northest-1:1234:instance/i-1"], env);
    assert.equal(bad.status, 1);
    const [info] = JSON.parse(bad.stdout) as (ArnOut & { problems: { code: string }[] })[];
    assert.deepEqual(info.problems.map((p) => p.code), ["unknown-region", "bad-account"]);
    assert.equal((await run(["arn"], env)).status, 2);
    const text = await run(["arn", "--lang", "en", EC2_111], env);
    assert.match(text.stdout, /Amazon EC2/);
    assert.match(text.stdout, /Asia Pacific \(Tokyo\)/);
  });

  it("arn --json --aws: identity and sameAccount follow the profile (AWS_PROFILE, --profile)", async () => {
    const alpha = JSON.parse((await run(["arn", "--json", "--aws", EC2_111, "arn:aws:s3:::my-bucket"], { ...env, AWS_PROFILE: "alpha" })).stdout) as ArnOut[];
    assert.deepEqual(alpha[0].identity, { account: "111111111111", arn: "arn:aws:iam::111111111111:user/alice", profile: "alpha" });
    assert.equal(alpha[0].sameAccount, true);
    assert.equal(alpha[1].sameAccount, null, "an S3 bucket ARN has no account");
    const beta = JSON.parse((await run(["arn", "--json", "--aws", "--profile", "beta", EC2_111], { ...env, AWS_PROFILE: "alpha" })).stdout) as ArnOut[];
    assert.equal(beta[0].identity?.account, "222222222222");
    assert.equal(beta[0].sameAccount, false);
  });

  it("arn --json --aws on a hanging endpoint: identityError within the 3 s timeout", async () => {
    const r = await run(["arn", "--json", "--aws", EC2_111], { ...env, AWS_PROFILE: "hang" });
    const [info] = JSON.parse(r.stdout) as ArnOut[];
    assert.equal(info.identityError?.kind, "timeout");
    assert.match(String(info.identityError?.reason), /3 s/);
    assert.equal(info.sameAccount, undefined);
    assert.ok(r.ms < 3000 + 2500, `took ${r.ms} ms`);
  });

  it("arn --json --aws without credentials: identityError with the reason and the fix", async () => {
    const r = await run(["arn", "--json", "--aws", "--lang", "ja", EC2_111], { ...env, AWS_PROFILE: "nocreds" });
    const [info] = JSON.parse(r.stdout) as ArnOut[];
    assert.equal(info.identityError?.kind, "no-credentials");
    assert.match(String(info.identityError?.fix), /aws configure --profile nocreds/);
    assert.ok(!r.stderr.includes("NodeVersionSupportWarning"), r.stderr);
  });

  describe("lint", () => {
    const draft = (frontMatter: string) => `${frontMatter}# EC2 instance stopped\n\n## Where\n\n- ${EC2_111.replace("111111111111", "222222222222")}\n- AZ: ap-northeast-1a\n`;
    const write = (name: string, text: string) => {
      const f = path.join(dir, name);
      fs.writeFileSync(f, text);
      return f;
    };
    const ruleIds = (r: Run) => (JSON.parse(r.stdout) as { ruleId: string }[]).map((f) => f.ruleId);

    it("reports arn-other-account for an ARN outside the current account; --no-aws asks nothing", async () => {
      const f = write("other.case.md", draft(""));
      const before = standIn.requests.length;
      const offline = await run(["lint", "--format", "json", "--no-aws", f], { ...env, AWS_PROFILE: "alpha" });
      assert.ok(!ruleIds(offline).includes("arn-other-account"));
      assert.equal(standIn.requests.length, before, "--no-aws makes no call");
      const online = await run(["lint", "--format", "json", f], { ...env, AWS_PROFILE: "alpha" });
      assert.ok(ruleIds(online).includes("arn-other-account"), online.stdout);
    });

    it("follows aws-profile: in the draft's front matter", async () => {
      const f = write("beta.case.md", draft("---\naws-profile: beta\n---\n"));
      const r = await run(["lint", "--format", "json", f], { ...env, AWS_PROFILE: "alpha" });
      assert.ok(!ruleIds(r).includes("arn-other-account"), "the ARN is in beta's account");
    });

    it("lint --fix replaces an AZ name with this account's AZ ID", async () => {
      const f = write("az.case.md", draft("---\naws-profile: alpha\n---\n"));
      await run(["lint", "--fix", f], { ...env, AWS_PROFILE: "alpha" });
      assert.match(fs.readFileSync(f, "utf8"), /- AZ: apne1-az4\n/);
    });

    it("says once why the account could not be checked, and still lints", async () => {
      const a = write("n1.case.md", draft(""));
      const b = write("n2.case.md", draft(""));
      const r = await run(["lint", "--lang", "en", "--format", "json", a, b], { ...env, AWS_PROFILE: "nocreds" });
      assert.equal((r.stderr.match(/No AWS credentials/g) ?? []).length, 1, r.stderr);
      assert.ok(ruleIds(r).includes("az-name"), "the other rules still ran");
    });

    it("loads the AWS bundle only for drafts that need it", async () => {
      const hook = path.join(dir, "trace-aws.js");
      fs.writeFileSync(hook, `const M=require("module");const l=M._load;M._load=function(r,...a){if(/aws\\.js$/.test(r))process.stderr.write("AWS-BUNDLE-LOADED\\n");return l.call(this,r,...a)};`);
      const plain = write("plain.case.md", "# T\n\n## Where\n\ni-0123456789abcdef0 in us-east-1\n");
      const without = await run(["lint", plain], { ...env, AWS_PROFILE: "alpha" }, ["--require", hook]);
      assert.ok(!without.stderr.includes("AWS-BUNDLE-LOADED"), "no ARN, no AZ name: no SDK");
      const withArn = await run(["lint", write("arn.case.md", draft(""))], { ...env, AWS_PROFILE: "alpha" }, ["--require", hook]);
      assert.ok(withArn.stderr.includes("AWS-BUNDLE-LOADED"), "the hook sees the load (the test can fail)");
    });
  });
});
