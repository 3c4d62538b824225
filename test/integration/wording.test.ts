// Issue 3 in a real VS Code: the wording rules' diagnostics on the seed and the English sample, and each of the
// issue's quick fixes applied through vscode.executeCodeActionProvider + workspace.applyEdit, then re-linted.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activate, apply, closeAll, codeAction, diagnosticsUntil, EXTENSION_ID, openDraft, ruleOf, setSetting, waitFor } from "./util";

/** The text of a file shipped with the extension (the examples the README shows). */
async function example(name: string): Promise<string> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, "examples", name)));
}

function diagnostic(diags: vscode.Diagnostic[], rule: string): vscode.Diagnostic {
  const d = diags.find((x) => ruleOf(x) === rule);
  assert.ok(d, `a ${rule} diagnostic among ${diags.map(ruleOf).join(", ")}`);
  return d;
}

const has = (rule: string) => (d: vscode.Diagnostic[]) => d.some((x) => ruleOf(x) === rule);
const lacks = (rule: string) => (d: vscode.Diagnostic[]) => !d.some((x) => ruleOf(x) === rule);

describe("wording rules in the extension host", function () {
  this.timeout(30000);
  before(activate);
  afterEach(async () => {
    await setSetting("language", undefined);
    await setSetting("timeZone", undefined);
    await setSetting("glossary", undefined);
    await closeAll();
  });

  it("the seed inquiry gets relative-time and vague-target, in Japanese, linked to their docs", async () => {
    await setSetting("language", "ja");
    const editor = await openDraft(await example("inquiry.case.md"));
    const uri = editor.document.uri;
    const diags = await diagnosticsUntil(uri, (d) => has("relative-time")(d) && has("vague-target")(d), "wording diagnostics on the seed");
    const relative = diagnostic(diags, "relative-time");
    assert.equal(editor.document.getText(relative.range), "今朝");
    assert.equal(relative.severity, vscode.DiagnosticSeverity.Warning);
    assert.match(relative.message, /^「今朝」ではなく、日時をタイムゾーン付きで書いてください。例: 2025-04-15 09:12 /);
    assert.match((relative.code as { target: vscode.Uri }).target.path, /docs\/rules\/ja\/relative-time\.md$/);
    assert.equal(editor.document.getText(diagnostic(diags, "vague-target").range), "AWS につながりません");
  });

  it("the English sample gets relative-time, vague-frequency, vague-target, vague-quantity, vague-symptom and urgency-word", async () => {
    await setSetting("language", "en");
    const editor = await openDraft(await example("inquiry-en.case.md"));
    const wanted = ["relative-time", "vague-frequency", "vague-target", "vague-quantity", "vague-symptom", "urgency-word"];
    const diags = await diagnosticsUntil(editor.document.uri, (d) => wanted.every((r) => has(r)(d)), "the six wording rules");
    assert.equal(diagnostic(diags, "urgency-word").severity, vscode.DiagnosticSeverity.Information);
    assert.match(diagnostic(diags, "urgency-word").message, /does not raise the priority/);
    assert.equal(editor.document.getText(diagnostic(diags, "vague-quantity").range), "a lot of");
  });

  it("quick fix relative-time: an absolute-time snippet with the zone of caseDraft.timeZone, then re-linted", async () => {
    await setSetting("language", "ja");
    await setSetting("timeZone", "JST");
    const editor = await openDraft(await example("inquiry.case.md"));
    const uri = editor.document.uri;
    const d = diagnostic(await diagnosticsUntil(uri, has("relative-time"), "relative-time"), "relative-time");
    await apply(await codeAction(uri, d.range, "quickfix", "「今朝」を日時とタイムゾーン(JST)に置き換える"));
    await waitFor(() => editor.document.getText(), (t) => t.includes("\nYYYY-MM-DD hh:mm JST から AWS につながりません。"), "the snippet's text in the draft");
    // A snippet edit in the active editor leaves its first tab stop selected, ready to type the date.
    await waitFor(() => editor.document.getText(editor.selection), (s) => s === "YYYY-MM-DD", "the date tab stop selected");
    await diagnosticsUntil(uri, (x) => lacks("relative-time")(x) && has("vague-target")(x), "relative-time gone after re-lint");
  });

  it("quick fix time-no-timezone: appends the zone of caseDraft.timeZone, then re-linted", async () => {
    await setSetting("language", "en");
    await setSetting("timeZone", "UTC-5");
    const editor = await openDraft("# S3 uploads from i-0123456789abcdef0 fail with 403\n\nFirst seen 2025-04-15 10:30.\n");
    const uri = editor.document.uri;
    const d = diagnostic(await diagnosticsUntil(uri, has("time-no-timezone"), "time-no-timezone"), "time-no-timezone");
    await apply(await codeAction(uri, d.range, "quickfix", "Add the time zone UTC-5"));
    assert.match(editor.document.getText(), /2025-04-15 10:30 UTC-5\./);
    await diagnosticsUntil(uri, lacks("time-no-timezone"), "time-no-timezone gone");
  });

  it("quick fix ambiguous-abbreviation: one action per meaning; the chosen one is written and the finding goes", async () => {
    await setSetting("language", "ja");
    const editor = await openDraft("# Windows Server のセッションが切れる\n\nWindows Server 2022 の RDS に接続できません。\n");
    const uri = editor.document.uri;
    const d = diagnostic(await diagnosticsUntil(uri, has("ambiguous-abbreviation"), "ambiguous-abbreviation"), "ambiguous-abbreviation");
    assert.equal(editor.document.getText(d.range), "RDS");
    const amazon = await codeAction(uri, d.range, "quickfix", "「RDS」を「Amazon RDS」に置き換える");
    assert.equal(amazon.isPreferred, false, "no meaning is preferred");
    await apply(await codeAction(uri, d.range, "quickfix", "「RDS」を「Remote Desktop Services」に置き換える"));
    assert.match(editor.document.getText(), /Windows Server 2022 の Remote Desktop Services に接続できません。/);
    await diagnosticsUntil(uri, lacks("ambiguous-abbreviation"), "ambiguous-abbreviation gone");
  });

  it("quick fix ambiguous-date: ISO 8601 when the draft's other dates tell the order (preferred), then re-linted", async () => {
    await setSetting("language", "en");
    const editor = await openDraft("# Lambda timeouts on the orders function\n\nFirst seen 04/05/2025, last seen 15/05/2025.\n");
    const uri = editor.document.uri;
    const d = diagnostic(await diagnosticsUntil(uri, has("ambiguous-date"), "ambiguous-date"), "ambiguous-date");
    const action = await codeAction(uri, d.range, "quickfix", 'Rewrite "04/05/2025" as 2025-05-04 (May 4)');
    assert.equal(action.isPreferred, true);
    await apply(action);
    assert.match(editor.document.getText(), /First seen 2025-05-04, last seen 15\/05\/2025\./);
    await diagnosticsUntil(uri, lacks("ambiguous-date"), "ambiguous-date gone");
  });

  it("quick fix ambiguous-date: both readings when the order is unknown", async () => {
    await setSetting("language", "ja");
    const editor = await openDraft("# バッチが失敗する\n\n2025-04-01 に設定を変更し、4/5 に再発しました。\n");
    const uri = editor.document.uri;
    const d = diagnostic(await diagnosticsUntil(uri, has("ambiguous-date"), "ambiguous-date"), "ambiguous-date");
    await codeAction(uri, d.range, "quickfix", "「4/5」を 2025-05-04(5 月 4 日)に書き換える");
    await apply(await codeAction(uri, d.range, "quickfix", "「4/5」を 2025-04-05(4 月 5 日)に書き換える"));
    assert.match(editor.document.getText(), /、2025-04-05 に再発しました。/);
    await diagnosticsUntil(uri, lacks("ambiguous-date"), "ambiguous-date gone");
  });

  it("caseDraft.glossary: an in-house name is reported once, and its fix adds the meaning", async () => {
    await setSetting("language", "ja");
    await setSetting("glossary", [{ term: "きつね環境", meaning: "本番の注文システム" }]);
    const editor = await openDraft("# 注文 API が 503 を返す\n\nきつね環境で発生しています。きつね環境を再起動しました。\n");
    const uri = editor.document.uri;
    const diags = await diagnosticsUntil(uri, has("high-context"), "high-context");
    assert.equal(diags.filter((x) => ruleOf(x) === "high-context").length, 1);
    await apply(await codeAction(uri, diagnostic(diags, "high-context").range, "quickfix", "「きつね環境」の意味を括弧書きで添える"));
    assert.match(editor.document.getText(), /きつね環境\(本番の注文システム\)で発生/);
    await diagnosticsUntil(uri, lacks("high-context"), "high-context gone");
  });
});
