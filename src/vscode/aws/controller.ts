/**
 * The extension's side of AWS: which profile a draft uses, the lazily loaded session (dist/aws.js is required on
 * the first lookup, never during activation), the lint context (options.aws) and re-linting when an identity or
 * AZ mapping arrives. Lookups are asynchronous and time-limited; nothing here blocks the editor.
 */
import * as vscode from "vscode";
import type { AwsContext } from "../../core";
import { AZ_NAME } from "../../core/rules/az-name";
import { failure } from "../../aws/errors";
import { loadAws } from "../../aws/load";
import { regionOfAzName } from "../../aws/partitions";
import { frontMatterProfile } from "../../aws/profile";
import type { AwsFailure, AwsProfile, AwsSession, AzResult, IdentityResult } from "../../aws/types";
import { isCaseDraft } from "../documents";
import { readAwsSettings, type AwsSettings } from "./settings";

export type ProfileSource = "front matter" | "selected" | "setting" | "AWS_PROFILE" | "default";

export interface ProfileChoice {
  /** undefined: let the SDK choose (AWS_PROFILE, else default). */
  name: string | undefined;
  /** The name shown. */
  label: string;
  source: ProfileSource;
}

const SELECTED_KEY = "caseDraft.aws.selectedProfile";
const PREFETCH_INTERVAL_MS = 60 * 1000;

