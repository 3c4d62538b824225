/** Shared types of the pure lint core. No 'vscode', no 'fs' anywhere under src/core. */

export type Lang = "ja" | "en";
export type Severity = "error" | "warning" | "info" | "hint";
export type RuleCategory = "structure" | "wording" | "aws" | "safety";

/** A text in both languages: every user-facing string of the core is one of these. */
export interface Localized {
  ja: string;
  en: string;
}

/** One replacement in the text, by UTF-16 offsets (end exclusive). `text` may be a snippet when the fix says so. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A fix is plain data: a title and the edits that make it. */
export interface Fix {
  title: Localized;
  edits: Edit[];
  /** The edits' text uses VS Code snippet syntax (tab stops); other consumers strip it with `snippetToText`. */
  snippet?: boolean;
  /** The main fix for its finding, applied by fix-all. */
  preferred?: boolean;
}

/** What a rule reports: a range, a message and optional data and fixes. */
export interface Report {
  start: number;
  end: number;
  message: Localized;
  data?: Record<string, string | number | boolean>;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this one report (rare: e.g. `info` for a softer variant). */
  severity?: Severity;
}

/** A finding as the world sees it: 1-based lines and columns (columns count UTF-16 code units). */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** 0-based UTF-16 offsets into the linted text. */
  start: number;
  end: number;
  data?: Record<string, string | number | boolean>;
  fixes?: ResolvedFix[];
}

/** A fix with its title in the chosen language. */
export interface ResolvedFix {
  title: string;
  edits: Edit[];
  snippet?: boolean;
  preferred?: boolean;
}

export interface RuleExample {
  /** Markdown text of the example. */
  text: string;
  /** Findings of this rule expected on the example (not-ok examples); defaults to at least one. */
  count?: number;
  /** Options for this example only (language, glossary, identity...). */
  options?: Partial<LintOptions>;
}

export interface RuleDocs {
  /** One line: what the rule finds. */
  summary: string;
  /** Why support needs it (the domain reason). */
  why: string;
  /** How to fix, with an example. */
  fix: string;
}

export interface Rule {
  /** Stable id (SPEC §3). */
  id: string;
  category: RuleCategory;
  defaultSeverity: Severity;
  docs: { ja: RuleDocs; en: RuleDocs };
  examples: { ok: RuleExample[]; notOk: RuleExample[] };
  /** Needs the current AWS identity; skipped when none is given. */
  needsIdentity?: boolean;
  check(ctx: RuleContext): void;
}

export interface GlossaryTerm {
  term: string;
  /** What the term means, written for a stranger (shown in the message). */
  meaning?: string;
}

export interface AwsContext {
  /** The account of the current credentials, when resolved. */
  account?: string;
  /** AZ name -> AZ ID for the current account, when resolved. */
  azIds?: Record<string, string>;
}

export type RuleSetting = Severity | "off";

export interface LintOptions {
  /** Language of messages. */
  lang: Lang;
  /** Per-rule severity or off. */
  rules: Record<string, RuleSetting>;
  /** In-house terms and nicknames that a stranger cannot know. */
  glossary: GlossaryTerm[];
  /** Time zone suggested by fixes, e.g. "JST" or "UTC". */
  timeZone: string;
  aws: AwsContext;
}

import type { CaseDocument } from "./document";

export interface RuleContext {
  doc: CaseDocument;
  options: LintOptions;
  report(report: Report): void;
}
