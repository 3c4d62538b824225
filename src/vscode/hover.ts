/** Hover on a 5W2H heading: what belongs in that section, and whether this draft's section has it yet. */
import * as vscode from "vscode";
import { SECTIONS } from "../core";
import { isCaseDraft } from "./documents";
import { uiLang } from "./i18n";
import type { LintService } from "./lintService";

export class SectionHeadingHover implements vscode.HoverProvider {
  constructor(private readonly lint: LintService) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!isCaseDraft(document)) return undefined;
    const result = this.lint.resultFor(document);
    if (!result) return undefined;
    const offset = document.offsetAt(position);
    const heading = result.doc.headings.find((h) => h.section && h.start <= offset && offset <= h.end);
    if (!heading?.section) return undefined;
    const lang = uiLang();
    const info = SECTIONS[heading.section];
    const open = result.findings.filter(
      (f) => f.start === heading.start && f.end === heading.end && f.ruleId !== "section-missing",
    );
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${info.heading[lang]}** — 5W2H\n\n`);
    md.appendText(info.guidance[lang]);
    md.appendMarkdown("\n\n");
    if (open.length === 0) md.appendText(lang === "ja" ? "✓ このセクションに指摘はありません。" : "✓ No findings in this section.");
    else for (const f of open) md.appendText(`• ${f.message}\n`);
    return new vscode.Hover(md, new vscode.Range(document.positionAt(heading.start), document.positionAt(heading.end)));
  }
}
