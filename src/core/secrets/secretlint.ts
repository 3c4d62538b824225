/**
 * secretlint's recommended detectors, run synchronously through secretlint's public rule API.
 *
 * `@secretlint/core` is asynchronous (it awaits every handler), and the lint core must stay synchronous. A
 * secretlint rule, though, is a plain object: `create(context, options)` returns handlers such as `file(source)`,
 * and the handlers of the recommended rules report through `context.report` before they return. So each rule is
 * created with a minimal context of ours and its `file` handler is called directly on a text; what it reports is
 * collected on the spot. A handler that returns a promise (only the GCP rule does, for `.p12` files, which a draft
 * never is) is not awaited: its later reports are dropped, and its rejection is swallowed, never left unhandled.
 * The unit tests check that every rule used here reports synchronously on a sample of what it detects.
 *
 * Upgrading the preset brings its new detectors in automatically: an unknown rule id still gives a finding
 * (`provider-token`), with the provider named from the rule id.
 */
import type {
  SecretLintRuleContext,
  SecretLintRuleCreator,
  SecretLintRuleLocalizeMessages,
  SecretLintRuleMessageTranslate,
  SecretLintRuleReportDescriptor,
  SecretLintSourceCode,
  SecretLintSourceNodeLocation,
  SecretLintSourceNodePosition,
  SecretLintSourceNodeRange,
} from "@secretlint/types";

/** What a secretlint rule reported, in offsets of the scanned text. */
export interface SecretlintHit {
  /** The rule's id, e.g. `@secretlint/secretlint-rule-aws`. */
  ruleId: string;
  /** The rule's message id, e.g. `AWSSecretAccessKey`. */
  messageId: string;
  start: number;
  end: number;
  /** The detected value as the rule passed it to its message (never shown to the user). */
  value: string;
}

/**
 * Rules not run: GCP's looks only at `.json` and `.p12` files as a whole (reading `.p12` files from disk) and the
 * private key inside a pasted service-account key is found by the private-key rule anyway; filter-comments
 * implements secretlint's own disable comments, and drafts use `casedraft-disable` comments instead.
 */
const SKIPPED = new Set(["@secretlint/secretlint-rule-gcp", "@secretlint/secretlint-rule-filter-comments"]);

/**
 * Options per rule. The AWS rule scans access key ids only when asked; an id alone is not a secret (support may
 * need it to find a call in CloudTrail), so the `secret` rule reports one only next to a secret key or token.
 */
const OPTIONS: Record<string, Record<string, unknown>> = {
  "@secretlint/secretlint-rule-aws": { enableIDScanRule: true },
};

type AnyRule = SecretLintRuleCreator<unknown>;

/** The rules of the recommended preset that the scan runs. */
export function secretlintRules(): readonly AnyRule[] {
  // Loaded on the first scan, not at activation: the preset builds its detectors when it is evaluated.
  const preset = require("@secretlint/secretlint-rule-preset-recommend") as typeof import("@secretlint/secretlint-rule-preset-recommend");
  return (preset.rules as unknown as AnyRule[]).filter((r) => !SKIPPED.has(r.meta.id));
}

/** Names of the props that carry the detected value in the recommended rules' messages. */
const VALUE_PROPS = ["KEY", "TOKEN", "ID", "CREDENTIAL", "URL"];

/** A translator that records the message id and props instead of building the message (which echoes the secret). */
function recordingTranslator<T extends SecretLintRuleLocalizeMessages>(): SecretLintRuleMessageTranslate<T> {
  return ((messageId: keyof T, props?: Record<string, unknown>) => ({
    message: String(messageId),
    messageId: String(messageId),
    data: props,
  })) as SecretLintRuleMessageTranslate<T>;
}

/** The source code object a rule's `file` handler reads: the text, no file path, treated as Markdown text. */
export class TextSource implements SecretLintSourceCode {
  readonly hasBOM = false;
  readonly filePath = undefined;
  readonly physicalFilePath = undefined;
  readonly contentType = "text" as const;
  readonly ext = ".md";
  private lineStarts?: number[];

  constructor(readonly content: string) {}

  getFilePath(): undefined {
    return undefined;
  }

  getPhysicalFilePath(): undefined {
    return undefined;
  }

  private starts(): number[] {
    if (!this.lineStarts) {
      const s = [0];
      for (let i = this.content.indexOf("\n"); i >= 0; i = this.content.indexOf("\n", i + 1)) s.push(i + 1);
      this.lineStarts = s;
    }
    return this.lineStarts;
  }

