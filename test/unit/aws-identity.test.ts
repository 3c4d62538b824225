// Identity and AZ lookups through the real AWS SDK (default credential chain, SigV4, Query/XML), against the local
// stand-in that verifies each signature. Faults: hang, slow, throttle, malformed XML, expired token, no
// credentials, missing profile, expired SSO session. Also the allow-list: nothing but its operations is ever sent.
import * as assert from "node:assert/strict";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { AssumeRoleCommand } from "@aws-sdk/client-sts";
import { fromIni } from "@aws-sdk/credential-providers";
import { ALLOWED_OPERATIONS, callAws, guardedStsClientForTest, OperationNotAllowedError, type AllowedOperation } from "../../src/aws/allowList";
import { failureKind } from "../../src/aws/errors";
import { Session } from "../../src/aws/session";
import type { IdentityResult } from "../../src/aws/types";
import { FOREIGN_AWS_ENV, KEYS, startStandIn, writeAwsFiles, type StandIn } from "../aws-standin/server";

const ROOT = path.join(__dirname, "..", "..", "..");

/** Sets environment variables for the duration of a suite and puts the old values back. */
function useEnv(vars: Record<string, string | undefined>): () => void {
  const old: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(vars)) {
    old[k] = process.env[k];
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  return () => {
    for (const [k, v] of Object.entries(old)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}

function account(r: IdentityResult): string {
  assert.ok(r.ok, r.ok ? "" : `${r.error.kind}: ${r.error.reason.en}`);
  return r.value.account;
}

function kind(r: { ok: boolean; error?: { kind: string } }): string {
  return r.ok ? "ok" : String(r.error?.kind);
}

describe("AWS identity through the SDK against the stand-in", function () {
  this.timeout(20000);
  let standIn: StandIn;
  let dir: string;
  let restoreEnv: () => void;
  const logLines: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown) => unhandled.push(e);
  const sessions: Session[] = [];
  const session = (timeoutMs = 1500, watchFiles = false) => {
    const s = new Session({ timeoutMs, watchFiles, log: (l) => logLines.push(l) });
    sessions.push(s);
    return s;
  };

  before(async () => {
    process.on("unhandledRejection", onUnhandled);
    standIn = await startStandIn({ slowMs: 600 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-aws-"));
    const cleared = Object.fromEntries(FOREIGN_AWS_ENV.map((k) => [k, undefined]));
    restoreEnv = useEnv({ ...cleared, ...writeAwsFiles(dir, standIn.url), HOME: dir, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
  });

  after(async () => {
    sessions.forEach((s) => s.dispose());
    restoreEnv();
    await standIn.close();
    fs.rmSync(dir, { recursive: true, force: true });
    process.off("unhandledRejection", onUnhandled);
  });

  it("resolves two profiles to their two accounts, each request's SigV4 signature verified", async () => {
    const s = session();
    assert.equal(account(await s.identity("alpha")), "111111111111");
    const beta = await s.identity("beta");
    assert.equal(account(beta), "222222222222");
    assert.ok(beta.ok && beta.value.arn === "arn:aws:sts::222222222222:assumed-role/Admin/bob");
    assert.ok(beta.ok && beta.value.region === "ap-northeast-1", "Region from the profile");
    assert.ok(standIn.requests.length >= 2);
    assert.ok(standIn.requests.every((r) => r.verified), JSON.stringify(standIn.requests));
  });

  it("the stand-in's signature check can fail: a wrong secret is rejected as invalid credentials", async () => {
    fs.appendFileSync(
      process.env.AWS_SHARED_CREDENTIALS_FILE as string,
      `\n[wrongsecret]\naws_access_key_id = ${KEYS.alpha.accessKeyId}\naws_secret_access_key = not-the-secret-0000000000000000000000000\n`,
    );
    const r = await session().identity("wrongsecret");
    assert.equal(kind(r), "invalid-credentials");
    assert.equal(standIn.requests.at(-1)?.verified, false);
  });

  it("uses AWS_PROFILE when no profile is named", async () => {
    const restore = useEnv({ AWS_PROFILE: "beta" });
    try {
      assert.equal(account(await session().identity(undefined)), "222222222222");
    } finally {
      restore();
    }
  });

  it("caches per profile and keeps one request in flight per profile", async () => {
    const s = session();
    const before = standIn.requests.length;
    const results = await Promise.all([s.identity("alpha"), s.identity("alpha"), s.identity("alpha"), s.identity("beta")]);
    assert.deepEqual(results.map(account), ["111111111111", "111111111111", "111111111111", "222222222222"]);
    assert.equal(standIn.requests.length - before, 2, "one request per profile");
    assert.equal(account(s.cachedIdentity("alpha") as IdentityResult), "111111111111");
    await s.identity("alpha");
    assert.equal(standIn.requests.length - before, 2, "served from the cache");
  });

  it("a hanging endpoint yields a timeout failure within the timeout, and no unhandled rejection", async () => {
    const s = session(800);
    const t = Date.now();
    const r = await s.identity("hang");
    const took = Date.now() - t;
    assert.equal(kind(r), "timeout");
    assert.ok(took < 800 + 500, `took ${took} ms`);
    assert.ok(!r.ok && /0\.8 s/.test(r.error.reason.en), !r.ok ? r.error.reason.en : "");
    await new Promise((done) => setTimeout(done, 200));
    assert.deepEqual(unhandled, []);
  });

  it("a slow endpoint answers within a long enough timeout, and times out within a short one", async () => {
    assert.equal(account(await session(3000).identity("slow")), "444444444444");
    assert.equal(kind(await session(300).identity("slow")), "timeout");
  });

  const faults: [string, string, RegExp][] = [
    ["throttle", "throttled", /throttled/],
    ["malformed", "malformed-response", /could not be read/],
    ["expired", "expired-token", /expired/],
    ["nocreds", "no-credentials", /No AWS credentials/],
    ["no-such-profile", "profile-not-found", /not in the AWS config/],
  ];
  for (const [profile, want, reason] of faults) {
    it(`profile ${profile}: ${want}, with a reason and a fix in both languages`, async () => {
      const r = await session().identity(profile);
      assert.equal(kind(r), want);
      assert.ok(!r.ok);
      assert.match(r.error.reason.en, reason);
      assert.ok(r.error.reason.ja && r.error.fix.ja && r.error.fix.en);
    });
  }

  it("an expired SSO session says to run aws sso login --profile NAME", async () => {
    const startUrl = "https://example.invalid/start";
    fs.appendFileSync(
      process.env.AWS_CONFIG_FILE as string,
      `\n[profile ssoold]\nsso_start_url = ${startUrl}\nsso_region = us-east-1\nsso_account_id = 111111111111\nsso_role_name = Admin\nregion = ap-northeast-1\n`,
    );
    const cache = path.join(dir, ".aws", "sso", "cache");
    fs.mkdirSync(cache, { recursive: true });
    const file = path.join(cache, createHash("sha1").update(startUrl).digest("hex") + ".json");
    fs.writeFileSync(file, JSON.stringify({ accessToken: "expired-test-token-not-real", expiresAt: "2020-01-01T00:00:00Z", region: "us-east-1", startUrl }));
    const r = await session().identity("ssoold");
    assert.equal(kind(r), "sso-expired");
    assert.ok(!r.ok && r.error.fix.en.includes("aws sso login --profile ssoold"), !r.ok ? r.error.fix.en : "");
    assert.ok(!r.ok && r.error.fix.ja.includes("aws sso login --profile ssoold"));
  });

  it("AZ IDs per account and Region: the same AZ name is another zone in the other account", async () => {
    const s = session();
    const alpha = await s.azIds("alpha", "ap-northeast-1");
    const beta = await s.azIds("beta", "ap-northeast-1");
    assert.ok(alpha.ok && beta.ok);
    assert.equal(alpha.value.ids["ap-northeast-1a"], "apne1-az4");
    assert.equal(beta.value.ids["ap-northeast-1a"], "apne1-az1");
    const before = standIn.requests.length;
    assert.ok(s.cachedAzIds("alpha", "ap-northeast-1")?.ok);
    await s.azIds("alpha", "ap-northeast-1");
    assert.equal(standIn.requests.length, before, "cached per account and Region");
    assert.equal(kind(await s.azIds("throttle", "ap-northeast-1")), "throttled", "the identity's failure comes first");
  });

  it("drops the cache when the credentials file changes (the profile now holds the other account's keys)", async () => {
    const s = session(1500, true);
    const invalidated = new Promise<void>((resolve) => s.onDidInvalidate(resolve));
    assert.equal(account(await s.identity("alpha")), "111111111111");
    const file = process.env.AWS_SHARED_CREDENTIALS_FILE as string;
    const original = fs.readFileSync(file, "utf8");
    try {
      const swapped = original.replace(`[alpha]\naws_access_key_id = ${KEYS.alpha.accessKeyId}\naws_secret_access_key = ${KEYS.alpha.secretAccessKey}`, `[alpha]\naws_access_key_id = ${KEYS.beta.accessKeyId}\naws_secret_access_key = ${KEYS.beta.secretAccessKey}\naws_session_token = ${KEYS.beta.sessionToken}`);
      assert.notEqual(swapped, original);
      fs.writeFileSync(file, swapped);
      await invalidated;
      assert.equal(s.cachedIdentity("alpha"), undefined);
      assert.equal(account(await s.identity("alpha")), "222222222222");
    } finally {
      fs.writeFileSync(file, original);
    }
  });

  it("lists the profiles found by the SDK's shared-config loader", async () => {
    const names = (await session().listProfiles()).map((p) => p.name);
    for (const p of ["alpha", "beta", "nocreds"]) assert.ok(names.includes(p), p);
  });

  it("never logs a secret or a session token", () => {
    const text = logLines.join("\n");
    assert.ok(logLines.length > 0);
    for (const k of Object.values(KEYS)) {
      assert.ok(!text.includes(k.secretAccessKey), "secret key logged");
      if (k.sessionToken) assert.ok(!text.includes(k.sessionToken), "session token logged");
    }
  });
});

describe("the read-only allow-list", function () {
  this.timeout(20000);
  let standIn: StandIn;
  let dir: string;
  let restoreEnv: () => void;

  before(async () => {
    standIn = await startStandIn();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-allow-"));
    const cleared = Object.fromEntries(FOREIGN_AWS_ENV.map((k) => [k, undefined]));
    restoreEnv = useEnv({ ...cleared, ...writeAwsFiles(dir, standIn.url), AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" });
  });
  after(async () => {
    restoreEnv();
    await standIn.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("holds exactly sts:GetCallerIdentity and ec2:DescribeAvailabilityZones", () => {
    assert.deepEqual([...ALLOWED_OPERATIONS], ["sts:GetCallerIdentity", "ec2:DescribeAvailabilityZones"]);
    assert.ok(Object.isFrozen(ALLOWED_OPERATIONS));
  });

  it("refuses any other operation before anything is sent", async () => {
    const ctx = { credentials: fromIni({ profile: "alpha" }), region: "us-east-1", timeoutMs: 1000, signal: new AbortController().signal };
    await assert.rejects(callAws("sts:AssumeRole" as AllowedOperation, ctx), OperationNotAllowedError);
    const client = guardedStsClientForTest({ credentials: fromIni({ profile: "alpha" }), region: "us-east-1", timeoutMs: 1000 });
    try {
      await assert.rejects(client.send(new AssumeRoleCommand({ RoleArn: "arn:aws:iam::111111111111:role/x", RoleSessionName: "x" })), OperationNotAllowedError);
    } finally {
      client.destroy();
    }
    assert.deepEqual(standIn.requests, [], "the stand-in received nothing");
  });

  it("lets the allowed ones through (the guard is not simply closed)", async () => {
    const out = await callAws("sts:GetCallerIdentity", { credentials: fromIni({ profile: "alpha" }), region: "us-east-1", timeoutMs: 2000, signal: new AbortController().signal });
    assert.equal(out.Account, "111111111111");
    assert.deepEqual(standIn.requests.map((r) => `${r.service}:${r.action}`), ["sts:GetCallerIdentity"]);
  });

  it("is the only module that imports an AWS service client", () => {
    const offenders: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const full = path.join(d, e.name);
        if (e.isDirectory()) walk(full);
        else if (/\.ts$/.test(e.name) && /@aws-sdk\/client-/.test(fs.readFileSync(full, "utf8"))) offenders.push(path.relative(ROOT, full));
      }
    };
    walk(path.join(ROOT, "src"));
    assert.deepEqual(offenders, [path.join("src", "aws", "allowList.ts")]);
  });
});

describe("failure classification", () => {
  const cases: [unknown, string][] = [
    [Object.assign(new Error("x"), { name: "ExpiredToken" }), "expired-token"],
    [Object.assign(new Error("Rate exceeded"), { name: "ThrottlingException" }), "throttled"],
    [Object.assign(new Error("x"), { name: "AccessDenied" }), "access-denied"],
    [Object.assign(new Error("x"), { name: "UnauthorizedOperation" }), "access-denied"],
    [Object.assign(new Error("x"), { name: "InvalidClientTokenId" }), "invalid-credentials"],
    [Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" }), "network"],
    [Object.assign(new Error("Could not load credentials from any providers"), { name: "CredentialsProviderError" }), "no-credentials"],
    [new Error("The SSO session associated with this profile has expired. To refresh this SSO session run aws sso login with the corresponding profile."), "sso-expired"],
    [Object.assign(new Error("x"), { name: "Throttling", $metadata: { httpStatusCode: 400 } }), "throttled"],
    ["weird", "unknown"],
    [undefined, "unknown"],
  ];
  for (const [error, want] of cases) {
    it(`${error instanceof Error ? `${error.name}: ${error.message.slice(0, 40)}` : String(error)} -> ${want}`, () => assert.equal(failureKind(error), want));
  }
});
