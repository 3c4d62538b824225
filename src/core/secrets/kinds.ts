/** The kinds of secret the `secret` rule reports, with their names and a redacted example in both languages. */
import type { Localized } from "../types";

export type SecretKind =
  | "aws-access-key-id"
  | "aws-secret-access-key"
  | "aws-session-token"
  | "private-key"
  | "password"
  | "url-credentials"
  | "api-key"
  | "bearer-token"
  | "presigned-url-signature"
  | "github-token"
  | "slack-token"
  | "slack-webhook"
  | "npm-token"
  | "openai-key"
  | "sendgrid-key"
  | "shopify-token"
  | "linear-token"
  | "1password-token"
  | "provider-token";

/** A secret found in the text: where it is reported, and which characters a redaction replaces. */
export interface SecretHit {
  kind: SecretKind;
  start: number;
  end: number;
  redactStart: number;
  redactEnd: number;
  /** Report it only inside code, config or front matter: in prose the value could be an ordinary word. */
  codeOnly?: boolean;
  /** For `provider-token`: the provider as secretlint names it. */
  provider?: string;
}

export interface KindInfo {
  name: Localized;
  /** How the line reads once redacted. */
  example: string;
}

export const KINDS: Record<SecretKind, KindInfo> = {
  "aws-access-key-id": {
    name: { ja: "シークレットと対になった AWS アクセスキー ID", en: "An AWS access key ID paired with its secret" },
    example: "aws_access_key_id = AKIA<redacted>",
  },
  "aws-secret-access-key": {
    name: { ja: "AWS シークレットアクセスキー", en: "An AWS secret access key" },
    example: "aws_secret_access_key = <redacted>",
  },
  "aws-session-token": {
    name: { ja: "AWS セッショントークン", en: "An AWS session token" },
    example: "aws_session_token = <redacted>",
  },
  "private-key": {
    name: { ja: "秘密鍵", en: "A private key" },
    example: "-----BEGIN RSA PRIVATE KEY----- <redacted> -----END RSA PRIVATE KEY-----",
  },
  password: {
    name: { ja: "パスワード", en: "A password" },
    example: "password=<redacted>",
  },
  "url-credentials": {
    name: { ja: "URL に埋め込まれたパスワード", en: "A password inside a URL" },
    example: "postgres://app:<redacted>@db.example.com:5432/app",
  },
  "api-key": {
    name: { ja: "API キーまたはトークン", en: "An API key or token" },
    example: "api_key = <redacted>",
  },
  "bearer-token": {
    name: { ja: "Authorization ヘッダーのトークン", en: "A token in an Authorization header" },
    example: "Authorization: Bearer <redacted>",
  },
  "presigned-url-signature": {
    name: {
      ja: "署名付き URL の署名(URL を持つ人は期限まで誰でも使えます)",
      en: "The signature of a presigned URL (anyone holding the URL can use it until it expires)",
    },
    example: "X-Amz-Signature=<redacted>",
  },
  "github-token": { name: { ja: "GitHub トークン", en: "A GitHub token" }, example: "ghp_<redacted>" },
  "slack-token": { name: { ja: "Slack トークン", en: "A Slack token" }, example: "xoxb-<redacted>" },
  "slack-webhook": {
    name: { ja: "Slack Incoming Webhook の URL", en: "A Slack incoming webhook URL" },
    example: "https://hooks.slack.com/services/<redacted>",
  },
  "npm-token": { name: { ja: "npm アクセストークン", en: "An npm access token" }, example: "npm_<redacted>" },
  "openai-key": { name: { ja: "OpenAI API キー", en: "An OpenAI API key" }, example: "sk-<redacted>" },
  "sendgrid-key": { name: { ja: "SendGrid API キー", en: "A SendGrid API key" }, example: "SG.<redacted>" },
  "shopify-token": { name: { ja: "Shopify のトークン", en: "A Shopify token" }, example: "shpat_<redacted>" },
  "linear-token": { name: { ja: "Linear API トークン", en: "A Linear API token" }, example: "lin_api_<redacted>" },
  "1password-token": {
    name: { ja: "1Password サービスアカウントトークン", en: "A 1Password service account token" },
    example: "ops_<redacted>",
  },
  "provider-token": { name: { ja: "{provider} の認証情報", en: "A {provider} credential" }, example: "<redacted>" },
};

/** secretlint message ids -> our kinds; `null` means "not a secret for a support case". */
export const SECRETLINT_KIND: Record<string, SecretKind | null> = {
  AWSAccessKeyID: "aws-access-key-id",
  AWSSecretAccessKey: "aws-secret-access-key",
  // An account id identifies, it does not authenticate, and the Where section needs it.
  AWSAccountID: null,
  PrivateKey: "private-key",
  NPM_ACCESS_TOKEN: "npm-token",
  Npmrc_authToken: "npm-token",
  PackageJSON_xOauthToken: "github-token",
  BasicAuth: "url-credentials",
  SLACK_TOKEN: "slack-token",
  IncomingWebhook: "slack-webhook",
  SENDGRID_KEY: "sendgrid-key",
  SHOPIFY_KEY: "shopify-token",
  GITHUB_TOKEN: "github-token",
  OPENAI_TOKEN: "openai-key",
  LINEAR_API_TOKEN: "linear-token",
  OPS_TOKEN: "1password-token",
};
