/** The extension's runtime language: `caseDraft.language`, else VS Code's display language. */
import * as vscode from "vscode";
import { langFromLocale } from "../core/i18n";
import type { Lang, Localized } from "../core/types";

export function uiLang(): Lang {
  const setting = vscode.workspace.getConfiguration("caseDraft").get<string>("language", "auto");
  return setting === "ja" || setting === "en" ? setting : langFromLocale(vscode.env.language);
}

export function say(text: Localized): string {
  return text[uiLang()];
}
