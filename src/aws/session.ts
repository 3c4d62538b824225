/**
 * Identity and AZ ID lookups with the current credentials: SDK v3 default credential chain per profile, a timeout
 * on every lookup (credentials included), a cache per profile (and per account and Region for AZ IDs), one request
 * in flight per key, and caches dropped when the shared config or credentials file changes. Every method resolves;
 * none rejects, so no caller can leak an unhandled rejection. Runs in Node (part of dist/aws.js).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";
import { loadSharedConfigFiles } from "@smithy/shared-ini-file-loader";
import type { AwsCredentialIdentityProvider } from "@smithy/types";
import { callAws, type AllowedOperation, type Outputs } from "./allowList";
import { classifyFailure, failure } from "./errors";
import type { AwsFailure, AwsProfile, AwsResult, AwsSession, AwsSessionOptions, AzMapping, AzResult, CallerIdentity, IdentityResult } from "./types";

/** Successful lookups are kept this long (the files' watcher drops them sooner when they change). */
const SUCCESS_TTL_MS = 10 * 60 * 1000;
/** Failures are kept briefly: long enough that hovering again does not hammer AWS, short enough to see a fix. */
const FAILURE_TTL_MS = 10 * 1000;
const DEFAULT_PROFILE = "default";
const ACCOUNT = /^\d{12}$/;

/** A logger for the SDK's credential providers that drops everything (their warnings go to the console otherwise). */
const quietLogger = { trace() {}, debug() {}, info() {}, warn() {}, error() {} };

function configFilePath(): string {
  return process.env.AWS_CONFIG_FILE || path.join(os.homedir(), ".aws", "config");
}

function credentialsFilePath(): string {
  return process.env.AWS_SHARED_CREDENTIALS_FILE || path.join(os.homedir(), ".aws", "credentials");
}

function isFresh(result: AwsResult<unknown>): boolean {
  return Date.now() - result.at < (result.ok ? SUCCESS_TTL_MS : FAILURE_TTL_MS);
}

