/**
 * Which AWS settings apply, given where each value was set and whether the workspace is trusted (SPEC §4). No
 * 'vscode' import, so unit tests run it: in an untrusted workspace nothing is enabled and workspace-level values
 * (workspace, folder) are never read; endpoints are read from the user's settings only, whatever the trust.
 */

/** The values of one setting by level, as WorkspaceConfiguration.inspect gives them. */
export interface Levels<T> {
  defaultValue?: T;
  globalValue?: T;
  workspaceValue?: T;
  workspaceFolderValue?: T;
}

export interface AwsSettingLevels {
  enabled?: Levels<boolean>;
  profile?: Levels<string>;
  region?: Levels<string>;
  timeoutMs?: Levels<number>;
  endpoints?: Levels<unknown>;
}

export interface AwsSettings {
  /** False when the setting is off or the workspace is not trusted: then nothing is called. */
  enabled: boolean;
  trusted: boolean;
  profile?: string;
  region?: string;
  timeoutMs: number;
  endpoints: Partial<Record<"sts" | "ec2", string>>;
}

export const DEFAULT_TIMEOUT_MS = 3000;

function userLevel<T>(l: Levels<T> | undefined): T | undefined {
  return l?.globalValue ?? l?.defaultValue;
}

/** The most specific level when trusted; the user's own settings only when not. */
function level<T>(l: Levels<T> | undefined, trusted: boolean): T | undefined {
  if (!trusted) return userLevel(l);
  return l?.workspaceFolderValue ?? l?.workspaceValue ?? userLevel(l);
}

function text(value: unknown): string | undefined {
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

function endpoints(value: unknown): AwsSettings["endpoints"] {
  const out: AwsSettings["endpoints"] = {};
  if (typeof value !== "object" || value === null) return out;
  for (const service of ["sts", "ec2"] as const) {
    const url = text((value as Record<string, unknown>)[service]);
    if (url && /^https?:\/\//.test(url)) out[service] = url;
  }
  return out;
}

export function resolveAwsSettings(levels: AwsSettingLevels, trusted: boolean): AwsSettings {
  const timeout = Number(level(levels.timeoutMs, trusted));
  return {
    enabled: trusted && level(levels.enabled, trusted) !== false,
    trusted,
    profile: text(level(levels.profile, trusted)),
    region: text(level(levels.region, trusted)),
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? Math.min(30000, Math.max(200, timeout)) : DEFAULT_TIMEOUT_MS,
    // Machine-scoped: a workspace can never redirect AWS calls, trusted or not.
    endpoints: endpoints(userLevel(levels.endpoints)),
  };
}
