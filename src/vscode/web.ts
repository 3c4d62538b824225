/** Web entry point (vscode.dev, github.dev): every feature but the AWS lookups, which need the desktop. */
import { LOAD_START } from "./loadClock";
import type * as vscode from "vscode";
import { registerWebAws } from "./aws/web";
import { registerCommon, type CaseDraftApi } from "./register";

export type { CaseDraftApi } from "./register";

export function activate(context: vscode.ExtensionContext): CaseDraftApi {
  const start = performance.now();
  const { lint, readiness, log } = registerCommon(context);
  registerWebAws(context);
  const end = performance.now();
  const activationMs = end - LOAD_START;
  log.appendLine(`activated in ${activationMs.toFixed(1)} ms (web)`);
  return { lint, readiness, activationMs, activateMs: end - start, host: "web" };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
