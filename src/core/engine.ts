/** Runs every rule on a document and applies configuration: severities, off switches, inline comments. */
import { CaseDocument } from "./document";
import { DisableMap, readDirectives } from "./directives";
import { CORE_MESSAGES, fmt } from "./i18n";
import { RULES, RULE_IDS } from "./rules";
import { severityProblem } from "./severity";
import type { Finding, LintOptions, Localized, Report, Rule, Severity } from "./types";

export const DEFAULT_OPTIONS: LintOptions = {
  lang: "en",
  rules: {},
  glossary: [],
  timeZone: "UTC",
  aws: {},
};

/** Pseudo rule id of problems in the draft's own configuration (inline comments, front matter). */
export const CONFIG_RULE_ID = "config";

export function resolveOptions(options?: Partial<LintOptions>): LintOptions {
  const o = { ...DEFAULT_OPTIONS, ...(options ?? {}) };
  return {
    lang: o.lang === "ja" ? "ja" : "en",
    rules: o.rules ?? {},
    glossary: Array.isArray(o.glossary) ? o.glossary : [],
    timeZone: typeof o.timeZone === "string" && o.timeZone ? o.timeZone : "UTC",
    aws: o.aws ?? {},
  };
}

/** Lints Markdown text. Never throws on any text; a rule that throws becomes a finding naming it. */
export function lint(text: string, options?: Partial<LintOptions>): Finding[] {
  return lintDocument(new CaseDocument(String(text ?? "")), options);
}

export function lintDocument(doc: CaseDocument, options?: Partial<LintOptions>): Finding[] {
  const opts = resolveOptions(options);
  const directives = readDirectives(doc);
  const disabled = new DisableMap(directives, doc.lineCount);
  const findings: Finding[] = [];
  const push = (ruleId: string, severity: Severity, r: Report) => {
    const start = clamp(r.start, doc.text.length);
    const end = clamp(Math.max(r.end, r.start), doc.text.length);
    const s = doc.positionAt(start);
    if (disabled.isDisabled(ruleId, s.line)) return;
    const e = doc.positionAt(end);
    findings.push({
      ruleId,
      severity,
      message: r.message[opts.lang],
      line: s.line,
      column: s.column,
      endLine: e.line,
      endColumn: e.column,
      start,
      end,
      ...(r.data ? { data: r.data } : {}),
      ...(r.fixes?.length
        ? { fixes: r.fixes.map((f) => ({ title: f.title[opts.lang], edits: f.edits, snippet: f.snippet, preferred: f.preferred })) }
        : {}),
    });
  };

  for (const rule of RULES) {
    const setting = opts.rules[rule.id];
    if (setting === "off") continue;
    if (rule.needsIdentity && !opts.aws.account) continue;
    runRule(rule, doc, opts, (r) => push(rule.id, setting ?? r.severity ?? rule.defaultSeverity, r));
  }
  configFindings(doc, directives, (r) => push(CONFIG_RULE_ID, "warning", r));
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
}

function runRule(rule: Rule, doc: CaseDocument, options: LintOptions, report: (r: Report) => void): void {
  try {
    rule.check({ doc, options, report });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    report({ start: 0, end: 0, severity: "error", message: fmt(CORE_MESSAGES.ruleCrashed, { rule: rule.id, error }) });
  }
}

function configFindings(
  doc: CaseDocument,
  directives: ReturnType<typeof readDirectives>,
  report: (r: Report) => void,
): void {
  for (const d of directives) {
    for (const rule of d.rules) {
      if (!RULE_IDS.has(rule)) {
        const message: Localized = fmt(CORE_MESSAGES.unknownRuleInComment, { rule, directive: `casedraft-${d.kind}` });
        report({ start: d.start, end: d.end, message });
      }
    }
  }
  const fm = doc.frontMatter;
  if (fm?.error) report({ start: fm.start, end: fm.end, message: fmt(CORE_MESSAGES.frontMatterInvalid, { error: fm.error }) });
  const severity = severityProblem(doc);
  if (severity) report(severity);
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.min(Math.floor(n), max)) : 0;
}

/** Applies non-overlapping edits (fixes of several findings at once); later-starting edits that overlap are dropped. */
export function applyEdits(text: string, edits: { start: number; end: number; text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.start < at) continue;
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