/** Runs `work` with an abort signal that fires after `ms`; resolves with a timeout failure then, whatever `work` does. */
async function withTimeout<T>(ms: number, work: (signal: AbortSignal) => Promise<AwsResult<T>>, onTimeout: () => AwsFailure): Promise<AwsResult<T>> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<AwsResult<T>>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, error: onTimeout(), at: Date.now() });
    }, ms);
  });
  // `work` never rejects (it catches), so the race cannot leave a rejection unobserved.
  try {
    return await Promise.race([work(controller.signal), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

export class Session implements AwsSession {
  private options: AwsSessionOptions;
  private readonly identities = new Map<string, IdentityResult>();
  private readonly azMaps = new Map<string, AzResult>();
  private readonly inflight = new Map<string, Promise<AwsResult<unknown>>>();
  private readonly providers = new Map<string, AwsCredentialIdentityProvider>();
  private readonly listeners = new Set<() => void>();
  private readonly watched: string[] = [];
  private generation = 0;

  constructor(options: AwsSessionOptions) {
    this.options = { ...options };
    if (options.watchFiles) this.watchFiles();
  }

  /** The profile name the SDK will use: the one given, else AWS_PROFILE, else default. */
  private profileName(profile: string | undefined): string {
    return profile || process.env.AWS_PROFILE || DEFAULT_PROFILE;
  }

  cachedIdentity(profile: string | undefined): IdentityResult | undefined {
    const hit = this.identities.get(this.profileName(profile));
    return hit && isFresh(hit) ? hit : undefined;
  }

  identity(profile: string | undefined): Promise<IdentityResult> {
    const name = this.profileName(profile);
    const cached = this.cachedIdentity(name);
    if (cached) return Promise.resolve(cached);
    return this.once(`identity:${name}`, () => this.lookupIdentity(name)) as Promise<IdentityResult>;
  }

  cachedAzIds(profile: string | undefined, region: string): AzResult | undefined {
    const identity = this.cachedIdentity(profile);
    if (!identity) return undefined;
    if (!identity.ok) return identity;
    const hit = this.azMaps.get(`${identity.value.account}:${region}`);
    return hit && isFresh(hit) ? hit : undefined;
  }

  async azIds(profile: string | undefined, region: string): Promise<AzResult> {
    const identity = await this.identity(profile);
    if (!identity.ok) return identity;
    const key = `${identity.value.account}:${region}`;
    const hit = this.azMaps.get(key);
    if (hit && isFresh(hit)) return hit;
    return this.once(`az:${key}`, () => this.lookupAzIds(identity.value, region)) as Promise<AzResult>;
  }

  /** One request in flight per key: later callers share the first one's promise. */
  private once<T>(key: string, run: () => Promise<AwsResult<T>>): Promise<AwsResult<T>> {
    const running = this.inflight.get(key);
    if (running) return running as Promise<AwsResult<T>>;
    const generation = this.generation;
    const promise = run().finally(() => {
      if (this.inflight.get(key) === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, promise);
    // A result that arrives after the caches were dropped (files changed meanwhile) is returned but not kept.
    void promise.then((r) => (generation === this.generation ? this.store(key, r) : undefined));
    return promise;
  }

  private store(key: string, result: AwsResult<unknown>): void {
    if (key.startsWith("identity:")) this.identities.set(key.slice("identity:".length), result as IdentityResult);
    else if (key.startsWith("az:")) this.azMaps.set(key.slice("az:".length), result as AzResult);
  }

  private credentialsFor(profile: string): AwsCredentialIdentityProvider {
    let provider = this.providers.get(profile);
    if (!provider) {
      // ignoreCache: after the files changed, the next lookup reads them again.
      provider = fromNodeProviderChain({ profile, ignoreCache: true, logger: quietLogger });
      this.providers.set(profile, provider);
    }
    return provider;
  }

  /** Region for STS: the setting, AWS_REGION, the profile's region (through the SDK's loader), else us-east-1. */
  private async regionFor(profile: string): Promise<string> {
    if (this.options.region) return this.options.region;
    const env = process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION;
    if (env) return env;
    const files = await loadSharedConfigFiles({ ignoreCache: true });
    return files.configFile[profile]?.region || "us-east-1";
  }

  /** Whether a named profile exists in the files (the default profile may come from the environment instead). */
  private async profileExists(profile: string): Promise<boolean> {
    if (profile === DEFAULT_PROFILE) return true;
    const files = await loadSharedConfigFiles({ ignoreCache: true });
    return Boolean(files.configFile[profile] || files.credentialsFile[profile]);
  }

  private async lookupIdentity(profile: string): Promise<IdentityResult> {
    const timeoutMs = this.options.timeoutMs;
    const ctx = { profile, timeoutMs };
    return withTimeout(
      timeoutMs,
      async (signal) => {
        try {
          if (!(await this.profileExists(profile))) return this.fail(failure("profile-not-found", ctx));
          const region = await this.regionFor(profile);
          const out = await this.call("sts:GetCallerIdentity", profile, region, signal);
          if (!out.Account || !ACCOUNT.test(out.Account) || !out.Arn?.startsWith("arn:")) return this.fail(failure("malformed-response", ctx));
          const value: CallerIdentity = { account: out.Account, arn: out.Arn, userId: out.UserId ?? "", profile, region };
          this.options.log?.(`identity: profile ${profile}: account ${value.account}`);
          return { ok: true, value, at: Date.now() };
        } catch (e) {
          return this.fail(classifyFailure(e, ctx));
        }
      },
      () => this.logged(failure("timeout", ctx)),
    );
  }

  private async lookupAzIds(identity: CallerIdentity, region: string): Promise<AzResult> {
    const timeoutMs = this.options.timeoutMs;
    const ctx = { profile: identity.profile, timeoutMs, operation: "ec2:DescribeAvailabilityZones" };
    return withTimeout(
      timeoutMs,
      async (signal) => {
        try {
          const out = await this.call("ec2:DescribeAvailabilityZones", identity.profile, region, signal);
          const ids: Record<string, string> = {};
          for (const az of out.AvailabilityZones ?? []) if (az.ZoneName && az.ZoneId) ids[az.ZoneName] = az.ZoneId;
          if (!out.AvailabilityZones || Object.keys(ids).length === 0) return this.fail(failure("malformed-response", ctx));
          const value: AzMapping = { account: identity.account, region, ids };
          return { ok: true, value, at: Date.now() };
        } catch (e) {
          return this.fail(classifyFailure(e, ctx));
        }
      },
      () => this.logged(failure("timeout", ctx)),
    );
  }

  private call<O extends AllowedOperation>(operation: O, profile: string, region: string, signal: AbortSignal): Promise<Outputs[O]> {
    const service = operation.slice(0, operation.indexOf(":")) as "sts" | "ec2";
    return callAws(operation, {
      credentials: this.credentialsFor(profile),
      region,
      profile,
      endpoint: this.options.endpoints?.[service],
      timeoutMs: this.options.timeoutMs,
      signal,
    });
  }

  private fail(error: AwsFailure): { ok: false; error: AwsFailure; at: number } {
    return { ok: false, error: this.logged(error), at: Date.now() };
  }

  private logged(error: AwsFailure): AwsFailure {
    this.options.log?.(`aws lookup failed: ${error.kind}${error.code ? ` (${error.code})` : ""}`);
    return error;
  }

  async listProfiles(): Promise<AwsProfile[]> {
    try {
      const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
      const names = new Set([...Object.keys(configFile), ...Object.keys(credentialsFile)]);
      // The loader also returns [sso-session x] and [services x] sections, keyed "sso-session.x" and "services.x".
      const profiles = [...names].filter((n) => !/^(?:sso-session|services)\./.test(n)).sort();
      return profiles.map((name) => {
        const config = configFile[name] ?? {};
        const sources: AwsProfile["sources"] = [];
        if (configFile[name]) sources.push("config");
        if (credentialsFile[name]) sources.push("credentials");
        return { name, ...(config.region ? { region: config.region } : {}), sources, sso: Boolean(config.sso_session || config.sso_start_url) };
      });
    } catch (e) {
      this.options.log?.(`listing profiles failed: ${e instanceof Error ? e.name : "error"}`);
      return [];
    }
  }

  configure(options: Partial<AwsSessionOptions>): void {
    const next = { ...this.options, ...options };
    const changed = next.timeoutMs !== this.options.timeoutMs || next.region !== this.options.region || JSON.stringify(next.endpoints ?? {}) !== JSON.stringify(this.options.endpoints ?? {});
    this.options = next;
    if (changed) this.invalidate();
  }

  invalidate(): void {
    this.generation++;
    this.identities.clear();
    this.azMaps.clear();
    this.inflight.clear();
    this.providers.clear();
    // Refresh the SDK's own cache of the files (shared by everything in this bundle); errors are the lookups' concern.
    void loadSharedConfigFiles({ ignoreCache: true }).catch(() => undefined);
    for (const listener of [...this.listeners]) {
      try {
        listener();
      } catch (e) {
        this.options.log?.(`invalidate listener failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }

  onDidInvalidate(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Polls the two files' metadata (works when they do not exist yet, and across editors that replace files). */
  private watchFiles(): void {
    for (const file of [configFilePath(), credentialsFilePath()]) {
      fs.watchFile(file, { interval: 1000, persistent: false }, (now, before) => {
        if (now.mtimeMs !== before.mtimeMs || now.size !== before.size || now.ino !== before.ino) {
          this.options.log?.(`${path.basename(file)} changed: AWS caches dropped`);
          this.invalidate();
        }
      });
      this.watched.push(file);
    }
  }

  dispose(): void {
    for (const file of this.watched.splice(0)) fs.unwatchFile(file);
    this.listeners.clear();
    this.identities.clear();
    this.azMaps.clear();
    this.inflight.clear();
    this.providers.clear();
  }
}

export function createSession(options: AwsSessionOptions): AwsSession {
  return new Session(options);
}
