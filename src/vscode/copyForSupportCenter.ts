/**
 * `caseDraft.copyForSupportCenter`: the draft as the plain text the Support Center form takes, on the clipboard.
 *
 * It never copies a secret: while a `secret` finding stands it refuses, and offers to redact them all first.
 * Over the 8,000-character limit it still copies (the writer may split the text) but says by how much.
 *
 * Tests and other extensions pass arguments instead of answering dialogs: `{ uri, redact: true }` redacts and
 * copies, `{ redact: false }` refuses while secrets stand; the command returns what it did.
 */
import * as vscode from "vscode";
import { draftSeverity, renderedLength, renderPlainText, severityLevel, SUPPORT_CENTER_LIMIT, type Finding } from "../core";
import { isCaseDraft } from "./documents";
import { say } from "./i18n";
import type { LintService } from "./lintService";

export interface CopyArgs {
  /** The draft; defaults to the active editor's document. */
  uri?: vscode.Uri | string;
  /** Redact every secret without asking (true), or refuse without asking while secrets stand (false). */
  redact?: boolean;
}

export interface CopyResult {
  status: "copied" | "refused" | "not-a-draft";
  /** Secrets found before copying (and redacted, when the status is "copied"). */
  secrets: number;
  /** Characters of the copied text, when copied. */
  characters?: number;
  limit: number;
}

/** Redaction rounds: overlapping secrets (a token inside a password value) may need a second pass. */
const MAX_ROUNDS = 3;

export async function copyForSupportCenter(lint: LintService, args: CopyArgs | vscode.Uri = {}): Promise<CopyResult> {
  // From the explorer's context menu the argument is the file's URI.
  const options: CopyArgs = args instanceof vscode.Uri ? { uri: args } : args ?? {};
  const document = await targetDocument(options.uri);
  if (!document || !isCaseDraft(document)) {
    void vscode.window.showErrorMessage(
      say({ ja: "ケースの下書き(*.case.md)を開いてから実行してください。", en: "Open a case draft (*.case.md) first." }),
    );
    return { status: "not-a-draft", secrets: 0, limit: SUPPORT_CENTER_LIMIT };
  }
  const found = secretsOf(lint, document);
  if (found.length > 0) {
    const redact = options.redact ?? (await askToRedact(document, found));
    if (!redact || !(await redactAll(lint, document))) {
      return { status: "refused", secrets: found.length, limit: SUPPORT_CENTER_LIMIT };
    }
  }
  const result = lint.resultFor(document);
  if (!result) return { status: "refused", secrets: found.length, limit: SUPPORT_CENTER_LIMIT };
  const text = renderPlainText(result.doc);
  const characters = renderedLength(result.doc);
  await vscode.env.clipboard.writeText(text);
  const severity = draftSeverity(result.doc)?.code;
  void vscode.window.showInformationMessage(copiedMessage(characters, severity ? severityLevel(severity).name : undefined));
  if (characters > SUPPORT_CENTER_LIMIT) void vscode.window.showWarningMessage(overLimitMessage(characters));
  return { status: "copied", secrets: found.length, characters, limit: SUPPORT_CENTER_LIMIT };
}

async function targetDocument(uri: vscode.Uri | string | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri) return vscode.workspace.openTextDocument(typeof uri === "string" ? vscode.Uri.parse(uri) : uri);
  return vscode.window.activeTextEditor?.document;
}

function secretsOf(lint: LintService, document: vscode.TextDocument): Finding[] {
  return lint.resultFor(document)?.findings.filter((f) => f.ruleId === "secret") ?? [];
}

/** Applies the redaction of every secret finding (its preferred fix); true when none is left. */
async function redactAll(lint: LintService, document: vscode.TextDocument): Promise<boolean> {
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const secrets = secretsOf(lint, document);
    if (secrets.length === 0) return true;
    const edit = new vscode.WorkspaceEdit();
    const taken: { start: number; end: number }[] = [];
    for (const f of secrets) {
      for (const e of f.fixes?.find((x) => x.preferred)?.edits ?? []) {
        // Overlapping redactions wait for the next round, on the text the first ones left.
        if (taken.some((t) => e.start < t.end && t.start < e.end)) continue;
        taken.push(e);
        edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
      }
    }
    if (taken.length === 0 || !(await vscode.workspace.applyEdit(edit))) return false;
  }
  return secretsOf(lint, document).length === 0;
}

async function askToRedact(document: vscode.TextDocument, secrets: Finding[]): Promise<boolean> {
  const redact = say({ ja: "伏せ字にしてコピー", en: "Redact and copy" });
  const show = say({ ja: "シークレットを表示", en: "Show secrets" });
  const choice = await vscode.window.showWarningMessage(
    say({
      ja: `この下書きにはシークレットが ${secrets.length} 件あります。伏せ字にするまでコピーできません。`,
      en: `This draft holds ${secrets.length} secret(s). It cannot be copied until they are redacted.`,
    }),
    {
      modal: true,
      detail: say({
        ja: "ケースは社外の担当者が読み、記録として残ります。伏せ字にすると値だけが <redacted> に置き換わります。",
        en: "A case is read outside your company and kept on record. Redacting replaces only the values with <redacted>.",
      }),
    },
    redact,
    show,
  );
  if (choice === show) await reveal(document, secrets[0]);
  return choice === redact;
}

async function reveal(document: vscode.TextDocument, f: Finding): Promise<void> {
  const editor = await vscode.window.showTextDocument(document);
  const range = new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function copiedMessage(characters: number, severity: { ja: string; en: string } | undefined): string {
  const n = characters.toLocaleString("en-US");
  return severity
    ? say({
        ja: `Support Center 用のテキスト(${n} 文字)をコピーしました。フォームの重要度は「${severity.ja}」を選んでください。`,
        en: `Copied the text for the Support Center (${n} characters). Choose the severity "${severity.en}" in the form.`,
      })
    : say({ ja: `Support Center 用のテキスト(${n} 文字)をコピーしました。`, en: `Copied the text for the Support Center (${n} characters).` });
}

function overLimitMessage(characters: number): string {
  const over = (characters - SUPPORT_CENTER_LIMIT).toLocaleString("en-US");
  const n = characters.toLocaleString("en-US");
  return say({
    ja: `テキストは ${n} 文字で、上限 8,000 文字を ${over} 文字超えています。長いログは添付ファイル(5 MB まで 3 個)にしてください。`,
    en: `The text is ${n} characters, ${over} over the 8,000 limit. Attach long logs (up to 3 files of 5 MB) instead.`,
  });
}
