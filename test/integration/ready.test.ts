// Issue 5 in a real VS Code: secret diagnostics, the redact quick fix and fix-all, copyForSupportCenter refusing
// while secrets stand and copying to the clipboard once they are redacted, body-too-long with the count,
// outage-question and out-of-scope-request, and the readiness summary.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { renderPlainText } from "../../src/core";
import { credentialsFile, FAKE, privateKeyBlock } from "../../src/core/secrets/fakes";
import { activate, apply, closeAll, codeAction, diagnosticsUntil, openDraft, ruleOf, setSetting, waitFor } from "./util";

/** What the copy command returns (see src/vscode/copyForSupportCenter.ts). */
interface CopyResult {
  status: "copied" | "refused" | "not-a-draft";
  secrets: number;
  characters?: number;
}

const SECRET_DRAFT = [
  "# Lambda から S3 への PutObject が 403 になる",
  "",
  "## How(症状)",
  "",
  "~/.aws/credentials:",
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

const secretsOf = (d: vscode.Diagnostic[]) => d.filter((x) => ruleOf(x) === "secret");
const copy = (args: Record<string, unknown>) => vscode.commands.executeCommand<CopyResult>("caseDraft.copyForSupportCenter", args);

describe("ready to send, in the extension host", function () {
  this.timeout(60000);
  before(async () => {
    await activate();
    await setSetting("language", "en");
  });
  afterEach(closeAll);
  after(() => setSetting("language", undefined));

  it("a pasted credentials file and private key get secret errors on the key id, the secret key and the key block", async () => {
    const editor = await openDraft(SECRET_DRAFT);
    const doc = editor.document;
    const diags = secretsOf(await diagnosticsUntil(doc.uri, (d) => secretsOf(d).length === 3, "three secret diagnostics"));
    assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Error));
    const texts = diags.map((d) => doc.getText(d.range));
    assert.equal(texts[0], FAKE.keyId);
    assert.equal(texts[1], FAKE.secretKey);
    assert.ok(texts[2].startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    for (const d of diags) {
      assert.ok(!d.message.includes(FAKE.secretKey.slice(0, 10)) && !d.message.includes(FAKE.keyId), "messages never echo a secret");
      assert.match((d.code as { target: vscode.Uri }).target.path, /docs\/rules\/en\/secret\.md$/);
    }
  });

  it("the redact quick fix replaces only the secret, and the paired key id is then no longer reported", async () => {
    const editor = await openDraft(SECRET_DRAFT);
    const uri = editor.document.uri;
    const diags = secretsOf(await diagnosticsUntil(uri, (d) => secretsOf(d).length === 3, "secret diagnostics"));
    const action = await codeAction(uri, diags[1].range, "quickfix", "Redact an AWS secret access key");
    assert.equal(action.isPreferred, true);
    await apply(action);
    assert.equal(editor.document.getText(), SECRET_DRAFT.replace(FAKE.secretKey, "<redacted>"));
    const after = await diagnosticsUntil(uri, (d) => secretsOf(d).length === 1, "only the private key left");
    assert.match(editor.document.getText(secretsOf(after)[0].range), /^-----BEGIN RSA PRIVATE KEY-----/);
  });

  it("fix-all redacts every secret and leaves the lines readable", async () => {
    const editor = await openDraft(SECRET_DRAFT);
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => secretsOf(d).length === 3, "secret diagnostics");
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await apply(await codeAction(uri, whole, "source.fixAll.caseDraft", /Fix all/));
    const text = editor.document.getText();
    for (const v of [FAKE.keyId, FAKE.secretKey, FAKE.privateKeyBody]) assert.ok(!text.includes(v));
    assert.ok(text.includes("aws_access_key_id = AKIA<redacted>\naws_secret_access_key = <redacted>\nregion = ap-northeast-1"));
    assert.ok(text.includes("-----BEGIN RSA PRIVATE KEY-----\n<redacted>\n-----END RSA PRIVATE KEY-----"));
    await diagnosticsUntil(uri, (d) => secretsOf(d).length === 0, "no secret left");
  });

  it("copyForSupportCenter refuses while secrets stand, then copies the plain text to the clipboard once redacted", async () => {
    const editor = await openDraft(SECRET_DRAFT);
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => secretsOf(d).length === 3, "secret diagnostics");
    const sentinel = `sentinel ${Date.now()}`;
    await vscode.env.clipboard.writeText(sentinel);

    const refused = await copy({ uri, redact: false });
    assert.equal(refused.status, "refused");
    assert.equal(refused.secrets, 3);
    assert.equal(await vscode.env.clipboard.readText(), sentinel, "nothing was copied");
    assert.equal(editor.document.getText(), SECRET_DRAFT, "nothing was changed");

    const copied = await copy({ uri, redact: true });
    assert.equal(copied.status, "copied");
    const text = editor.document.getText();
    assert.ok(text.includes("aws_secret_access_key = <redacted>"), "the draft itself was redacted");
    const clipboard = await waitFor(async () => vscode.env.clipboard.readText(), (t) => t !== sentinel, "the clipboard to change");
    assert.equal(clipboard, renderPlainText(text));
    assert.ok(clipboard.startsWith("Lambda から S3 への PutObject が 403 になる\n"));
    assert.ok(clipboard.includes("    aws_secret_access_key = <redacted>"));
    assert.ok(!clipboard.includes("```") && !clipboard.includes("## "), "no Markdown syntax");
    for (const v of [FAKE.keyId, FAKE.secretKey, FAKE.privateKeyBody]) assert.ok(!clipboard.includes(v));
    assert.equal(copied.characters, [...clipboard.trimEnd()].length);
  });

  it("after redacting with the quick fixes, the command copies without asking", async () => {
    const editor = await openDraft(SECRET_DRAFT);
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => secretsOf(d).length === 3, "secret diagnostics");
    await apply(await codeAction(uri, new vscode.Range(0, 0, editor.document.lineCount, 0), "source.fixAll.caseDraft", /Fix all/));
    await diagnosticsUntil(uri, (d) => secretsOf(d).length === 0, "no secret left");
    await vscode.env.clipboard.writeText("before");
    const result = await copy({ uri });
    assert.equal(result.status, "copied");
    assert.equal(await vscode.env.clipboard.readText(), renderPlainText(editor.document.getText()));
  });

  it("body-too-long reports the exact count of the rendered text", async () => {
    // "# T" renders as 5 characters; each 100-character paragraph adds 102 with its blank line: 5 + 80 × 102.
    const text = "# T\n\n" + Array.from({ length: 80 }, () => "a".repeat(100)).join("\n\n") + "\n";
    const editor = await openDraft(text);
    const diags = await diagnosticsUntil(editor.document.uri, (d) => d.some((x) => ruleOf(x) === "body-too-long"), "body-too-long");
    const d = diags.find((x) => ruleOf(x) === "body-too-long");
    assert.ok(d);
    assert.match(d.message, /8165 characters, 165 over the limit of 8000/);
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
  });

  it("the seed's questions get outage-question and out-of-scope-request; an in-scope request gets neither", async () => {
    await setSetting("language", "ja");
    try {
      const text = "# EC2 に接続できない\n\n弊社のリソースで影響を受けたものはありますか?\n\n今回の障害の根本原因と AWS としての再発防止策を教えてください。\n\n何が原因か調査してください。\n";
      const editor = await openDraft(text);
      const diags = await diagnosticsUntil(
        editor.document.uri,
        (d) => d.some((x) => ruleOf(x) === "outage-question") && d.some((x) => ruleOf(x) === "out-of-scope-request"),
        "scope diagnostics",
      );
      const outage = diags.filter((x) => ruleOf(x) === "outage-question");
      const scope = diags.filter((x) => ruleOf(x) === "out-of-scope-request");
      assert.equal(outage.length, 1);
      assert.equal(scope.length, 1);
      assert.equal(editor.document.getText(outage[0].range), "弊社のリソースで影響を受けたものはありますか?");
      assert.equal(outage[0].range.start.line, 2);
      assert.equal(scope[0].range.start.line, 4);
      assert.match(outage[0].message, /AWS Health Dashboard/);
      assert.match(scope[0].message, /Post-Event Summary/);
      assert.ok(!diags.some((x) => x.range.start.line === 6 && /outage-question|out-of-scope-request/.test(ruleOf(x))));
    } finally {
      await setSetting("language", "en");
    }
  });

  it("the readiness summary (status bar tooltip and CodeLens) counts characters left and secrets; a lens copies", async () => {
    const editor = await openDraft(SECRET_DRAFT);
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => secretsOf(d).length === 3, "secret diagnostics");
    const api = vscode.extensions.getExtension<{ readiness: { item: vscode.StatusBarItem } }>("support-case-draft.support-case-draft")?.exports;
    assert.ok(api);
    const tooltip = await waitFor(() => String(api.readiness.item.tooltip ?? ""), (t) => /Secrets: 3/.test(t), "the status bar tooltip");
    assert.match(tooltip, /Characters: [\d,]+ characters left \([\d,]+ \/ 8,000\)/);
    const lenses = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", uri)) ?? [],
      (l) => l.some((x) => /secrets: 3/.test(x.command?.title ?? "")),
      "a readiness CodeLens with the secrets",
    );
    assert.match(lenses.map((l) => l.command?.title).join("\n"), /characters left/);
    const copyLens = lenses.find((l) => l.command?.command === "caseDraft.copyForSupportCenter");
    assert.equal(copyLens?.command?.title, "Copy for Support Center");
  });
});
