/**
 * Every secret in a draft: secretlint's recommended detectors plus ours (see detectors.ts), over the raw text,
 * code blocks, front matter and comments included, since pasted config files are where secrets hide.
 *
 * The scan runs per top-level piece of the draft (the same pieces the Markdown parse is cut into) and is cached
 * against that piece's parse tree: an edit re-scans only the piece it touches, and the cache lives exactly as
 * long as the parse cache does (a benchmark that empties the parse cache also gets cold scans).
 */
import type { Root } from "mdast";
import type { CaseDocument } from "../document";
import { parseChunks } from "../markdown";
import { isPlaceholder, labelledSecrets, privateKeyBody, sessionTokens, truncatedPrivateKeys, unlabelledSecretKeys, urlCredentials } from "./detectors";
import { SECRETLINT_KIND, type SecretHit, type SecretKind } from "./kinds";
import { secretlintScan, type SecretlintHit } from "./secretlint";

export type { SecretHit, SecretKind } from "./kinds";
export { KINDS } from "./kinds";
export { isPlaceholder } from "./detectors";

/** AWS's documentation keys and tokens all carry EXAMPLE; pasting them leaks nothing. */
function isAwsExample(value: string): boolean {
  return value.includes("EXAMPLE");
}

/** A token's type prefix (`ghp_`, `xoxb-`, `npm_`) says what leaked without leaking it, so redaction keeps it. */
function typePrefix(value: string): number {
  const m = /^(?:github_pat_|lin_api_|[a-z]{2,6}[_-])/.exec(value);
  return m && value.length - m[0].length >= 16 ? m[0].length : 0;
}

/** secretlint's report as our hit: the kind, and the exact characters a redaction replaces. */
function fromSecretlint(text: string, h: SecretlintHit): SecretHit | undefined {
  const known = SECRETLINT_KIND[h.messageId];
  if (known === null) return undefined;
  const kind: SecretKind = known ?? "provider-token";
  const base = { kind, start: h.start, end: h.end, redactStart: h.start, redactEnd: h.end };
  switch (kind) {
    case "aws-access-key-id":
      if (isAwsExample(h.value)) return undefined;
      // The AKIA / ASIA prefix stays: it tells support a long-term from a temporary key and identifies nothing.
      return { ...base, redactStart: h.start + 4 };
    case "aws-secret-access-key":
      return isAwsExample(h.value) ? undefined : base;
    case "private-key": {
      const headerEnd = text.indexOf("-----", text.indexOf("BEGIN", h.start)) + 5;
      const footerStart = text.lastIndexOf("-----END", h.end);
      const body = privateKeyBody(text, headerEnd, footerStart);
      if (body.end - body.start < 16 || isPlaceholder(text.slice(body.start, body.end).replace(/\s+/g, ""))) return undefined;
      return { ...base, redactStart: body.start, redactEnd: body.end };
    }
    case "url-credentials":
      return passwordOfUrl(text, h);
    case "slack-webhook": {
      const path = text.indexOf("/services/", h.start);
      return path >= 0 && path < h.end ? { ...base, redactStart: path + "/services/".length } : base;
    }
    default: {
      const keep = typePrefix(text.slice(h.start, h.end));
      return { ...base, redactStart: h.start + keep, ...(kind === "provider-token" ? { provider: providerName(h.ruleId) } : {}) };
    }
  }
}

/** `https://user:password@host`: only the password is secret. */
function passwordOfUrl(text: string, h: SecretlintHit): SecretHit | undefined {
  const scheme = text.indexOf("://", h.start);
  const at = text.indexOf("@", scheme);
  const colon = text.indexOf(":", scheme + 3);
  if (scheme < 0 || at < 0 || at > h.end || colon < 0 || colon > at) return undefined;
  return { kind: "url-credentials", start: colon + 1, end: at, redactStart: colon + 1, redactEnd: at };
}

/** "@secretlint/secretlint-rule-foo-bar" -> "foo-bar". */
function providerName(ruleId: string): string {
  return ruleId.replace(/^.*secretlint-rule-/, "");
}

/** All hits in a text, overlapping ones merged (secretlint's first, the wider one kept). */
export function scanText(text: string): SecretHit[] {
  const all: SecretHit[] = [];
  for (const h of secretlintScan(text)) {
    const converted = fromSecretlint(text, h);
    if (converted) all.push(converted);
  }
  // Appended one by one: spreading a detector's result into push() overflows the stack on texts with 10^5 hits.
  for (const detector of [labelledSecrets, urlCredentials, sessionTokens, unlabelledSecretKeys, truncatedPrivateKeys]) {
    for (const h of detector(text)) all.push(h);
  }
  return dedupe(all);
}

function dedupe(hits: SecretHit[]): SecretHit[] {
  const sorted = hits.map((h, i) => ({ h, i })).sort((a, b) => a.h.start - b.h.start || b.h.end - a.h.end || a.i - b.i);
  const out: SecretHit[] = [];
  for (const { h } of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end - h.start > last.end - last.start) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

const cache = new WeakMap<Root, SecretHit[]>();

/** Every secret in the document, in document offsets. */
export function findSecrets(doc: CaseDocument): SecretHit[] {
  const text = doc.text;
  const from = doc.frontMatter ? doc.frontMatter.end : 0;
  const out: SecretHit[] = from > 0 ? scanText(text.slice(0, from)) : [];
  for (const chunk of parseChunks(text, from)) {
    let hits = cache.get(chunk.tree);
    if (!hits) {
      hits = scanText(chunk.text);
      cache.set(chunk.tree, hits);
    }
    const b = chunk.base;
    for (const h of hits) out.push({ ...h, start: h.start + b, end: h.end + b, redactStart: h.redactStart + b, redactEnd: h.redactEnd + b });
  }
  return pairKeyIds(doc, out);
}

/** Lines around a key id in which its secret must be for the pair to count (a credentials file is compact). */
const PAIR_LINES = 10;

/**
 * An access key id alone is an identifier (support can look its calls up in CloudTrail); next to a secret key or
 * session token it is half of a credential, and is reported with it.
 */
function pairKeyIds(doc: CaseDocument, hits: SecretHit[]): SecretHit[] {
  const secretLines = hits
    .filter((h) => h.kind === "aws-secret-access-key" || h.kind === "aws-session-token")
    .map((h) => doc.positionAt(h.start).line)
    .sort((a, b) => a - b);
  return hits.filter((h) => h.kind !== "aws-access-key-id" || nearest(secretLines, doc.positionAt(h.start).line) <= PAIR_LINES);
}

/** Distance from `line` to the closest of the sorted `lines` (binary search: drafts can hold thousands of ids). */
function nearest(lines: number[], line: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  const after = lo < lines.length ? lines[lo] - line : Infinity;
  const before = lo > 0 ? line - lines[lo - 1] : Infinity;
  return Math.min(after, before);
}
