/** The AWS settings in force, read with their levels so that trust decides which levels count (settingsPolicy). */
import * as vscode from "vscode";
import { resolveAwsSettings, type AwsSettings } from "./settingsPolicy";

export type { AwsSettings } from "./settingsPolicy";

export function readAwsSettings(): AwsSettings {
  const config = vscode.workspace.getConfiguration("caseDraft.aws");
  return resolveAwsSettings(
    {
      enabled: config.inspect<boolean>("enabled"),
      profile: config.inspect<string>("profile"),
      region: config.inspect<string>("region"),
      timeoutMs: config.inspect<number>("timeoutMs"),
      endpoints: config.inspect<unknown>("endpoints"),
    },
    vscode.workspace.isTrusted,
  );
}
