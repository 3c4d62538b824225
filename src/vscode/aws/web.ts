/**
 * AWS in the web extension host (vscode.dev): no credentials, no SDK. ARN and resource-id hovers still classify
 * offline; the account check, AZ IDs and Select AWS Profile say plainly that they need VS Code desktop.
 */
import * as vscode from "vscode";
import { failure } from "../../aws/errors";
import type { AwsFailure, AzResult, IdentityResult } from "../../aws/types";
import { MARKDOWN } from "../register";
import { uiLang } from "../i18n";
import type { ProfileChoice } from "./controller";
import { AwsHover, type AwsLookups } from "./hover";

export function desktopOnly(): AwsFailure {
  return failure("desktop-only", { profile: "" });
}

class WebAws implements AwsLookups {
  identity(): Promise<IdentityResult> {
    return Promise.resolve({ ok: false, error: desktopOnly(), at: Date.now() });
  }

  azIds(): Promise<AzResult> {
    return Promise.resolve({ ok: false, error: desktopOnly(), at: Date.now() });
  }

  cachedIdentity(): IdentityResult | undefined {
    return undefined;
  }

  profileFor(): ProfileChoice {
    return { name: undefined, label: "default", source: "default" };
  }
}

export function registerWebAws(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(MARKDOWN, new AwsHover(new WebAws())),
    vscode.commands.registerCommand("caseDraft.selectProfile", async () => {
      const f = desktopOnly();
      const lang = uiLang();
      await vscode.window.showInformationMessage(`${f.reason[lang]} ${f.fix[lang]}`);
    }),
  );
}
