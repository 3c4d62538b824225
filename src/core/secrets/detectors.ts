/**
 * What secretlint's recommended rules do not find, and what a support draft is full of: labelled values in
 * pasted config and command output (`aws_secret_access_key = …` when the key ends in `/`, `+` or `=`,
 * `aws_session_token`, `"SessionToken": …`, `password=` in connection strings and config, API keys and bearer
 * tokens), passwords inside URLs of any scheme (postgres://, mysql://, mongodb+srv://, redis://), session tokens
 * by their prefix, the secret key of a credentials CSV (next to its key id, unlabelled), private key blocks
 * pasted without their END line, and presigned-URL signatures.
 *
 * Every scan here is linear: matches are anchored on a literal (found with a literal-led regex or indexOf) and
 * the work done from each anchor is bounded by a constant.
 */
import type { SecretHit, SecretKind } from "./kinds";

/** Characters of a config key: `aws_secret_access_key`, `MasterUserPassword`, `x-amz-security-token`. */
const KEY_CHAR = /[A-Za-z0-9_.-]/;
/** A literal inside every key this scan cares about (each hit is then widened to the whole key). */
const KEY_ANCHOR = /pass(?:word|wd|phrase)|pwd|secret|token|key|signature|authorization|パスワード/gi;
const MAX_KEY = 48;
const MAX_VALUE = 4096;

/** Keys (lower case, without `-`, `_`, `.`) that hold an API key or token. */
const TOKEN_KEYS = new Set([
  "secret",
  "token",
  "apikey",
  "xapikey",
  "apitoken",
  "apisecret",
  "accesstoken",
  "refreshtoken",
  "idtoken",
  "authtoken",
  "bearertoken",
  "privatetoken",
  "clientsecret",
  "appsecret",
  "consumersecret",
  "webhooksecret",
  "signingsecret",
  "secretkey",
  "privatekey",
  "encryptionkey",
  "masterkey",
  "accountkey",
  "sharedaccesskey",
  "subscriptionkey",
]);
/** Key endings that hold a token whatever comes before: `github_access_token`, `STRIPE_API_KEY`. */
const TOKEN_SUFFIXES = ["apikey", "apitoken", "accesstoken", "authtoken", "clientsecret", "secretkey", "refreshtoken", "privatetoken"];
const PASSWORD_SUFFIXES = ["password", "passwd", "passphrase", "pwd"];

type LabelKind = "password" | "token" | "aws-secret" | "aws-session" | "signature" | "authorization";

function labelKind(rawKey: string): LabelKind | undefined {
  if (rawKey === "パスワード") return "password";
  const key = rawKey.toLowerCase().replace(/[-_.]/g, "");
  if (key === "authorization" || key === "proxyauthorization") return "authorization";
  if (key === "xamzsignature") return "signature";
  if (key.endsWith("sessiontoken") || key.endsWith("securitytoken")) return "aws-session";
  if (key.endsWith("secretaccesskey") || key === "awssecretkey") return "aws-secret";
  if (PASSWORD_SUFFIXES.some((s) => key.endsWith(s))) return "password";
  if (TOKEN_KEYS.has(key) || TOKEN_SUFFIXES.some((s) => key.endsWith(s))) return "token";
  return undefined;
}

