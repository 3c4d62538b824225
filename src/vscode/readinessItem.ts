/** The "5W2H n/7" status bar item for the active case draft, with a readiness summary in its tooltip. */
import * as vscode from "vscode";
import { readiness, readinessLines } from "../core";
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
    const n = r.filled.length;
    this.item.text = `${n === 7 ? "$(pass)" : "$(checklist)"} 5W2H ${n}/7`;
    const lines = readinessLines(r, uiLang());
    this.item.tooltip = lines.join("\n");
    // A secret or an over-long text blocks sending: show that even before the tooltip is read.
    if (r.secrets > 0) this.item.text += " $(key)";
    if (r.charactersLeft < 0) this.item.text += " $(warning)";
    this.item.backgroundColor = r.counts.error > 0 ? new vscode.ThemeColor("statusBarItem.errorBackground") : undefined;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
