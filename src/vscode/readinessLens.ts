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
    const left = Math.abs(r.charactersLeft).toLocaleString("en-US");
    const ja = uiLang() === "ja";
    const chars = r.charactersLeft >= 0 ? (ja ? `残り ${left} 文字` : `${left} characters left`) : ja ? `${left} 文字超過` : `${left} characters over`;
    const secrets = ja ? `シークレット ${r.secrets === 0 ? "なし" : `${r.secrets} 件`}` : `secrets: ${r.secrets === 0 ? "none" : r.secrets}`;
    const title = ja
      ? `5W2H ${n}/7 · エラー ${r.counts.error} · 警告 ${r.counts.warning} · ${chars} · ${secrets}`
      : `5W2H ${n}/7 · ${r.counts.error} errors · ${r.counts.warning} warnings · ${chars} · ${secrets}`;
    const range = new vscode.Range(at, at);
    return [
      new vscode.CodeLens(range, { title, command: "workbench.actions.view.problems" }),
      // Without `redact`, the command asks before redacting: the lens is the interactive path.
      new vscode.CodeLens(range, {
        title: ja ? "Support Center 用にコピー" : "Copy for Support Center",
        command: "caseDraft.copyForSupportCenter",
        arguments: [{ uri: document.uri }],
      }),
    ];
  }
}
