/**
 * What both entry points register: diagnostics, quick fixes, heading hovers, readiness, the draft commands. No
 * Node built-in is reachable from here, so the same code runs in the desktop and the web extension host.
 */
import * as vscode from "vscode";
import { CaseDraftCodeActions } from "./codeActions";
import { newDraft, type NewDraftArgs } from "./commands";
import { copyForSupportCenter, type CopyArgs } from "./copyForSupportCenter";
import { ConfigurationStore } from "./configuration";
import { SectionHeadingHover } from "./hover";
import { uiLang } from "./i18n";
import { LintService } from "./lintService";
import { ReadinessItem } from "./readinessItem";
import { ReadinessLens } from "./readinessLens";

/** What the extension exposes to tests and other extensions. */
export interface CaseDraftApi {
  lint: LintService;
  readiness: ReadinessItem;
  /** Milliseconds from the bundle's first statement to the end of `activate`. */
  activationMs: number;
  /** Milliseconds spent in `activate` itself. */
  activateMs: number;
  /** "desktop" (Node extension host) or "web" (browser extension host). */
  host: "desktop" | "web";
}

export interface Registered {
  lint: LintService;
  readiness: ReadinessItem;
  log: vscode.OutputChannel;
}

export const MARKDOWN: vscode.DocumentSelector = { language: "markdown" };

export function registerCommon(context: vscode.ExtensionContext): Registered {
  const log = vscode.window.createOutputChannel("Support Case Draft");
  const config = new ConfigurationStore(log);
  const docsUri = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, "docs", "rules", uiLang(), `${ruleId}.md`);
  const lint = new LintService(config, docsUri, log);
  const readiness = new ReadinessItem(lint);

  context.subscriptions.push(
    log,
    config,
    lint,
    readiness,
    vscode.languages.registerCodeActionsProvider(MARKDOWN, new CaseDraftCodeActions(lint), CaseDraftCodeActions.metadata),
    vscode.languages.registerHoverProvider(MARKDOWN, new SectionHeadingHover(lint)),
    vscode.languages.registerCodeLensProvider(MARKDOWN, new ReadinessLens(lint)),
    vscode.commands.registerCommand("caseDraft.newDraft", (args?: NewDraftArgs) => newDraft(args)),
    vscode.commands.registerCommand("caseDraft.copyForSupportCenter", (args?: CopyArgs | vscode.Uri) => copyForSupportCenter(lint, args)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lint.relintAll()),
  );
  void config.reload().then(() => lint.relintAll());
  return { lint, readiness, log };
}
