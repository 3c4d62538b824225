/** The "5W2H n/7" status bar item for the active case draft, with a readiness summary in its tooltip. */
import * as vscode from "vscode";
import { readiness, SECTIONS } from "../core";
import { isCaseDraft } from "./documents";
import { uiLang } from "./i18n";
import type { LintService } from "./lintService";

export class ReadinessItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("caseDraft.readiness", vscode.StatusBarAlignment.Left, 100);
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly lint: LintService) {
    this.item.name = "Support Case Draft: 5W2H";
    this.item.command = "workbench.actions.view.problems";
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      lint.onDidLint((d) => {
        if (d === vscode.window.activeTextEditor?.document) this.update();
      }),
    );
    this.update();
  }

  /** The text shown, for tests and commands. */
  get text(): string {
    return this.item.text;
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCaseDraft(document)) {
      this.item.hide();
      return;
    }
    const result = this.lint.resultFor(document);
    if (!result) return;
    const r = readiness(result.doc, result.findings);
    const lang = uiLang();
    const n = r.filled.length;
    this.item.text = `${n === 7 ? "$(pass)" : "$(checklist)"} 5W2H ${n}/7`;
    const missing = r.missing.map((k) => SECTIONS[k].heading[lang]).join(", ");
    const lines =
      lang === "ja"
        ? [
            `5W2H: ${n}/7 セクション記入済み${missing ? `(未記入: ${missing})` : ""}`,
            `指摘: エラー ${r.counts.error}、警告 ${r.counts.warning}、情報 ${r.counts.info}、ヒント ${r.counts.hint}`,
            `文字数: ${r.characters} / 8000(残り ${r.charactersLeft})`,
            `シークレット: ${r.secrets === 0 ? "なし" : `${r.secrets} 件`}`,
          ]
        : [
            `5W2H: ${n}/7 sections filled${missing ? ` (missing: ${missing})` : ""}`,
            `Findings: ${r.counts.error} errors, ${r.counts.warning} warnings, ${r.counts.info} info, ${r.counts.hint} hints`,
            `Characters: ${r.characters} / 8000 (${r.charactersLeft} left)`,
            `Secrets: ${r.secrets === 0 ? "none" : r.secrets}`,
          ];
    this.item.tooltip = lines.join("\n");
    this.item.backgroundColor = r.counts.error > 0 ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
