/** `caseDraft.newDraft`: a new `*.case.md` filled from the 5W2H template in the chosen language. */
import * as vscode from "vscode";
import { draftSnippet, type Lang } from "../core";
import { say, uiLang } from "./i18n";

export interface NewDraftArgs {
  lang?: Lang;
  /** Where to create the file; defaults to a dated name in the first workspace folder, else an untitled draft. */
  uri?: vscode.Uri | string;
  /** Wrap as a letter (greeting, summary, closing); default true. */
  letter?: boolean;
}

export async function newDraft(args: NewDraftArgs = {}): Promise<vscode.TextEditor | undefined> {
  const lang = args.lang ?? (await pickLanguage());
  if (!lang) return undefined;
  const uri = typeof args.uri === "string" ? vscode.Uri.parse(args.uri) : args.uri ?? (await defaultUri());
  let document: vscode.TextDocument;
  if (uri.scheme === "untitled") {
    document = await vscode.workspace.openTextDocument(uri);
  } else {
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    document = await vscode.workspace.openTextDocument(uri);
  }
  if (document.languageId !== "markdown") document = await vscode.languages.setTextDocumentLanguage(document, "markdown");
  const editor = await vscode.window.showTextDocument(document);
  // Inserted as a snippet, so the user tabs from field to field and picks the zone, status and severity.
  await editor.insertSnippet(new vscode.SnippetString(draftSnippet(lang, args.letter ?? true)), new vscode.Position(0, 0));
  return editor;
}

async function pickLanguage(): Promise<Lang | undefined> {
  const items: (vscode.QuickPickItem & { lang: Lang })[] = [
    { label: "日本語", description: "5W2H テンプレート(日本語)", lang: "ja" },
    { label: "English", description: "5W2H template (English)", lang: "en" },
  ];
  if (uiLang() === "en") items.reverse();
  const picked = await vscode.window.showQuickPick(items, {
    placeHolder: say({ ja: "下書きの言語を選んでください", en: "Choose the language of the draft" }),
  });
  return picked?.lang;
}

async function defaultUri(): Promise<vscode.Uri> {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[-:]/g, "").replace("T", "-");
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return vscode.Uri.parse(`untitled:support-${stamp}.case.md`);
  for (let i = 0; ; i++) {
    const uri = vscode.Uri.joinPath(folder.uri, `support-${stamp}${i ? `-${i}` : ""}.case.md`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}
