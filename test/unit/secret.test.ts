// Issue 5: the `secret` rule. secretlint's recommended rules really run (synchronously, through their public rule
// API), our detectors fill what they lack, redaction changes only the secret characters, messages never echo a
// secret, and adversarial text stays linear.
import * as assert from "node:assert/strict";
import { applyEdits, CaseDocument, fixAll, lint, lintDocument, RULES, type Finding } from "../../src/core";
import { credentialsFile, FAKE, privateKeyBlock } from "../../src/core/secrets/fakes";
import { runSecretlintRule, secretlintRules, TextSource } from "../../src/core/secrets/secretlint";
import type { SecretLintRuleContext } from "@secretlint/types";

const secrets = (text: string, lang: "ja" | "en" = "en"): Finding[] => lint(text, { lang }).filter((f) => f.ruleId === "secret");
const kinds = (text: string) => secrets(text).map((f) => String(f.data?.kind));
const fence = (body: string, lang = "") => "```" + lang + "\n" + body.replace(/\n$/, "") + "\n```\n";
const fill = (seed: string, n: number) => seed.repeat(Math.ceil(n / seed.length)).slice(0, n);

/** A 1Password service-account token: base64 of a JSON object, as the rule decodes and checks it. */
function onePasswordToken(): string {
  let json = JSON.stringify({ email: "svc@example.invalid", muk: { alg: "A256GCM", k: fill("Mq8V", 40) }, secretKey: fill("A3C4", 30) });
  while (json.length % 3 !== 1) json = json.slice(0, -1) + " }";
  return "ops_" + Buffer.from(json).toString("base64");
}

/** One sample per recommended rule, each something the rule exists to catch. */
const SAMPLES: Record<string, string> = {
  "@secretlint/secretlint-rule-aws": credentialsFile(FAKE.keyId, FAKE.secretKey2),
  "@secretlint/secretlint-rule-privatekey": privateKeyBlock(),
  "@secretlint/secretlint-rule-npm": `token ${FAKE.npmToken}\n`,
  "@secretlint/secretlint-rule-basicauth": "url: https://deploy:Zq7Tp9Lm42x@git.example.com/repo.git\n",
  "@secretlint/secretlint-rule-slack": `SLACK_BOT_TOKEN=${FAKE.slackToken}\n`,
  "@secretlint/secretlint-rule-sendgrid": `SG.${fill("Ab3dEf6hIj", 22)}.${fill("Kl9nOp2rSt", 43)}\n`,
  "@secretlint/secretlint-rule-shopify": `shpat_${fill("r8TRc9ZX", 32)}\n`,
  "@secretlint/secretlint-rule-github": `GITHUB_TOKEN=${FAKE.githubToken}\n`,
  "@secretlint/secretlint-rule-openai": `sk-${fill("Ab1Cd2Ef3G", 20)}T3BlbkFJ${fill("Hi4Jk5Lm6N", 20)}\n`,
  "@secretlint/secretlint-rule-linear": `lin_api_${fill("Qw3Er5Ty7U", 40)}\n`,
  "@secretlint/secretlint-rule-1password": `OP_SERVICE_ACCOUNT_TOKEN=${onePasswordToken()}\n`,
};

describe("secret: secretlint's recommended rules through their public rule API", () => {
  it("runs every rule of the preset except the two that do not fit a draft", () => {
    const ids = secretlintRules().map((r) => r.meta.id);
    assert.ok(ids.length >= 11, ids.join(", "));
    assert.ok(!ids.includes("@secretlint/secretlint-rule-gcp"));
    assert.ok(!ids.includes("@secretlint/secretlint-rule-filter-comments"));
  });

  for (const rule of secretlintRules()) {
    it(`${rule.meta.id} reports synchronously, before its handler returns`, () => {
      const sample = SAMPLES[rule.meta.id];
      assert.ok(sample, `add a sample for ${rule.meta.id} (a new rule of the preset) to SAMPLES`);
      const reported: unknown[] = [];
      const context: SecretLintRuleContext = {
        sharedOptions: {},
        createTranslator: () => ((id: string, data: unknown) => ({ message: id, messageId: id, data })) as never,
        report: (d) => reported.push(d),
        ignore: () => undefined,
      };
      const returned: unknown = rule.create(context, rule.meta.id.endsWith("-aws") ? { enableIDScanRule: true } : {}).file?.(new TextSource(sample));
      assert.ok(returned === undefined || typeof (returned as PromiseLike<unknown>).then !== "function", "the handler is synchronous");
      assert.ok(reported.length > 0, "it reported during the call");
      const hits = runSecretlintRule(rule, sample);
      assert.ok(hits.length > 0);
      for (const h of hits) assert.ok(h.end > h.start && sample.slice(h.start, h.end).trim() !== "", `${h.messageId} has a range`);
    });
  }

  it("the AWS rule's secret key range is the key itself (the rule reports the label's start)", () => {
    const aws = secretlintRules().find((r) => r.meta.id.endsWith("-aws"));
    assert.ok(aws);
    const text = credentialsFile(FAKE.keyId, FAKE.secretKey2);
    const hit = runSecretlintRule(aws, text).find((h) => h.messageId === "AWSSecretAccessKey");
    assert.ok(hit);
    assert.equal(text.slice(hit.start, hit.end), FAKE.secretKey2);
  });
});