  /** secretlint positions: line from 1, column from 0. */
  indexToPosition(index: number): SecretLintSourceNodePosition {
    const starts = this.starts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: index - starts[lo] };
  }

  positionToIndex(pos: SecretLintSourceNodePosition): number {
    const starts = this.starts();
    const line = Math.max(1, Math.min(pos.line, starts.length));
    return Math.min(starts[line - 1] + pos.column, this.content.length);
  }

  locationToRange(loc: SecretLintSourceNodeLocation): SecretLintSourceNodeRange {
    return [this.positionToIndex(loc.start), this.positionToIndex(loc.end)];
  }

  rangeToLocation(range: SecretLintSourceNodeRange): SecretLintSourceNodeLocation {
    return { start: this.indexToPosition(range[0]), end: this.indexToPosition(range[1]) };
  }
}

/** The detected value among a report's props: the first of the known names, else the longest string. */
function valueOf(data: unknown): string {
  if (!data || typeof data !== "object") return "";
  const props = data as Record<string, unknown>;
  for (const name of VALUE_PROPS) if (typeof props[name] === "string" && props[name]) return props[name] as string;
  let best = "";
  for (const v of Object.values(props)) if (typeof v === "string" && v.length > best.length) best = v;
  return best;
}

/**
 * Some rules report the start of the whole match with the length of the captured value (the AWS secret key after
 * its label, GitHub's x-oauth-basic URL): the value is looked up just after the reported start so the range is
 * the secret itself.
 */
function locate(content: string, start: number, end: number, value: string): [number, number] {
  if (!value || content.slice(start, start + value.length) === value) return [start, value ? start + value.length : end];
  const at = content.indexOf(value, start);
  if (at >= 0 && at - start <= 512) return [at, at + value.length];
  return [start, end];
}

/** Runs one rule's `file` handler on a text and returns what it reported synchronously. */
export function runSecretlintRule(rule: AnyRule, content: string): SecretlintHit[] {
  const hits: SecretlintHit[] = [];
  const context: SecretLintRuleContext = {
    sharedOptions: {},
    createTranslator: recordingTranslator,
    report(descriptor: SecretLintRuleReportDescriptor) {
      const [s, e] = descriptor.range;
      const value = valueOf(descriptor.message.data);
      const [start, end] = locate(content, s, e, value);
      hits.push({ ruleId: rule.meta.id, messageId: descriptor.message.messageId, start, end, value });
    },
    ignore() {
      // Only filter-comments ignores, and it is not run.
    },
  };
  const handlers = rule.create(context, OPTIONS[rule.meta.id] ?? {});
  const returned: unknown = handlers.file?.(new TextSource(content));
  if (returned && typeof (returned as PromiseLike<unknown>).then === "function") {
    (returned as Promise<unknown>).then(undefined, () => undefined);
  }
  return hits;
}

/**
 * Rules whose pattern starts at a marker and may scan far past it: they run on windows that each start at one
 * marker and end at the next. The private-key pattern looks up to 10,000 characters ahead of every
 * `-----BEGIN` for its `-----END`; a text of nothing but BEGIN lines made that 1.4 s per MiB. A key block never
 * holds a second BEGIN, so cutting there loses no key and bounds the work by the text's length.
 */
const WINDOW_AT: Record<string, string> = {
  "@secretlint/secretlint-rule-privatekey": "-----BEGIN",
};

function windows(content: string, marker: string): number[] {
  const starts: number[] = [];
  for (let i = content.indexOf(marker); i >= 0; i = content.indexOf(marker, i + marker.length)) starts.push(i);
  return starts;
}

function runOn(rule: AnyRule, content: string, out: SecretlintHit[]): void {
  const marker = WINDOW_AT[rule.meta.id];
  if (!marker) {
    for (const h of runSecretlintRule(rule, content)) out.push(h);
    return;
  }
  const starts = windows(content, marker);
  for (let i = 0; i < starts.length; i++) {
    const base = starts[i];
    const piece = content.slice(base, i + 1 < starts.length ? starts[i + 1] : content.length);
    for (const h of runSecretlintRule(rule, piece)) out.push({ ...h, start: h.start + base, end: h.end + base });
  }
}

/** Every recommended rule on a text. */
export function secretlintScan(content: string): SecretlintHit[] {
  const out: SecretlintHit[] = [];
  for (const rule of secretlintRules()) {
    try {
      runOn(rule, content, out);
    } catch {
      // A detector that throws on some text must not take the others down; ours still run.
    }
  }
  return out;
}