export class AwsController implements vscode.Disposable {
  private session: AwsSession | undefined;
  private settings: AwsSettings = readAwsSettings();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private relintTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly prefetched = new Map<string, number>();
  /** Fires when an identity or AZ mapping arrived, or settings, trust or profile changed. */
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly state: vscode.Memento,
    private readonly relintAll: () => void,
    private readonly log: (line: string) => void,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("caseDraft.aws")) this.settingsChanged(e.affectsConfiguration("caseDraft.aws.profile"));
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.settingsChanged(false)),
    );
  }

  get current(): AwsSettings {
    return this.settings;
  }

  /** The profile for a draft: its front matter, then the one picked with Select AWS Profile, the setting, AWS_PROFILE. */
  profileFor(document: vscode.TextDocument | undefined): ProfileChoice {
    const fromDraft = document ? frontMatterProfile(document.getText()) : undefined;
    if (fromDraft) return { name: fromDraft, label: fromDraft, source: "front matter" };
    const selected = this.state.get<string>(SELECTED_KEY);
    if (selected && this.settings.trusted) return { name: selected, label: selected, source: "selected" };
    if (this.settings.profile) return { name: this.settings.profile, label: this.settings.profile, source: "setting" };
    if (process.env.AWS_PROFILE) return { name: undefined, label: process.env.AWS_PROFILE, source: "AWS_PROFILE" };
    return { name: undefined, label: "default", source: "default" };
  }

  /** Why no lookup is made (off, untrusted), or undefined when lookups may run. */
  blocked(): AwsFailure | undefined {
    if (!this.settings.trusted) return failure("untrusted", { profile: "" });
    if (!this.settings.enabled) return failure("disabled", { profile: "" });
    return undefined;
  }

  /** The session, loading dist/aws.js on first use. Undefined while lookups are blocked or the bundle is missing. */
  private sessionNow(): AwsSession | undefined {
    if (this.blocked()) return undefined;
    if (!this.session) {
      try {
        this.session = loadAws().createSession({
          timeoutMs: this.settings.timeoutMs,
          region: this.settings.region,
          endpoints: this.settings.endpoints,
          watchFiles: true,
          log: this.log,
        });
        // Files changed or the profile was switched: what was linted against the old identity is linted again.
        this.session.onDidInvalidate(() => {
          this.prefetched.clear();
          this.changed();
          this.relintAll();
        });
      } catch (e) {
        this.log(`cannot load the AWS bundle: ${e instanceof Error ? e.message : String(e)}`);
        return undefined;
      }
    }
    return this.session;
  }

  cachedIdentity(document: vscode.TextDocument | undefined): IdentityResult | undefined {
    return this.session?.cachedIdentity(this.profileFor(document).name);
  }

  /** The caller identity for a draft; resolves within the timeout, never rejects. */
  async identity(document: vscode.TextDocument | undefined): Promise<IdentityResult> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, error: blocked, at: Date.now() };
    const session = this.sessionNow();
    if (!session) return { ok: false, error: failure("unknown", { profile: this.profileFor(document).label }, "bundle"), at: Date.now() };
    const result = await session.identity(this.profileFor(document).name);
    this.changed();
    return result;
  }

  /** AZ name -> AZ ID for the draft's account in a Region; resolves within the timeout, never rejects. */
  async azIds(document: vscode.TextDocument, region: string): Promise<AzResult> {
    const blocked = this.blocked();
    if (blocked) return { ok: false, error: blocked, at: Date.now() };
    const session = this.sessionNow();
    if (!session) return { ok: false, error: failure("unknown", { profile: this.profileFor(document).label }, "bundle"), at: Date.now() };
    const result = await session.azIds(this.profileFor(document).name, region);
    this.changed();
    return result;
  }

  /**
   * options.aws for a draft, from the caches only (the lint is synchronous). Missing entries are looked up in the
   * background; when they arrive every draft is linted again.
   */
  contextFor(document: vscode.TextDocument): AwsContext {
    if (this.blocked() || !isCaseDraft(document)) return {};
    const profile = this.profileFor(document).name;
    const regions = azRegions(document.getText());
    const identity = this.session?.cachedIdentity(profile);
    const context: AwsContext = {};
    let missing = !identity;
    if (identity?.ok) {
      context.account = identity.value.account;
      const azIds: Record<string, string> = {};
      for (const region of regions) {
        const az = this.session?.cachedAzIds(profile, region);
        if (az?.ok) Object.assign(azIds, az.value.ids);
        else if (!az) missing = true;
      }
      if (Object.keys(azIds).length > 0) context.azIds = azIds;
    }
    if (missing) this.prefetchOnce(document, profile, regions);
    return context;
  }

  /** Background lookups for the lint context: at most once a minute per profile and Regions, so a failing lookup
   * (no credentials, no network) is not retried on every keystroke; hovers and the status bar still ask directly. */
  private prefetchOnce(document: vscode.TextDocument, profile: string | undefined, regions: string[]): void {
    const key = `${profile ?? ""}|${regions.join(",")}`;
    const last = this.prefetched.get(key);
    if (last !== undefined && Date.now() - last < PREFETCH_INTERVAL_MS) return;
    this.prefetched.set(key, Date.now());
    setImmediate(() => void this.prefetch(document, regions));
  }

  /** Looks up what contextFor lacked, then re-lints (once, however many lookups end together). */
  private async prefetch(document: vscode.TextDocument, regions: string[]): Promise<void> {
    try {
      const identity = await this.identity(document);
      if (identity.ok) await Promise.all(regions.map((r) => this.azIds(document, r)));
    } catch (e) {
      // The lookups resolve with failures rather than throw; this is for the unforeseen (a closed document...).
      this.log(`background lookup failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.scheduleRelint();
  }

  private scheduleRelint(): void {
    if (this.relintTimer) return;
    this.relintTimer = setTimeout(() => {
      this.relintTimer = undefined;
      this.relintAll();
    }, 50);
  }

  /** Profiles from the SDK's shared-config loader (loads the AWS bundle). */
  async listProfiles(): Promise<AwsProfile[]> {
    try {
      const session = this.session ?? loadAws().createSession({ timeoutMs: this.settings.timeoutMs, watchFiles: false });
      const profiles = await session.listProfiles();
      if (session !== this.session) session.dispose();
      return profiles;
    } catch (e) {
      this.log(`cannot list profiles: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    }
  }

  /** Sets (or with undefined clears) the profile picked by Select AWS Profile, for this workspace. */
  async selectProfile(name: string | undefined): Promise<void> {
    await this.state.update(SELECTED_KEY, name);
    this.prefetched.clear();
    if (this.session) this.session.invalidate();
    else this.relintAll();
    this.changed();
  }

  /** Drops every cache and looks again (command, or after `aws sso login`). */
  refresh(): void {
    if (this.session) this.session.invalidate();
    else this.relintAll();
  }

  private settingsChanged(profileChanged: boolean): void {
    this.settings = readAwsSettings();
    this.prefetched.clear();
    if (this.blocked()) {
      this.session?.dispose();
      this.session = undefined;
    } else {
      this.session?.configure({ timeoutMs: this.settings.timeoutMs, region: this.settings.region, endpoints: this.settings.endpoints });
      // A switched profile starts from nothing: the old identity must not linger in hovers or diagnostics.
      if (profileChanged) this.session?.invalidate();
    }
    this.changed();
    this.relintAll();
  }

  private changed(): void {
    this.emitter.fire();
  }

  dispose(): void {
    clearTimeout(this.relintTimer);
    this.session?.dispose();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Regions of the AZ names in a draft (ap-northeast-1c -> ap-northeast-1). */
export function azRegions(text: string): string[] {
  const regions = new Set<string>();
  for (const m of text.matchAll(AZ_NAME)) regions.add(regionOfAzName(m[0]));
  return [...regions];
}
