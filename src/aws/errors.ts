/**
 * Turns whatever an AWS lookup threw into a plain reason and the fix, in Japanese and English. Reads only the
 * error's name, code and HTTP status, and its message for the SDK's credential-provider wording (never echoed:
 * messages may quote configuration). Pure: no SDK import.
 */
import { fmt } from "../core/i18n";
import type { Localized } from "../core/types";
import type { AwsFailure, AwsFailureKind } from "./types";

interface ErrorFacts {
  name: string;
  code: string;
  message: string;
  status?: number;
  networkCode?: string;
}

function facts(error: unknown): ErrorFacts {
  const e = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  const meta = (e.$metadata ?? {}) as Record<string, unknown>;
  return {
    name: typeof e.name === "string" ? e.name : "",
    code: typeof e.Code === "string" ? e.Code : typeof e.code === "string" ? e.code : "",
    message: typeof e.message === "string" ? e.message : typeof error === "string" ? error : "",
    status: typeof meta.httpStatusCode === "number" ? meta.httpStatusCode : undefined,
    networkCode: typeof e.code === "string" ? e.code : typeof e.errno === "string" ? e.errno : undefined,
  };
}

const EXPIRED_TOKEN = new Set(["ExpiredToken", "ExpiredTokenException", "RequestExpired", "TokenRefreshRequired"]);
const INVALID = new Set(["InvalidClientTokenId", "SignatureDoesNotMatch", "AuthFailure", "UnrecognizedClientException", "IncompleteSignature", "InvalidAccessKeyId"]);
const DENIED = new Set(["AccessDenied", "AccessDeniedException", "UnauthorizedOperation", "UnauthorizedAccess", "OptInRequired"]);
const THROTTLED = new Set(["Throttling", "ThrottlingException", "TooManyRequestsException", "RequestLimitExceeded", "SlowDown", "RequestThrottled", "RequestThrottledException"]);
const NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "ECONNABORTED", "TimeoutError", "RequestTimeout", "NetworkingError"]);

/** The kind of failure an error is. */
export function failureKind(error: unknown): AwsFailureKind {
  const f = facts(error);
  const ids = [f.name, f.code];
  if (ids.some((x) => EXPIRED_TOKEN.has(x))) return "expired-token";
  if (/\bSSO\b/i.test(f.message) && /expired|invalid|not found|aws sso login/i.test(f.message)) return "sso-expired";
  if (/Token is expired|sso login/i.test(f.message)) return "sso-expired";
  if (ids.some((x) => INVALID.has(x))) return "invalid-credentials";
  if (ids.some((x) => DENIED.has(x))) return "access-denied";
  if (ids.some((x) => THROTTLED.has(x)) || f.status === 429) return "throttled";
  if (/could not be found|was not found|Could not resolve credentials using profile/i.test(f.message)) return "profile-not-found";
  if (f.name === "CredentialsProviderError" || /Could not load credentials|credential/i.test(f.message)) return "no-credentials";
  if ((f.networkCode && NETWORK.has(f.networkCode)) || ids.some((x) => NETWORK.has(x))) return "network";
  const hasBody = typeof error === "object" && error !== null && "$responseBodyText" in error;
  if (f.name === "SyntaxError" || /Deserialization error|Unexpected token|Unable to parse|XML|char '/i.test(f.message) || hasBody) {
    return "malformed-response";
  }
  if (typeof f.status === "number" && f.status >= 500) return "network";
  return "unknown";
}

