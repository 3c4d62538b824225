/** Quick fixes from the core's fix data, "disable for this line / file", and `source.fixAll.caseDraft`. */
import * as vscode from "vscode";
import { disableFileFix, disableLineFix, snippetToText, type Finding, type ResolvedFix } from "../core";
import { editRange, findingRange, ruleIdOf } from "./convert";
import { isCaseDraft } from "./documents";
import { uiLang } from "./i18n";
import type { LintService } from "./lintService";

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("caseDraft");

export class CaseDraftCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly lint: LintService) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (!isCaseDraft(document)) return [];
    const result = this.lint.resultFor(document);
    if (!result) return [];
    const actions: vscode.CodeAction[] = [];
    // Quick fixes unless another kind was asked for; fix-all only when asked for ("source", "source.fixAll", ours).
    const quickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    const fixAll = context.only !== undefined && context.only.contains(FIX_ALL_KIND);

    if (quickFixes) {
      const lang = uiLang();
      for (const diagnostic of context.diagnostics) {
        const ruleId = ruleIdOf(diagnostic);
        if (!ruleId) continue;
        const finding = result.findings.find((f) => f.ruleId === ruleId && findingRange(f).isEqual(diagnostic.range) && f.message === diagnostic.message);
        if (!finding) continue;
        for (const fix of finding.fixes ?? []) actions.push(this.action(document, fix, diagnostic, vscode.CodeActionKind.QuickFix));
        const line = disableLineFix(result.doc, ruleId, finding.line);
        const file = disableFileFix(result.doc, ruleId);
        actions.push(this.action(document, { ...line, title: line.title[lang] }, diagnostic, vscode.CodeActionKind.QuickFix));
        actions.push(this.action(document, { ...file, title: file.title[lang] }, diagnostic, vscode.CodeActionKind.QuickFix));
      }
    }
    if (fixAll) {
      const all = this.fixAll(document, result.findings);
      if (all) actions.push(all);
    }
    return actions;
  }

  private action(document: vscode.TextDocument, fix: ResolvedFix, diagnostic: vscode.Diagnostic, kind: vscode.CodeActionKind): vscode.CodeAction {
    const action = new vscode.CodeAction(fix.title, kind);
    action.diagnostics = [diagnostic];
    action.isPreferred = fix.preferred === true;
    action.edit = new vscode.WorkspaceEdit();
    if (fix.snippet) {
      action.edit.set(document.uri, fix.edits.map((e) => new vscode.SnippetTextEdit(editRange(document, e), new vscode.SnippetString(e.text))));
    } else {
      for (const e of fix.edits) action.edit.replace(document.uri, editRange(document, e), e.text);
    }
    return action;
  }

  /** Every finding's preferred fix whose edits do not overlap one already taken; snippets as their plain text. */
  private fixAll(document: vscode.TextDocument, findings: Finding[]): vscode.CodeAction | undefined {
    const edit = new vscode.WorkspaceEdit();
    const taken: { start: number; end: number }[] = [];
    let count = 0;
    for (const f of findings) {
      const fix = f.fixes?.find((x) => x.preferred);
      if (!fix) continue;
      const overlaps = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end));
      if (overlaps) continue;
      for (const e of fix.edits) {
        taken.push(e);
        edit.replace(document.uri, editRange(document, e), fix.snippet ? snippetToText(e.text) : e.text);
      }
      count++;
    }
    if (count === 0) return undefined;
    const lang = uiLang();
    const action = new vscode.CodeAction(lang === "ja" ? `ケース下書きの問題をすべて修正 (${count} 件)` : `Fix all case draft problems (${count})`, FIX_ALL_KIND);
    action.edit = edit;
    return action;
  }
}
