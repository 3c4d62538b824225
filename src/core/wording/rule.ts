/** Builds a wording rule from a lexicon: find the terms in the judged text, skip the cured ones, report the rest. */
import type { CaseDocument } from "../document";
import { fmt } from "../i18n";
import type { LexiconTerm } from "../lexicon/types";
import { defineRule } from "../rules/util";
import type { Fix, LintOptions, Localized, Rule, RuleContext, RuleDocs, RuleExample, Severity } from "../types";
import { judgedText } from "./text";
import type { Lexicon, TermMatch } from "./matcher";

export interface LexiconRuleSpec<T extends LexiconTerm> {
  id: string;
  defaultSeverity: Severity;
  docs: { ja: RuleDocs; en: RuleDocs };
  examples: { ok: RuleExample[]; notOk: RuleExample[] };
  lexicon: Lexicon<T>;
  /** True when something right beside the match makes it precise (a count, a timestamp, an identifier...). */
  cured?: (doc: CaseDocument, m: TermMatch<T>, options: LintOptions) => boolean;
  /**
   * When the draft gives the missing number elsewhere (the When section states the rate), the word is a summary
   * of it, not missing information: the finding is kept at `info` with this note appended.
   */
  softened?: (doc: CaseDocument, m: TermMatch<T>) => Localized | undefined;
  /** The message: what is vague and what to write instead, with an example. */
  message: (m: TermMatch<T>, options: LintOptions) => Localized;
  fixes?: (m: TermMatch<T>, ctx: RuleContext) => Fix[] | undefined;
}

export function lexiconRule<T extends LexiconTerm>(spec: LexiconRuleSpec<T>): Rule {
  return defineRule({
    id: spec.id,
    category: "wording",
    defaultSeverity: spec.defaultSeverity,
    docs: spec.docs,
    examples: spec.examples,
    check(ctx) {
      const { doc, options, report } = ctx;
      const messageOf = messageCache((m: TermMatch<T>) => spec.message(m, options));
      for (const m of spec.lexicon.find(judgedText(doc))) {
        if (spec.cured?.(doc, m, options)) continue;
        const fixes = spec.fixes?.(m, ctx);
        const note = spec.softened?.(doc, m);
        const base = messageOf(m);
        const message = note ? { ja: base.ja + note.ja, en: base.en + " " + note.en } : base;
        report({ start: m.start, end: m.end, data: { term: m.text }, message, ...(note ? { severity: "info" as const } : {}), ...(fixes?.length ? { fixes } : {}) });
      }
    },
  });
}

/**
 * The usual message: a template with `{term}` and `{example}` slots; the example is the term's own `instead`
 * when its lexicon entry has one, else the rule's.
 */
export function termMessage(template: Localized, fallbackExample: Localized, m: TermMatch, args: Record<string, string> = {}): Localized {
  const example = fmt(m.term.instead ?? fallbackExample, args);
  return {
    ja: fmt(template, { ...args, term: m.text, example: example.ja }).ja,
    en: fmt(template, { ...args, term: m.text, example: example.en }).en,
  };
}

/** Memoizes a message builder per term and matched text: the same word recurs in long drafts. */
export function messageCache<T extends LexiconTerm>(build: (m: TermMatch<T>) => Localized): (m: TermMatch<T>) => Localized {
  const messages = new Map<T, Map<string, Localized>>();
  return (m) => {
    let byText = messages.get(m.term);
    if (!byText) messages.set(m.term, (byText = new Map()));
    let message = byText.get(m.text);
    if (!message) byText.set(m.text, (message = build(m)));
    return message;
  };
}
