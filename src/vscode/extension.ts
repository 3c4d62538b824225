/** Desktop entry point: `activate` only registers; all work happens on events, and the AWS SDK loads on first use. */
import { LOAD_START } from "./loadClock";
import type * as vscode from "vscode";
import { registerAws } from "./aws";
import { registerCommon, type CaseDraftApi } from "./register";

export type { CaseDraftApi } from "./register";

export function activate(context: vscode.ExtensionContext): CaseDraftApi {
  const { lint, readiness, log } = registerCommon(context);
  registerAws(context, lint, log);
  const activationMs = performance.now() - LOAD_START;
  log.appendLine(`activated in ${activationMs.toFixed(1)} ms`);
  return { lint, readiness, activationMs, host: "desktop" };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
