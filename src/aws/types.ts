/**
 * The shapes shared by the AWS bundle (dist/aws.js, which holds the SDK) and its users (the VS Code adapter and the
 * CLI), which load that bundle lazily. Types only: importing this file loads nothing.
 */
import type { Localized } from "../core/types";

export type AwsFailureKind =
  | "no-credentials"
  | "profile-not-found"
  | "sso-expired"
  | "expired-token"
  | "invalid-credentials"
  | "access-denied"
  | "throttled"
  | "network"
  | "timeout"
  | "malformed-response"
  | "disabled"
  | "untrusted"
  | "desktop-only"
  | "unknown";

/** Why an AWS lookup failed, in plain words, and what to do about it. Never holds a credential. */
export interface AwsFailure {
  kind: AwsFailureKind;
  reason: Localized;
  fix: Localized;
  /** The SDK's error name or code (no message text: it may quote configuration). */
  code?: string;
}

export interface CallerIdentity {
  account: string;
  arn: string;
  userId: string;
  /** The profile used, as shown to the user ("default" when none was named). */
  profile: string;
  region: string;
}

export type AwsResult<T> = { ok: true; value: T; at: number } | { ok: false; error: AwsFailure; at: number };

export type IdentityResult = AwsResult<CallerIdentity>;

/** AZ name -> AZ ID (ap-northeast-1a -> apne1-az4) for one account and Region. */
export interface AzMapping {
  account: string;
  region: string;
  ids: Record<string, string>;
}

export type AzResult = AwsResult<AzMapping>;

export interface AwsProfile {
  name: string;
  region?: string;
  /** Where it is defined: the shared config file, the credentials file, or both. */
  sources: ("config" | "credentials")[];
  sso: boolean;
}

export interface AwsSessionOptions {
  /** Per lookup, credentials included. */
  timeoutMs: number;
  /** Region for STS (else AWS_REGION, the profile's Region, us-east-1). */
  region?: string;
  /** Endpoint overrides per service ("sts", "ec2"), from machine-level settings only. */
  endpoints?: Partial<Record<"sts" | "ec2", string>>;
  /** Watch the shared config and credentials files and drop the caches when they change (off for the CLI). */
  watchFiles?: boolean;
  /** Diagnostic lines: kinds and error codes only, never credentials. */
  log?: (line: string) => void;
}

export interface AwsSession {
  /** The caller identity for a profile (undefined: the SDK's default, i.e. AWS_PROFILE or default). Never rejects. */
  identity(profile: string | undefined): Promise<IdentityResult>;
  /** The cached identity, without a lookup (for hovers from cache and the lint context). */
  cachedIdentity(profile: string | undefined): IdentityResult | undefined;
  /** AZ name -> AZ ID in the profile's account for a Region. Never rejects. */
  azIds(profile: string | undefined, region: string): Promise<AzResult>;
  cachedAzIds(profile: string | undefined, region: string): AzResult | undefined;
  /** Profiles found by the SDK's shared-config loader. */
  listProfiles(): Promise<AwsProfile[]>;
  /** Changes timeout, Region or endpoints; drops the caches. */
  configure(options: Partial<AwsSessionOptions>): void;
  /** Drops every cache (files changed, profile switched, user asked). */
  invalidate(): void;
  /** Called after the caches were dropped. Returns an unsubscribe function. */
  onDidInvalidate(listener: () => void): () => void;
  dispose(): void;
}

/** What dist/aws.js exports. */
export interface AwsModule {
  createSession(options: AwsSessionOptions): AwsSession;
  ALLOWED_OPERATIONS: readonly string[];
}
