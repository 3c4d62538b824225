/** A CodeLens above the title: "5W2H 5/7 · 0 errors · 2 warnings · 7,234 characters left". */
import * as vscode from "vscode";
import { readiness } from "../core";
import { isCaseDraft } from "./documents";
import { uiLang } from "./i18n";
import type { LintService } from "./lintService";

export class ReadinessLens implements vscode.CodeLensProvider {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.emitter.event;

  constructor(private readonly lint: LintService) {
    lint.onDidLint(() => this.emitter.fire());
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!isCaseDraft(document) || !vscode.workspace.getConfiguration("caseDraft", document.uri).get<boolean>("codeLens", true)) return [];
    const result = this.lint.resultFor(document);
    if (!result) return [];
    const r = readiness(result.doc, result.findings);
    const at = result.doc.title ? document.positionAt(result.doc.title.start) : new vscode.Position(0, 0);
    const n = r.filled.length;
    const left = r.charactersLeft.toLocaleString("en-US");
    const title =
      uiLang() === "ja"
        ? `5W2H ${n}/7 · エラー ${r.counts.error} · 警告 ${r.counts.warning} · 残り ${left} 文字`
        : `5W2H ${n}/7 · ${r.counts.error} errors · ${r.counts.warning} warnings · ${left} characters left`;
    return [new vscode.CodeLens(new vscode.Range(at, at), { title, command: "workbench.actions.view.problems" })];
  }
}
