/** Entry point: `activate` only registers; all work happens on events, and the AWS SDK loads on first use. */
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
import { registerAws } from "./aws";

/** What the extension exposes to tests and other extensions. */
export interface CaseDraftApi {
  lint: LintService;
  readiness: ReadinessItem;
}

export function activate(context: vscode.ExtensionContext): CaseDraftApi {
  const log = vscode.window.createOutputChannel("Support Case Draft");
  const config = new ConfigurationStore(log);
  const docsUri = (ruleId: string) => vscode.Uri.joinPath(context.extensionUri, "docs", "rules", uiLang(), `${ruleId}.md`);
  const lint = new LintService(config, docsUri, log);
  const readiness = new ReadinessItem(lint);
  const markdown: vscode.DocumentSelector = { language: "markdown" };

  context.subscriptions.push(
    log,
    config,
    lint,
    readiness,
    vscode.languages.registerCodeActionsProvider(markdown, new CaseDraftCodeActions(lint), CaseDraftCodeActions.metadata),
    vscode.languages.registerHoverProvider(markdown, new SectionHeadingHover(lint)),
    vscode.languages.registerCodeLensProvider(markdown, new ReadinessLens(lint)),
    vscode.commands.registerCommand("caseDraft.newDraft", (args?: NewDraftArgs) => newDraft(args)),
    vscode.commands.registerCommand("caseDraft.copyForSupportCenter", (args?: CopyArgs | vscode.Uri) => copyForSupportCenter(lint, args)),
    vscode.workspace.onDidGrantWorkspaceTrust(() => lint.relintAll()),
  );
  registerAws(context, lint, log);
  void config.reload().then(() => lint.relintAll());
  return { lint, readiness };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
