// Issue 5 through the built CLI (dist/cli.js): the readiness summary of `casedraft lint`, and `casedraft render`
// refusing secrets, redacting on request, and reporting the exact count of a long draft.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { credentialsFile, FAKE, privateKeyBlock } from "../../src/core/secrets/fakes";

const ROOT = path.join(__dirname, "..", "..", "..");
const CLI = path.join(ROOT, "dist", "cli.js");

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8" } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SECRET_DRAFT = [
  "# Lambda から S3 への PutObject が 403 になる",
  "",
  "## How(症状)",
  "",
  "```ini",
  credentialsFile().trimEnd(),
  "```",
  "",
  "```",
  privateKeyBlock(),
  "```",
  "",
].join("\n");

describe("casedraft: readiness and render (issue 5)", function () {
  this.timeout(20000);
  let dir: string;
  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return name;
  };
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-ready-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lint text mode prints the readiness summary per file: sections, findings, characters left, secrets", () => {
    const secretFile = write("secret.case.md", SECRET_DRAFT);
    const clean = write("clean.case.md", "# T\n\nshort\n");
    const r = run(["lint", "--lang", "en", secretFile, clean], dir);
    assert.equal(r.status, 1);
    const lines = r.stdout.trimEnd().split("\n");
    const secretSummary = lines.find((l) => l.startsWith("secret.case.md: 5W2H"));
    assert.ok(secretSummary, r.stdout);
    assert.match(secretSummary, /5W2H 1\/7, 3 error\(s\)/);
    assert.match(secretSummary, /characters left \(\d[\d,]* \/ 8,000\)/);
    assert.match(secretSummary, /secrets: 3 \(redact before sending\)/);
    assert.match(lines[lines.length - 1], /^clean\.case\.md: 5W2H 0\/7, .*7,988 characters left \(12 \/ 8,000\), secrets: none$/);
    const ja = run(["lint", "--lang", "ja", clean], dir);
    assert.match(ja.stdout, /clean\.case\.md: 5W2H 0\/7、.*残り 7,988 文字\(12 \/ 8,000\)、シークレット: なし/);
  });

  it("lint never prints a secret", () => {
    const r = run(["lint", "--lang", "ja", write("s2.case.md", SECRET_DRAFT)], dir);
    for (const v of [FAKE.secretKey, FAKE.privateKeyBody.slice(0, 30), FAKE.keyId]) assert.ok(!r.stdout.includes(v), v);
  });

  it("render refuses while a secret stands: exit 1, nothing on stdout, the secrets' places on stderr", () => {
    const file = write("r1.case.md", SECRET_DRAFT);
    const r = run(["render", "--lang", "en", file], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, "");
    assert.match(r.stderr, /r1\.case\.md:7:21 .*\[secret\]/);
    assert.match(r.stderr, /not rendered: it holds 3 secret\(s\)/);
    assert.ok(!r.stderr.includes(FAKE.secretKey));
  });

  it("render --redact prints the text with every secret redacted, and leaves the file alone", () => {
    const file = write("r2.case.md", SECRET_DRAFT);
    const r = run(["render", "--redact", file], dir);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(r.stdout.includes("    aws_access_key_id = AKIA<redacted>\n    aws_secret_access_key = <redacted>\n"), r.stdout);
    assert.ok(r.stdout.includes("    -----BEGIN RSA PRIVATE KEY-----\n    <redacted>\n    -----END RSA PRIVATE KEY-----"));
    for (const v of [FAKE.secretKey, FAKE.keyId]) assert.ok(!r.stdout.includes(v));
    assert.equal(fs.readFileSync(path.join(dir, file), "utf8"), SECRET_DRAFT);
  });

  it("lint --fix redacts the secrets in the file, and render then succeeds", () => {
    const file = write("r3.case.md", SECRET_DRAFT);
    run(["lint", "--fix", file], dir);
    const fixed = fs.readFileSync(path.join(dir, file), "utf8");
    assert.ok(fixed.includes("aws_secret_access_key = <redacted>"));
    assert.equal(run(["render", file], dir).status, 0);
  });

  it("render of a long draft prints it and reports its exact count (exit 1)", () => {
    // "# T" renders as 5 characters; each 100-character paragraph adds 102 with its blank line: 5 + 80 × 102.
    const text = "# T\n\n" + Array.from({ length: 80 }, () => "a".repeat(100)).join("\n\n") + "\n";
    const r = run(["render", "--lang", "en", write("long.case.md", text)], dir);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /the text is 8165 characters, 165 over the limit of 8000/);
    assert.equal(r.stdout.trimEnd().length, 8165);
  });

  it("render of a clean draft: exit 0, the plain text only", () => {
    const r = run(["render", write("ok.case.md", "---\nseverity: low\n---\n\n# Title\n\n- **one**\n- `two`\n")], dir);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, "Title\n=====\n\n- one\n- two\n");
    assert.equal(r.stderr, "");
  });
});
