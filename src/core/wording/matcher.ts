/**
 * Finds the terms of a lexicon in the judged text: one combined regular expression per lexicon finds candidates,
 * then each candidate must stand as a word (English: by the regex's own boundaries; Japanese: by Intl.Segmenter on
 * a small window) and must not be excused by its entry's `unlessFollowedBy` / `unlessPrecededBy`.
 */
import type { LexiconTerm } from "../lexicon/types";
import { wordEdges } from "./segment";

export interface TermMatch<T extends LexiconTerm = LexiconTerm> {
  start: number;
  end: number;
  /** The matched text as written. */
  text: string;
  term: T;
}

/** How much text on each side the `unless…` patterns see. */
const NEIGHBOUR = 24;
const LATIN_BEFORE = "(?<![A-Za-z0-9_])";
const LATIN_AFTER = "(?![A-Za-z0-9_])";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The regex source of one term: literal spaces match any one blank, English terms get word boundaries. */
function termSource(t: LexiconTerm): string {
  const body = t.regex ? t.term : escapeRegex(t.term).replace(/ /g, "[ \\t]");
  return t.lang === "en" ? `${LATIN_BEFORE}(?:${body})${LATIN_AFTER}` : body;
}

/** How many capturing groups a regex source has (a lexicon author may use some inside a term). */
function groupCount(source: string): number {
  return (new RegExp(`(?:${source})|`).exec("") ?? [""]).length - 1;
}

export class Lexicon<T extends LexiconTerm = LexiconTerm> {
  readonly terms: readonly T[];
  private compiled?: { pattern: RegExp; groups: { index: number; term: T }[] };

  constructor(terms: readonly T[]) {
    this.terms = terms;
  }

  /** The combined pattern, built on first use: loading the extension must not pay for every lexicon. */
  private compile(): { pattern: RegExp; groups: { index: number; term: T }[] } {
    if (!this.compiled) {
      // Longer literals first, so 一昨日 wins over 昨日 and "now and then" over "now" at the same position.
      const ordered = [...this.terms].sort((a, b) => Number(Boolean(b.regex)) - Number(Boolean(a.regex)) || b.term.length - a.term.length);
      const groups: { index: number; term: T }[] = [];
      let index = 1;
      const parts = ordered.map((t) => {
        const source = termSource(t);
        groups.push({ index, term: t });
        index += 1 + groupCount(source);
        return `(${source})`;
      });
      this.compiled = { pattern: new RegExp(parts.length > 0 ? parts.join("|") : "(?!)", "gi"), groups };
    }
    return this.compiled;
  }

  /** Every accepted match in `text`, in order, not overlapping. */
  find(text: string): TermMatch<T>[] {
    const out: TermMatch<T>[] = [];
    const { pattern: re, groups } = this.compile();
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      const term = termOf(m, groups);
      if (term && end > start && accepted(text, start, end, term)) {
        const to = term.openEnded && term.lang === "ja" ? inflectionEnd(text, end) : end;
        out.push({ start, end: to, text: text.slice(start, to), term });
        re.lastIndex = to;
      } else {
        // Another term may start inside a rejected candidate (一部分 is rejected as 一部, "some users" inside a
        // rejected longer phrase could still be one).
        re.lastIndex = start + 1;
      }
    }
    return out;
  }
}

function termOf<T>(m: RegExpExecArray, groups: readonly { index: number; term: T }[]): T | undefined {
  for (const g of groups) if (m[g.index] !== undefined) return g.term;
  return undefined;
}

/** Hiragana that starts a particle, not an inflection: the predicate ends before it (おかしい|と思います). */
const PARTICLE_START = new Set(["と", "が", "を", "は", "の", "も", "や", "か", "よ", "ね", "け", "ば", "へ", "ど", "こ", "そ"]);
const MAX_INFLECTION = 8;

/**
 * Where an open-ended Japanese predicate ends: its stem plus the hiragana of its inflection (落ち|ました,
 * つながりませ|ん), so the finding covers and quotes the whole predicate.
 */
function inflectionEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < MAX_INFLECTION && /[ぁ-ゖ]/.test(text[e]) && !PARTICLE_START.has(text[e])) e++;
  return e;
}

function accepted(text: string, start: number, end: number, term: LexiconTerm): boolean {
  if (term.unlessFollowedBy?.test(text.slice(end, end + NEIGHBOUR))) return false;
  if (term.unlessPrecededBy?.test(text.slice(Math.max(0, start - NEIGHBOUR), start))) return false;
  if (term.lang !== "ja" || term.substring) return true;
  const w = wordEdges(text, start, end);
  return term.openEnded ? w.startsOnBoundary : w.startsOnBoundary && w.endsOnBoundary;
}