describe("secret: a draft with a pasted credentials file", () => {
  const draft = [
    "# Lambda から S3 への PutObject が 403 になる",
    "",
    "## How(症状)",
    "",
    "~/.aws/credentials をそのまま貼ります。",
    "",
    fence(credentialsFile(), "ini"),
    "鍵:",
    "",
    fence(privateKeyBlock()),
    "STS の出力:",
    "",
    fence(
      JSON.stringify({ Credentials: { AccessKeyId: FAKE.tempKeyId, SecretAccessKey: FAKE.secretKey2, SessionToken: FAKE.sessionToken } }, null, 2),
      "json",
    ),
  ].join("\n");

  it("reports the key id, the secret key, the private key and the session credentials inside code blocks", () => {
    assert.deepEqual(kinds(draft), [
      "aws-access-key-id",
      "aws-secret-access-key",
      "private-key",
      "aws-access-key-id",
      "aws-secret-access-key",
      "aws-session-token",
    ]);
    const found = secrets(draft);
    assert.ok(found.every((f) => f.severity === "error"));
    assert.equal(draft.slice(found[0].start, found[0].end), FAKE.keyId);
    assert.equal(draft.slice(found[1].start, found[1].end), FAKE.secretKey);
    assert.ok(draft.slice(found[2].start, found[2].end).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
  });

  it("redaction changes nothing but the secret characters, and leaves no secret", () => {
    const fixed = fixAll(draft, secrets(draft)).text;
    const expected = draft
      .replace(FAKE.keyId, "AKIA<redacted>")
      .replace(FAKE.secretKey, "<redacted>")
      .replace(FAKE.privateKeyBody, "<redacted>")
      .replace(FAKE.tempKeyId, "ASIA<redacted>")
      .replace(FAKE.secretKey2, "<redacted>")
      .replace(FAKE.sessionToken, "<redacted>");
    assert.equal(fixed, expected);
    assert.deepEqual(secrets(fixed), []);
  });

  it("each quick fix alone redacts its own secret only", () => {
    for (const f of secrets(draft)) {
      const fix = f.fixes?.[0];
      assert.ok(fix?.preferred, "the redaction is the preferred fix (fix-all applies it)");
      const once = applyEdits(draft, fix.edits);
      const changedFrom = fix.edits[0].start;
      assert.equal(once.slice(0, changedFrom), draft.slice(0, changedFrom));
      assert.equal(once.slice(changedFrom + fix.edits[0].text.length), draft.slice(fix.edits[0].end));
    }
  });

  it("messages and fix titles never echo a secret, in either language", () => {
    const values = [FAKE.keyId, FAKE.secretKey, FAKE.secretKey2, FAKE.sessionToken, FAKE.privateKeyBody, FAKE.tempKeyId];
    for (const lang of ["ja", "en"] as const) {
      for (const f of secrets(draft, lang)) {
        const shown = [f.message, ...(f.fixes ?? []).map((x) => x.title)].join("\n");
        for (const v of values) {
          for (let i = 0; i + 8 <= v.length; i += 4) assert.ok(!shown.includes(v.slice(i, i + 8)), `${lang}: message shows part of a secret: ${shown}`);
        }
      }
    }
  });
});

describe("secret: what secretlint lacks, in the forms a case carries", () => {
  const cases: [string, string, string[]][] = [
    ["a secret key ending in / (secretlint's pattern needs a word boundary)", fence(credentialsFile()), ["aws-access-key-id", "aws-secret-access-key"]],
    ["env exports with a session token", fence(`export AWS_ACCESS_KEY_ID=${FAKE.tempKeyId}\nexport AWS_SECRET_ACCESS_KEY=${FAKE.secretKey2}\nexport AWS_SESSION_TOKEN=${FAKE.sessionToken}`), ["aws-access-key-id", "aws-secret-access-key", "aws-session-token"]],
    ["a credentials CSV (no labels)", fence(`Access key ID,Secret access key\n${FAKE.keyId},${FAKE.secretKey2}`), ["aws-access-key-id", "aws-secret-access-key"]],
    ["an STS XML response", fence(`<AccessKeyId>${FAKE.tempKeyId}</AccessKeyId>\n<SecretAccessKey>${FAKE.secretKey2}</SecretAccessKey>`), ["aws-access-key-id", "aws-secret-access-key"]],
    ["a session token by its prefix alone", `The token was ${FAKE.sessionToken} when it failed.\n`, ["aws-session-token"]],
    ["a .NET connection string", fence(`Server=db01;Database=orders;User Id=app;Password=${FAKE.password};`), ["password"]],
    ["a JDBC URL query", fence(`jdbc:mysql://db01:3306/orders?user=app&password=${FAKE.password}&useSSL=true`), ["password"]],
    ["a YAML config", fence(`database:\n  username: app\n  password: "${FAKE.password}"`, "yaml"), ["password"]],
    ["a CLI flag", fence(`mysql --user=app --password ${FAKE.password} -h db01`), ["password"]],
    ["a config value of one character class, in code", fence("DB_PASSWORD=12345678"), ["password"]],
    ["a postgres URL", `Connecting to postgres://app:${FAKE.password}@db01.internal:5432/orders fails.\n`, ["url-credentials"]],
    ["a mongodb+srv URL", fence(`MONGO_URL=mongodb+srv://svc:${FAKE.password}@cluster0.example.net/app`), ["url-credentials"]],
    ["a redis URL with only a password", fence(`redis://:${FAKE.password}@cache01:6379/0`), ["url-credentials"]],
    ["an Authorization header", fence(`curl -H "Authorization: Bearer ${fill("eyJhbGciOiJIUzI1NiJ9x", 60)}" https://api.example.com/`), ["bearer-token"]],
    ["a presigned URL", `https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Security-Token=${FAKE.sessionToken}&X-Amz-Signature=${fill("9f8e7d6c5b4a", 64)}\n`, ["aws-session-token", "presigned-url-signature"]],
    ["an API key in a .env", fence(`STRIPE_API_KEY=${fill("sk9Lq2Wv7Tz4", 32)}`), ["api-key"]],
    ["an npm _authToken", fence(`//registry.npmjs.org/:_authToken=${fill("a1B2c3D4e5F6", 36)}`), ["api-key"]],
    ["a private key without its END line", fence(`-----BEGIN OPENSSH PRIVATE KEY-----\n${FAKE.privateKeyBody}`), ["private-key"]],
    ["a Japanese password line", `DB のパスワードは ${FAKE.password} です。\n`, ["password"]],
    ["a GitHub token in prose", `The workflow uses ${FAKE.githubToken} to push.\n`, ["github-token"]],
    ["a Slack webhook", `Alerts go to https://hooks.slack.com/services/T0123ABCD/B0456EFGH/${fill("Xy7Zq2Wv", 24)} .\n`, ["slack-webhook"]],
  ];
  for (const [what, body, expected] of cases) {
    it(what, () => assert.deepEqual(kinds(`# T\n\n${body}`), expected));
  }

  it("keeps a token's type prefix and the AKIA/ASIA prefix when redacting", () => {
    const text = `# T\n\nToken ${FAKE.githubToken} and:\n\n${fence(credentialsFile())}`;
    const fixed = fixAll(text, secrets(text)).text;
    assert.match(fixed, /Token ghp_\[redacted\] and/);
    assert.match(fixed, /aws_access_key_id = AKIA<redacted>/);
  });

  it("in prose the marker is [redacted] (Markdown would hide <redacted> as an HTML tag); in code <redacted>", () => {
    const text = `# T\n\nパスワード: ${FAKE.password}\n\n\`password=${FAKE.password}\`\n`;
    const fixed = fixAll(text, secrets(text)).text;
    assert.equal(fixed, "# T\n\nパスワード: [redacted]\n\n`password=<redacted>`\n");
  });
});

describe("secret: precision (no finding)", () => {
  const ok: [string, string][] = [
    ["an access key id alone (support uses it to find calls in CloudTrail)", `CloudTrail shows ${FAKE.keyId} made the call.\n`],
    ["AWS documentation example keys", fence("aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")],
    ["masked values", fence('password: "********"\nDB_PASSWORD=xxxx\napi_key: <your-api-key>\nsecret: [redacted]')],
    ["variables and references", fence("password: ${DB_PASSWORD}\nMasterUserPassword: !Ref DbPassword\npassword = var.db_password\nPassword: '{{resolve:secretsmanager:db:SecretString:password}}'")],
    ["prose about passwords", "パスワードを変更しましたが改善しません。The password policy requires 12 characters. Password: reset yesterday\n"],
    ["a log line with 'password:'", fence('FATAL: invalid password: authentication failed for user "app"\nAccess denied for user \'app\'@\'10.0.0.5\' (using password: YES)')],
    ["pagination and idempotency tokens", fence(`"NextToken": "${fill("AbCd12EfGh34", 80)}",\n"ClientToken": "${fill("a1b2c3d4", 36)}"`)],
    ["a git SHA next to a key id", `${FAKE.keyId} rotated in commit ${fill("3f9a1c7e", 40)}\n`],
    ["a URL without a password", "Clone ssh://git@github.com/org/repo.git or https://user@example.com/x\n"],
    ["a SigV4 Authorization header (no reusable secret)", fence(`Authorization: AWS4-HMAC-SHA256 Credential=${FAKE.keyId}/20250415/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=${fill("ab12", 64)}`)],
    ["an already redacted draft", fence(credentialsFile("AKIA<redacted>", "<redacted>")) + fence(privateKeyBlock("<redacted>"))],
    ["a password kept out by a disable comment", `<!-- casedraft-disable-next-line secret -->\nPassword: ${FAKE.password}\n`],
  ];
  for (const [what, body] of ok) {
    it(what, () => assert.deepEqual(kinds(`# T\n\n${body}`), []));
  }

  it("a key id more than 10 lines from a secret is not paired with it", () => {
    const body = `${FAKE.keyId}\n${"\n".repeat(30)}${fence(`aws_secret_access_key = ${FAKE.secretKey2}`)}`;
    assert.deepEqual(kinds(`# T\n\n${body}`), ["aws-secret-access-key"]);
  });
});

describe("secret: linear on adversarial text", function () {
  this.timeout(60000);
  // A quarter MiB each, against the core's budget of 3 s per MiB (the parse, untimed here, is the slow part).
  const SIZE = 1 << 18;
  const BUDGET_MS = 750;
  const inputs: [string, string][] = [
    ["BEGIN lines without END", "-----BEGIN RSA PRIVATE KEY-----\n".repeat(SIZE / 32)],
    ["labels without values", "password= secret: token: api_key ".repeat(SIZE / 33)],
    ["URL starts", "postgres://a:".repeat(SIZE / 13)],
    ["key ids", `${FAKE.keyId} `.repeat(SIZE / 21)],
    ["key ids with secrets on every line", `${FAKE.keyId},${FAKE.secretKey2}\n`.repeat(SIZE / 62)],
    ["one long line of base64", "A".repeat(SIZE)],
    ["session token prefixes", "IQoJb3JpZ2luX2Vj".repeat(SIZE / 16)],
  ];
  for (const [what, text] of inputs) {
    it(`${what}: a quarter MiB scanned within ${BUDGET_MS} ms`, () => {
      // The document is parsed first: the parse is the document model's cost, this measures the scan.
      const doc = new CaseDocument(`# T\n\n${text}`);
      const t0 = performance.now();
      lintDocument(doc, { rules: onlySecret() });
      const ms = performance.now() - t0;
      assert.ok(ms < BUDGET_MS, `${what}: ${ms.toFixed(0)} ms`);
    });
  }
});

/** Every rule off but `secret`, so the timing is the secret scan's. */
function onlySecret(): Record<string, "off"> {
  return Object.fromEntries(RULES.filter((r) => r.id !== "secret").map((r) => [r.id, "off" as const]));
}
