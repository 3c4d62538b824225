/** Which documents are case drafts: `*.case.md` plus the globs of `caseDraft.include` (and `.casedraft.json`). */
import * as vscode from "vscode";

export const CASE_DRAFT_SELECTOR: vscode.DocumentFilter[] = [
  { language: "markdown", pattern: "**/*.case.md" },
];

let extraGlobs: string[] = [];

/** Globs from `.casedraft.json` `include`, set by the configuration store. */
export function setConfigIncludes(globs: string[]): void {
  extraGlobs = globs;
}

function includeGlobs(): string[] {
  const fromSettings = vscode.workspace.getConfiguration("caseDraft").get<string[]>("include", []);
  return [...(Array.isArray(fromSettings) ? fromSettings : []), ...extraGlobs].filter((g) => typeof g === "string" && g.trim());
}

export function isCaseDraft(doc: vscode.TextDocument): boolean {
  if (doc.languageId !== "markdown") return false;
  if (/\.case\.md$/i.test(doc.uri.path)) return true;
  for (const glob of includeGlobs()) {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const pattern = folder ? new vscode.RelativePattern(folder, glob) : glob;
    if (vscode.languages.match({ language: "markdown", pattern }, doc) > 0) return true;
  }
  return false;
}