const PLACEHOLDER_VALUE =
  /^(?:[*xX•●.…_#?-]+|null|none|nil|true|false|undefined|string|required|optional|password|passwd|secret|token|changeme|empty|masked|hidden|n\/a|my_?(?:password|pass|pwd|secret|token|key))$/i;
const PLACEHOLDER_PART = /redacted|example|placeholder|dummy|your[_-]|<[^<>]{0,64}>|\$\{|\{\{|伏せ|マスク|\*{3}/i;

/** Values that are not secrets: placeholders, masks, variables, references, already redacted text. */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === "" || PLACEHOLDER_VALUE.test(v) || PLACEHOLDER_PART.test(v)) return true;
  if (/^[$%!@&]|^arn:|[()]/.test(v)) return true; // $VAR, %VAR%, !Ref, @param, ARNs of stored secrets, calls
  if (/^\[[^\]]*\]$/.test(v)) return true; // [redacted], [hidden]
  // `var.db_password`, `settings.secret`: a reference, not a value.
  if (/^[a-z_][a-z0-9_]*(?:\.[a-z_][a-z0-9_]*)+$/.test(v)) return true;
  return /[^\x21-\x7e]/.test(v); // secrets are printable ASCII; "変更済み" or a sentence is not one
}

/** How many of: lower case, upper case, digits, symbols. */
function classes(v: string): number {
  return Number(/[a-z]/.test(v)) + Number(/[A-Z]/.test(v)) + Number(/[0-9]/.test(v)) + Number(/[^A-Za-z0-9]/.test(v));
}

const AWS_SECRET_VALUE = /^[A-Za-z0-9/+=]{40}$/;
const BASE64ISH = /^[A-Za-z0-9/+=%_-]+$/;

interface Value {
  start: number;
  end: number;
  text: string;
}

/** The value after a key: `key = v`, `key: "v"`, `"key": "v"`, `key=>v`, `--key v`, `<Key>v</Key>`, `パスワードは v`. */
function readValue(text: string, keyStart: number, keyEnd: number, japanese: boolean): Value | undefined {
  let i = keyEnd;
  const before = text[keyStart - 1] ?? "";
  const xml = before === "<" && text[i] === ">";
  if (xml) {
    // The element's text, up to the next tag; looked for within MAX_VALUE only, never to the end of the text.
    const limit = Math.min(text.length, i + 1 + MAX_VALUE);
    let end = i + 1;
    while (end < limit && text[end] !== "<") end++;
    if (end >= limit || end === i + 1) return undefined;
    return { start: i + 1, end, text: text.slice(i + 1, end) };
  }
  if (text[i] === '"' || text[i] === "'") i++;
  i = skipBlanks(text, i);
  const flag = before === "-";
  if (text.startsWith("=>", i) || text.startsWith(":=", i)) i += 2;
  else if (text[i] === "=" || text[i] === ":" || text[i] === "：") i++;
  else if (japanese && text[i] === "は") i++;
  else if (!(flag && i > keyEnd)) return undefined; // `--password hunter2`: a flag and a blank are enough
  i = skipBlanks(text, i);
  const quote = text[i] === '"' || text[i] === "'" || text[i] === "`" ? text[i] : "";
  if (quote) i++;
  const start = i;
  const limit = Math.min(text.length, start + MAX_VALUE);
  while (i < limit && !(quote ? text[i] === quote || text[i] === "\n" : STOP.test(text[i]))) i++;
  if (quote && text[i] !== quote) return undefined;
  return i > start ? { start, end: i, text: text.slice(start, i) } : undefined;
}

const STOP = /[\s;,&"'`<>)\]}|]/;

function skipBlanks(text: string, i: number): number {
  const limit = i + 8;
  while (i < limit && (text[i] === " " || text[i] === "\t")) i++;
  return i;
}

/** `Bearer abc…`: the token after the scheme; SigV4 `AWS4-HMAC-SHA256 …` holds no reusable secret. */
function authorizationToken(text: string, v: Value): Value | undefined {
  const m = /^(Bearer|Basic|Token|token|Bot|Digest)[ \t]+/.exec(text.slice(v.start, v.start + 16));
  if (!m) return undefined;
  const start = v.start + m[0].length;
  let end = start;
  const limit = Math.min(text.length, start + MAX_VALUE);
  while (end < limit && !STOP.test(text[end])) end++;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

function hit(kind: SecretKind, start: number, end: number, codeOnly = false): SecretHit {
  return { kind, start, end, redactStart: start, redactEnd: end, ...(codeOnly ? { codeOnly } : {}) };
}

/** Judges a labelled value: the kind it is, or nothing when it does not look like a real secret. */
function judge(kind: LabelKind, v: Value): SecretHit | undefined {
  const s = v.text;
  if (isPlaceholder(s)) return undefined;
  switch (kind) {
    case "aws-secret":
      return AWS_SECRET_VALUE.test(s) ? hit("aws-secret-access-key", v.start, v.end) : s.length >= 16 ? hit("api-key", v.start, v.end) : undefined;
    case "aws-session":
      return s.length >= 64 && BASE64ISH.test(s) ? hit("aws-session-token", v.start, v.end) : undefined;
    case "signature":
      return /^[0-9a-f]{32,}$/.test(s) ? hit("presigned-url-signature", v.start, v.end) : undefined;
    case "token":
      if (AWS_SECRET_VALUE.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s)) return hit("aws-secret-access-key", v.start, v.end);
      return s.length >= 16 && classes(s) >= 2 ? hit("api-key", v.start, v.end) : undefined;
    case "password":
      if (s.length < 4) return undefined;
      // "Password: hunter2" is one in prose too. A value of one character class is one only inside code or config
      // (`password=12345678`), and a lone lower-case word never: "invalid password: authentication failed".
      if (classes(s) >= 2) return hit("password", v.start, v.end);
      return /^[a-z]+$/.test(s) || s.length < 6 ? undefined : hit("password", v.start, v.end, true);
    default:
      return undefined;
  }
}

/** Labelled secrets: `key <separator> value` in config files, env files, JSON, XML, CLI flags, headers. */
export function labelledSecrets(text: string): SecretHit[] {
  const out: SecretHit[] = [];
  let keyEndSeen = -1;
  for (const m of text.matchAll(KEY_ANCHOR)) {
    const at = m.index ?? 0;
    if (at < keyEndSeen) continue; // another anchor inside a key already read ("secret_key")
    const japanese = m[0] === "パスワード";
    let start = at;
    let end = at + m[0].length;
    if (!japanese) {
      while (start > 0 && at - start < MAX_KEY && KEY_CHAR.test(text[start - 1])) start--;
      while (end < text.length && end - at < MAX_KEY && KEY_CHAR.test(text[end])) end++;
      // `--password v`: the dashes are the flag, not the key; `password.` ends a sentence.
      while (start < at && text[start] === "-") start++;
      while (end > at + m[0].length && (text[end - 1] === "." || text[end - 1] === "-")) end--;
    }
    keyEndSeen = end;
    const kind = labelKind(text.slice(start, end));
    if (!kind) continue;
    const value = readValue(text, start, end, japanese);
    if (!value) continue;
    // Words inside a value are not keys: skipping them keeps the scan linear on "password=password=…".
    keyEndSeen = value.end;
    const found = kind === "authorization" ? bearer(text, value) : judge(kind, value);
    if (found) out.push(found);
  }
  return out;
}

function bearer(text: string, v: Value): SecretHit | undefined {
  const token = authorizationToken(text, v);
  if (!token || isPlaceholder(token.text) || token.text.length < 12) return undefined;
  return hit("bearer-token", token.start, token.end);
}

const SCHEME_CHAR = /[A-Za-z0-9+.-]/;
const USERINFO_END = /[\s/?#<>"'`)\]]/;

/** `scheme://user:password@host` for any scheme: the password is the secret. */
export function urlCredentials(text: string): SecretHit[] {
  const out: SecretHit[] = [];
  for (let i = text.indexOf("://"); i >= 0; i = text.indexOf("://", i + 3)) {
    let s = i;
    while (s > 0 && i - s < 32 && SCHEME_CHAR.test(text[s - 1])) s--;
    if (s === i || !/[A-Za-z]/.test(text[s])) continue;
    // Everything is looked up inside the authority (at most 512 characters), never beyond: a text of nothing
    // but "x://" must not make each anchor search the rest of the text.
    const from = i + 3;
    const limit = Math.min(text.length, from + 512);
    let end = from;
    let colon = -1;
    let at = -1;
    for (; end < limit && !USERINFO_END.test(text[end]); end++) {
      if (text[end] === "@") at = end;
      else if (text[end] === ":" && colon < 0) colon = end;
    }
    if (at < 0 || colon < 0 || colon >= at) continue;
    const password = text.slice(colon + 1, at);
    if (password.length < 3 || isPlaceholder(decodeSafe(password))) continue;
    out.push(hit("url-credentials", colon + 1, at));
  }
  return out;
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** AWS session tokens by their prefix (base64 of their own header), wherever they are pasted. */
const SESSION_TOKEN = /(?:IQoJb3JpZ2luX2Vj|FwoGZXIvYXdzE|FQoGZXIvYXdzE|AQoDYXdzE)[A-Za-z0-9/+=%]{60,}/g;

export function sessionTokens(text: string): SecretHit[] {
  const out: SecretHit[] = [];
  for (const m of text.matchAll(SESSION_TOKEN)) {
    if (m[0].includes("EXAMPLE")) continue;
    const start = m.index ?? 0;
    out.push(hit("aws-session-token", start, start + m[0].length));
  }
  return out;
}

const KEY_ID = /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g;
const BARE_SECRET = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g;

/**
 * The secret key of a credentials CSV (`AKIA…,wJal…`) has no label: a 40-character base64 value on the same line
 * as an access key id is taken as its secret. Git SHAs (hex, one case) are not.
 */
export function unlabelledSecretKeys(text: string): SecretHit[] {
  const out: SecretHit[] = [];
  let lineEnd = -1;
  for (const m of text.matchAll(KEY_ID)) {
    const at = m.index ?? 0;
    if (at <= lineEnd) continue; // this line was read already
    // Matches come in order, so the search back stops at the previous line's end: linear overall.
    const lineStart = text.lastIndexOf("\n", at) + 1;
    lineEnd = text.indexOf("\n", at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const s of line.matchAll(BARE_SECRET)) {
      const v = s[0];
      if (!/[a-z]/.test(v) || !/[A-Z]/.test(v) || isPlaceholder(v)) continue;
      const start = lineStart + (s.index ?? 0);
      out.push(hit("aws-secret-access-key", start, start + v.length));
    }
  }
  return out;
}

const KEY_HEADER = /-----BEGIN[ A-Z0-9]{0,24}PRIVATE KEY(?: BLOCK)?-----/g;

/** The characters of a key block between its header and footer, without the line breaks around them. */
export function privateKeyBody(text: string, headerEnd: number, footerStart: number): { start: number; end: number } {
  let start = headerEnd;
  let end = footerStart;
  while (start < end && isBreak(text, start)) start += text[start] === "\\" ? 2 : 1;
  while (end > start && isBreakBefore(text, end)) end -= text[end - 1] === "n" && text[end - 2] === "\\" ? 2 : 1;
  return { start, end };
}

/** A line break, a blank, or the two characters `\n` of a key inside a JSON string. */
function isBreak(text: string, i: number): boolean {
  return /\s/.test(text[i]) || (text[i] === "\\" && text[i + 1] === "n");
}

function isBreakBefore(text: string, end: number): boolean {
  return /\s/.test(text[end - 1]) || (text[end - 1] === "n" && text[end - 2] === "\\");
}

/**
 * A private key pasted without its END line (a truncated copy is still a leaked key): the body runs from the
 * header to the end of its code block, a blank line, or the next header.
 */
export function truncatedPrivateKeys(text: string): SecretHit[] {
  const out: SecretHit[] = [];
  const headers = [...text.matchAll(KEY_HEADER)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  if (headers.length === 0) return out;
  // The END lines, found once: looking for one after every header would rescan the text per header.
  const footers: number[] = [];
  for (let f = text.indexOf("-----END"); f >= 0; f = text.indexOf("-----END", f + 8)) footers.push(f);
  let nextFooter = 0;
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i];
    const next = i + 1 < headers.length ? headers[i + 1].start : text.length;
    while (nextFooter < footers.length && footers[nextFooter] < h.end) nextFooter++;
    if (nextFooter < footers.length && footers[nextFooter] < next) continue; // complete: secretlint reports it
    const stop = blockEnd(text, h.end, next);
    const body = privateKeyBody(text, h.end, stop);
    if (body.end - body.start < 16 || isPlaceholder(text.slice(body.start, body.end).replace(/\s+/g, ""))) continue;
    out.push({ kind: "private-key", start: h.start, end: body.end, redactStart: body.start, redactEnd: body.end });
  }
  return out;
}

/** Where a truncated key body stops: before a blank line or a fence line, or at `limit`. */
function blockEnd(text: string, from: number, limit: number): number {
  let pos = text.indexOf("\n", from);
  while (pos >= 0 && pos < limit) {
    let end = text.indexOf("\n", pos + 1);
    if (end < 0 || end > limit) end = limit;
    const line = text.slice(pos + 1, end).trim();
    if (line === "" || line.startsWith("```") || line.startsWith("~~~")) return pos;
    if (end >= limit) return limit;
    pos = end;
  }
  return limit;
}
