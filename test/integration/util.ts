/** Helpers for tests that run inside the real extension host. */
import * as assert from "node:assert/strict";
import * as vscode from "vscode";

export const EXTENSION_ID = "support-case-draft.support-case-draft";

export function workspaceUri(...parts: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the test host opens a workspace folder");
  return vscode.Uri.joinPath(folder.uri, ...parts);
}

/** Polls until `get` returns something `ok` accepts, or fails after `timeoutMs` with the last value. */
export async function waitFor<T>(get: () => T | Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 10000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last = await get();
  while (!ok(last)) {
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}; last value: ${JSON.stringify(last, null, 1)?.slice(0, 2000)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await get();
  }
  return last;
}

export async function activate(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, "extension is installed");
  await ext.activate();
}

let counter = 0;

/** Writes a draft into the workspace under a unique name and opens it in an editor. */
export async function openDraft(text: string, name = `t${Date.now()}-${++counter}.case.md`): Promise<vscode.TextEditor> {
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const doc = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(doc);
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "case-draft");
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}

export function ruleIds(uri: vscode.Uri): string[] {
  return ours(uri).map(ruleOf).sort();
}

/** Waits until the draft's diagnostics satisfy `ok` (they arrive asynchronously, debounced). */
export function diagnosticsUntil(uri: vscode.Uri, ok: (d: vscode.Diagnostic[]) => boolean, what: string): Promise<vscode.Diagnostic[]> {
  return waitFor(() => ours(uri), ok, what);
}

/** Code actions of a kind for a range, polled until one titled `title` (string or pattern) appears. */
export async function codeAction(uri: vscode.Uri, range: vscode.Range, kind: string, title: string | RegExp): Promise<vscode.CodeAction> {
  const matches = (a: vscode.CodeAction) => (typeof title === "string" ? a.title === title : title.test(a.title));
  const actions = await waitFor(
    async () => (await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range, kind)) ?? [],
    (list) => list.some(matches),
    `a ${kind} action "${String(title)}"`,
  );
  const action = actions.find(matches);
  assert.ok(action);
  return action;
}

export async function apply(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.edit, `action "${action.title}" carries its edit`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), `edit of "${action.title}" applied`);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("caseDraft").update(key, value, vscode.ConfigurationTarget.Workspace);
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.closeAllEditors");
}
