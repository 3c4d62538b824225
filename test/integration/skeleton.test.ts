// Issue 2 in a real VS Code: diagnostics only for case drafts, snippets, quick fixes, fix-all, hover,
// readiness, settings, inline comments, .casedraft.json, the new-draft command.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activate, apply, closeAll, codeAction, diagnosticsUntil, openDraft, ours, ruleIds, ruleOf, setSetting, waitFor, workspaceUri } from "./util";

const SEED = "# 問い合わせ\n\n今朝から AWS につながりません。障害など起きていないでしょうか。\n";
const count = (ids: string[], id: string) => ids.filter((x) => x === id).length;

describe("walking skeleton in the extension host", function () {
  this.timeout(30000);
  before(async () => {
    await activate();
    await setSetting("language", "ja");
  });
  afterEach(async () => {
    await setSetting("rules", undefined);
    await setSetting("include", undefined);
    await closeAll();
  });
  after(async () => setSetting("language", undefined));

  it("the seed inquiry gets title-vague and seven section-missing, in Japanese, linked to rule docs", async () => {
    const editor = await openDraft(SEED);
    const diags = await diagnosticsUntil(editor.document.uri, (d) => d.some((x) => ruleOf(x) === "section-missing"), "seed diagnostics");
    const ids = diags.map(ruleOf);
    assert.equal(count(ids, "title-vague"), 1);
    assert.equal(count(ids, "section-missing"), 7);
    const title = diags.find((d) => ruleOf(d) === "title-vague");
    assert.ok(title);
    assert.match(title.message, /件名「問い合わせ」/);
    assert.equal(title.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(title.range.start.line, 0);
    const code = title.code as { value: string; target: vscode.Uri };
    assert.match(code.target.path, /docs\/rules\/ja\/title-vague\.md$/);
    const page = await vscode.workspace.fs.readFile(code.target);
    assert.match(new TextDecoder().decode(page), /# title-vague/);
  });

  it("a Markdown file that is not a case draft gets nothing", async () => {
    const plain = workspaceUri("notes.md");
    await vscode.workspace.fs.writeFile(plain, new TextEncoder().encode(SEED));
    const plainDoc = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(plain));
    // A case draft opened after it gets its diagnostics: by then the plain file would have had them too.
    const draft = await openDraft(SEED);
    await diagnosticsUntil(draft.document.uri, (d) => d.length > 0, "draft diagnostics");
    assert.deepEqual(ours(plainDoc.document.uri), []);
  });

  it("caseDraft.include makes other Markdown files case drafts", async () => {
    await setSetting("include", ["cases/**/*.md"]);
    const uri = workspaceUri("cases", "inquiry.md");
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(SEED));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "title-vague"), "diagnostics for an included file");
  });

  it("the 5w2h snippet is offered and inserts the whole template", async () => {
    const editor = await openDraft("5w2h");
    const end = new vscode.Position(0, 4);
    const list = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", editor.document.uri, end)) ?? { items: [] },
      (l) => l.items.some((i) => (typeof i.label === "string" ? i.label : i.label.label) === "5w2h"),
      "the 5w2h snippet completion",
    );
    const item = list.items.find((i) => (typeof i.label === "string" ? i.label : i.label.label) === "5w2h");
    assert.ok(item && item.insertText instanceof vscode.SnippetString);
    assert.equal(item.kind, vscode.CompletionItemKind.Snippet);
    await editor.insertSnippet(item.insertText, new vscode.Range(new vscode.Position(0, 0), end));
    const text = editor.document.getText();
    for (const h of ["When(発生日時)", "Where(発生箇所)", "What(事象と再現手順)", "Who(関係する主体)", "Why(問題視している理由)", "How(症状)", "How Much(影響度)"]) {
      assert.ok(text.includes(`## ${h}`), h);
    }
    const diags = await diagnosticsUntil(editor.document.uri, (d) => d.some((x) => ruleOf(x) === "section-empty"), "template diagnostics");
    assert.equal(count(diags.map(ruleOf), "section-missing"), 0);
    assert.equal(count(diags.map(ruleOf), "section-empty"), 7);
  });

  it("quick fix: insert a missing section at its canonical place", async () => {
    const editor = await openDraft("# Lambda から S3 への PutObject が 403 になる\n\n## Where(発生箇所)\n\n- アカウント: 123456789012\n");
    const uri = editor.document.uri;
    const diags = await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "section-missing"), "section-missing");
    const when = diags.find((d) => ruleOf(d) === "section-missing" && d.message.includes("When"));
    assert.ok(when);
    await apply(await codeAction(uri, when.range, "quickfix", "「When(発生日時)」セクションを挿入"));
    const text = editor.document.getText();
    assert.ok(text.indexOf("## When(発生日時)") < text.indexOf("## Where(発生箇所)"), "When goes before Where");
    await diagnosticsUntil(uri, (d) => d.filter((x) => ruleOf(x) === "section-missing").length === 5, "one fewer missing section");
  });

  it("quick fix: add the time zone", async () => {
    await setSetting("timeZone", "JST");
    try {
      const editor = await openDraft("# RDS for MySQL への接続がタイムアウトする\n\n10:30 から接続できない。\n");
      const uri = editor.document.uri;
      const diags = await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "time-no-timezone"), "time-no-timezone");
      const d = diags.find((x) => ruleOf(x) === "time-no-timezone");
      assert.ok(d);
      await apply(await codeAction(uri, d.range, "quickfix", /JST/));
      assert.match(editor.document.getText(), /10:30 JST から/);
      await diagnosticsUntil(uri, (x) => !x.some((y) => ruleOf(y) === "time-no-timezone"), "zone fixed");
    } finally {
      await setSetting("timeZone", undefined);
    }
  });

  it("quick fix: disable a rule for this line", async () => {
    const editor = await openDraft("# S3 へのアップロードが失敗する\n\n- 10:30 から失敗\n- 11:00 に再発\n");
    const uri = editor.document.uri;
    const diags = await diagnosticsUntil(uri, (d) => d.filter((x) => ruleOf(x) === "time-no-timezone").length === 2, "two time findings");
    await apply(await codeAction(uri, diags.filter((x) => ruleOf(x) === "time-no-timezone")[0].range, "quickfix", /この行で time-no-timezone を無効にする/));
    assert.match(editor.document.getText(), /<!-- casedraft-disable-next-line time-no-timezone -->\n- 10:30/);
    await diagnosticsUntil(uri, (d) => d.filter((x) => ruleOf(x) === "time-no-timezone").length === 1, "only the other line left");
  });

  it("quick fix: disable a rule for this file", async () => {
    const editor = await openDraft(SEED);
    const uri = editor.document.uri;
    const diags = await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "title-vague"), "title-vague");
    const d = diags.find((x) => ruleOf(x) === "title-vague");
    assert.ok(d);
    await apply(await codeAction(uri, d.range, "quickfix", /このファイルで title-vague を無効にする/));
    assert.ok(editor.document.getText().startsWith("<!-- casedraft-disable title-vague -->"));
    await diagnosticsUntil(uri, (x) => !x.some((y) => ruleOf(y) === "title-vague") && x.length > 0, "title-vague gone");
  });

  it("quick fix: insert a title (a snippet edit)", async () => {
    const editor = await openDraft("10:30 JST から S3 にアップロードできない。\n");
    const uri = editor.document.uri;
    const diags = await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "title-vague"), "title-vague");
    const d = diags.find((x) => ruleOf(x) === "title-vague");
    assert.ok(d);
    await apply(await codeAction(uri, d.range, "quickfix", "件名の見出しを挿入"));
    await waitFor(() => editor.document.getText(), (t) => /^# .+\n/.test(t), "a title line");
    await diagnosticsUntil(uri, (x) => !x.some((y) => ruleOf(y) === "title-vague"), "title-vague gone");
  });

  it("fix-all (source.fixAll.caseDraft) applies every preferred fix", async () => {
    const editor = await openDraft("# 注文 API の DB 接続がタイムアウトする\n\n10:30 から発生し、11:00 に再発。\n");
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "section-missing"), "findings");
    const whole = new vscode.Range(0, 0, editor.document.lineCount, 0);
    await apply(await codeAction(uri, whole, "source.fixAll.caseDraft", /すべて修正/));
    const text = editor.document.getText();
    assert.match(text, /10:30 [A-Z]/);
    assert.match(text, /11:00 [A-Z]/);
    const order = ["When(発生日時)", "Where(発生箇所)", "What(事象と再現手順)", "Who(関係する主体)", "Why(問題視している理由)", "How(症状)", "How Much(影響度)"].map((h) => text.indexOf(`## ${h}`));
    assert.ok(order.every((i, k) => i > 0 && (k === 0 || i > order[k - 1])), `sections in canonical order: ${order}`);
    const after = await diagnosticsUntil(uri, (d) => !d.some((x) => ruleOf(x) === "section-missing"), "no section-missing");
    assert.ok(!after.some((x) => ruleOf(x) === "time-no-timezone"));
  });

  it("hover on a 5W2H heading explains what belongs there", async () => {
    const editor = await openDraft("# EC2 が停止する\n\n## How Much / 影響度\n\n大きな影響があります。\n");
    await diagnosticsUntil(editor.document.uri, (d) => d.length > 0, "diagnostics");
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, new vscode.Position(2, 5));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.match(text, /How Much\(影響度\)/);
    assert.match(text, /影響ユーザー数/);
    assert.match(text, /数字で書かれていません/, "the section's open finding is listed");
  });

  it("readiness: a CodeLens and the status bar show 5W2H n/7", async () => {
    const editor = await openDraft("# EC2 が停止する\n\n## When\n\n2025-04-15 09:12 UTC, once, resolved.\n");
    await diagnosticsUntil(editor.document.uri, (d) => d.length > 0, "diagnostics");
    const lenses = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", editor.document.uri)) ?? [],
      (l) => l.some((x) => /5W2H 1\/7/.test(x.command?.title ?? "")),
      "a readiness CodeLens",
    );
    assert.match(lenses[0].command?.title ?? "", /警告 \d+/);
    const api = vscode.extensions.getExtension<{ readiness: { text: string } }>("support-case-draft.support-case-draft")?.exports;
    await waitFor(() => api?.readiness.text ?? "", (t) => /5W2H 1\/7/.test(t), "status bar text");
  });

  it("a setting turns a rule off, and back on", async () => {
    const editor = await openDraft(SEED);
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "section-missing"), "section-missing");
    await setSetting("rules", { "section-missing": "off", "title-vague": "error" });
    const d = await diagnosticsUntil(uri, (x) => !x.some((y) => ruleOf(y) === "section-missing"), "section-missing off");
    assert.equal(d.find((x) => ruleOf(x) === "title-vague")?.severity, vscode.DiagnosticSeverity.Error);
    await setSetting("rules", undefined);
    await diagnosticsUntil(uri, (x) => x.some((y) => ruleOf(y) === "section-missing"), "section-missing back");
  });

  it("an inline comment disables a rule", async () => {
    const editor = await openDraft(`<!-- casedraft-disable section-missing -->\n${SEED}`);
    const d = await diagnosticsUntil(editor.document.uri, (x) => x.some((y) => ruleOf(y) === "title-vague"), "title-vague");
    assert.equal(count(d.map(ruleOf), "section-missing"), 0);
  });

  it("messages follow caseDraft.language", async () => {
    const editor = await openDraft(SEED);
    const uri = editor.document.uri;
    await diagnosticsUntil(uri, (d) => d.some((x) => /件名/.test(x.message)), "Japanese messages");
    await setSetting("language", "en");
    try {
      await diagnosticsUntil(uri, (d) => d.some((x) => /The title "問い合わせ"/.test(x.message)), "English messages");
    } finally {
      await setSetting("language", "ja");
    }
  });

  it(".casedraft.json applies, and its problems are shown on it by key", async () => {
    const config = workspaceUri(".casedraft.json");
    await vscode.workspace.fs.writeFile(config, new TextEncoder().encode('{\n  // team rules\n  "rules": { "title-vague": "off", "titel-vague": "off" }\n}\n'));
    try {
      const editor = await openDraft(SEED);
      await diagnosticsUntil(editor.document.uri, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === "title-vague"), "title-vague off by file");
      const problems = await waitFor(() => vscode.languages.getDiagnostics(config), (d) => d.length > 0, "config problems");
      assert.match(problems[0].message, /rules\.titel-vague/);
      assert.equal(problems[0].range.start.line, 2);
    } finally {
      await vscode.workspace.fs.delete(config);
    }
  });

  it("caseDraft.newDraft creates a case draft from the template", async () => {
    const uri = workspaceUri("new-en.case.md");
    await vscode.commands.executeCommand("caseDraft.newDraft", { lang: "en", uri });
    const editor = await waitFor(() => vscode.window.activeTextEditor, (e) => e?.document.uri.toString() === uri.toString(), "the new draft in an editor");
    assert.ok(editor);
    const text = editor.document.getText();
    assert.match(text, /## How Much/);
    assert.match(text, /Hello AWS Support/);
    assert.equal(editor.document.languageId, "markdown");
    await diagnosticsUntil(uri, (d) => d.some((x) => ruleOf(x) === "section-empty"), "template findings");
    assert.equal(count(ruleIds(uri), "section-missing"), 0);
  });
});
