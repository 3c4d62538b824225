/** Desktop entry point: `activate` only registers; all work happens on events, and the AWS SDK loads on first use. */
import { LOAD_START } from "./loadClock";
import type * as vscode from "vscode";
import { registerAws } from "./aws";
import { registerCommon, type CaseDraftApi } from "./register";

export type { CaseDraftApi } from "./register";

export function activate(context: vscode.ExtensionContext): CaseDraftApi {
  const start = performance.now();
  const { lint, readiness, log } = registerCommon(context);
  registerAws(context, lint, log);
  const end = performance.now();
  const activationMs = end - LOAD_START;
  log.appendLine(`activated in ${activationMs.toFixed(1)} ms`);
  return { lint, readiness, activationMs, activateMs: end - start, host: "desktop" };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