const REASONS: Record<AwsFailureKind, { reason: Localized; fix: Localized }> = {
  "desktop-only": {
    reason: {
      ja: "AWS の認証情報を使う機能(アカウントの確認、AZ ID の取得)は、ブラウザー版の VS Code(vscode.dev など)では使えません。",
      en: "Features that use your AWS credentials (the account check, AZ IDs) do not run in VS Code for the Web (vscode.dev and the like).",
    },
    fix: {
      ja: "デスクトップ版の VS Code でこのフォルダーを開いてください。ARN の分類、診断、クイックフィックスはここでも使えます。",
      en: "Open this folder in VS Code desktop. ARN classification, diagnostics and quick fixes work here too.",
    },
  },
  "no-credentials": {
    reason: { ja: "AWS の認証情報が見つかりません(プロファイル {profile})。", en: "No AWS credentials were found (profile {profile})." },
    fix: {
      ja: "`aws configure --profile {profile}` で設定するか、`caseDraft.aws.profile` や下書きの front matter の `aws-profile:` で認証情報のあるプロファイルを選んでください。",
      en: "Run `aws configure --profile {profile}`, or choose a profile that has credentials with `caseDraft.aws.profile` or `aws-profile:` in the draft's front matter.",
    },
  },
  "profile-not-found": {
    reason: { ja: "プロファイル {profile} が AWS の設定ファイルにありません。", en: "The profile {profile} is not in the AWS config or credentials file." },
    fix: {
      ja: "プロファイル名を確認してください(コマンド「Support Case Draft: AWS プロファイルを選択」で一覧から選べます)。",
      en: "Check the profile's name (the command \"Support Case Draft: Select AWS Profile\" lists them).",
    },
  },
  "sso-expired": {
    reason: { ja: "プロファイル {profile} の SSO セッションの有効期限が切れています。", en: "The SSO session of the profile {profile} has expired." },
    fix: { ja: "`aws sso login --profile {profile}` を実行してサインインし直してください。", en: "Sign in again: `aws sso login --profile {profile}`." },
  },
  "expired-token": {
    reason: { ja: "プロファイル {profile} の一時的な認証情報(セッショントークン)の有効期限が切れています。", en: "The temporary credentials (session token) of the profile {profile} have expired." },
    fix: {
      ja: "認証情報を更新してください(SSO なら `aws sso login --profile {profile}`、それ以外は新しいセッショントークンを取得)。",
      en: "Refresh them (`aws sso login --profile {profile}` for SSO, otherwise get a new session token).",
    },
  },
  "invalid-credentials": {
    reason: { ja: "AWS がプロファイル {profile} の認証情報を受け付けませんでした(アクセスキーが無効か、署名が一致しません)。", en: "AWS rejected the credentials of the profile {profile} (invalid access key or signature mismatch)." },
    fix: { ja: "アクセスキーが有効か確認し、`aws configure --profile {profile}` で設定し直してください。", en: "Check that the access key is active and set it again with `aws configure --profile {profile}`." },
  },
  "access-denied": {
    reason: { ja: "プロファイル {profile} には {operation} の権限がありません。", en: "The profile {profile} is not allowed to call {operation}." },
    fix: { ja: "IAM ポリシーで {operation} を許可するか、別のプロファイルを選んでください。", en: "Allow {operation} in the IAM policy, or choose another profile." },
  },
  throttled: {
    reason: { ja: "AWS が呼び出しを制限しました(スロットリング)。", en: "AWS throttled the call." },
    fix: { ja: "しばらく待ってから、もう一度ホバーしてください。", en: "Wait a little and hover again." },
  },
  network: {
    reason: { ja: "AWS のエンドポイントに接続できませんでした(ネットワーク)。", en: "Could not reach the AWS endpoint (network)." },
    fix: { ja: "ネットワーク、プロキシ、エンドポイントの設定を確認してください。", en: "Check the network, the proxy and any endpoint override." },
  },
  timeout: {
    reason: { ja: "AWS から {seconds} 秒以内に応答がありませんでした(タイムアウト)。", en: "AWS did not answer within {seconds} s (timeout)." },
    fix: {
      ja: "ネットワークとエンドポイントの設定を確認してください。遅い回線では `caseDraft.aws.timeoutMs` を増やせます。",
      en: "Check the network and any endpoint override; on a slow line raise `caseDraft.aws.timeoutMs`.",
    },
  },
  "malformed-response": {
    reason: { ja: "AWS のエンドポイントが読めない応答を返しました。", en: "The AWS endpoint returned a response that could not be read." },
    fix: { ja: "エンドポイントの設定(AWS_ENDPOINT_URL_STS や caseDraft.aws.endpoints)やプロキシを確認してください。", en: "Check endpoint overrides (AWS_ENDPOINT_URL_STS, caseDraft.aws.endpoints) and the proxy." },
  },
  disabled: {
    reason: { ja: "AWS への問い合わせはオフです(caseDraft.aws.enabled)。", en: "AWS lookups are off (caseDraft.aws.enabled)." },
    fix: { ja: "設定 `caseDraft.aws.enabled` をオンにしてください。", en: "Turn on the setting `caseDraft.aws.enabled`." },
  },
  untrusted: {
    reason: { ja: "信頼されていないワークスペースなので、AWS には問い合わせません。", en: "This workspace is not trusted, so AWS is not called." },
    fix: { ja: "ワークスペースを信頼すると、現在の認証情報でアカウントを確認します。", en: "Trust the workspace to check accounts with the current credentials." },
  },
  unknown: {
    reason: { ja: "AWS への問い合わせが失敗しました({code})。", en: "The AWS lookup failed ({code})." },
    fix: { ja: "出力パネル「Support Case Draft」に詳細があります。", en: "The output panel \"Support Case Draft\" has details." },
  },
};

export interface FailureContext {
  profile: string;
  operation?: string;
  timeoutMs?: number;
}

/** A failure of a given kind, worded for the user. */
export function failure(kind: AwsFailureKind, ctx: FailureContext, code?: string): AwsFailure {
  const values = {
    profile: ctx.profile,
    operation: ctx.operation ?? "sts:GetCallerIdentity",
    seconds: Math.round(((ctx.timeoutMs ?? 3000) / 1000) * 10) / 10,
    code: code || "error",
  };
  const text = REASONS[kind];
  return { kind, reason: fmt(text.reason, values), fix: fmt(text.fix, values), ...(code ? { code } : {}) };
}

/** Classifies a thrown error into a failure for the user. */
export function classifyFailure(error: unknown, ctx: FailureContext): AwsFailure {
  const f = facts(error);
  return failure(failureKind(error), ctx, f.code || f.name || undefined);
}
