/**
 * Registers the AWS features: ARN / resource id / AZ hovers, the identity status item, Select AWS Profile, and the
 * lint context (current account, AZ IDs) for arn-other-account and the az-name fix. Nothing here loads the SDK:
 * the first lookup does.
 */
import * as vscode from "vscode";
import type { LintService } from "../lintService";
import { uiLang } from "../i18n";
import { AwsController } from "./controller";
import { AwsHover } from "./hover";
import { AwsStatusItem, type AwsStatus } from "./statusBar";
import type { AwsProfile } from "../../aws/types";

interface ProfileItem extends vscode.QuickPickItem {
  profile: string | undefined;
}

function profileItems(profiles: AwsProfile[], current: string | undefined): ProfileItem[] {
  const ja = uiLang() === "ja";
  const items: ProfileItem[] = profiles.map((p) => ({
    label: `${p.name === current ? "$(check) " : "$(account) "}${p.name}`,
    description: [p.region, p.sso ? "SSO" : undefined].filter(Boolean).join(" · "),
    detail: p.sources.join(", "),
    profile: p.name,
  }));
  items.push({
    label: ja ? "$(clear-all) 選択を解除(設定、AWS_PROFILE、default の順)" : "$(clear-all) Clear the selection (setting, then AWS_PROFILE, then default)",
    profile: undefined,
  });
  return items;
}

/** Select AWS Profile: a quick pick of the SDK's profiles, or `profile` directly (tests, keybindings). */
async function selectProfile(aws: AwsController, profile?: unknown): Promise<string | undefined> {
  if (typeof profile === "string" || profile === null) {
    await aws.selectProfile(profile || undefined);
    return profile || undefined;
  }
  if (!aws.current.trusted) {
    void vscode.window.showInformationMessage(
      uiLang() === "ja" ? "信頼されていないワークスペースでは AWS プロファイルを使いません。" : "AWS profiles are not used in an untrusted workspace.",
    );
    return undefined;
  }
  const profiles = await aws.listProfiles();
  const current = aws.profileFor(vscode.window.activeTextEditor?.document).label;
  const picked = await vscode.window.showQuickPick(profileItems(profiles, current), {
    title: uiLang() === "ja" ? "AWS プロファイルを選択" : "Select AWS Profile",
    placeHolder: profiles.length === 0 ? (uiLang() === "ja" ? "AWS の設定ファイルにプロファイルがありません" : "No profiles in the AWS config files") : undefined,
  });
  if (!picked) return undefined;
  await aws.selectProfile(picked.profile);
  return picked.profile;
}

export function registerAws(context: vscode.ExtensionContext, lint: LintService, log: vscode.OutputChannel): void {
  const aws = new AwsController(context.workspaceState, () => lint.relintAll(), (line) => log.appendLine(`[aws] ${line}`));
  const status = new AwsStatusItem(aws);
  context.subscriptions.push(
    aws,
    status,
    vscode.languages.registerHoverProvider({ language: "markdown" }, new AwsHover(aws)),
    vscode.commands.registerCommand("caseDraft.selectProfile", (profile?: unknown) => selectProfile(aws, profile)),
    vscode.commands.registerCommand("caseDraft.aws.refresh", () => aws.refresh()),
    // Not in the command palette: what the identity item shows, for tests and other extensions.
    vscode.commands.registerCommand("caseDraft.aws.status", (): AwsStatus => status.snapshot),
  );
  lint.setAwsContextProvider((document) => aws.contextFor(document));
}
