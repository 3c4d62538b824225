/**
 * The shape of a wording lexicon entry. Lexicons are plain data (one file per rule family under src/core/lexicon):
 * to teach a rule a new expression, add an entry to its list; no code changes are needed.
 */
import type { Lang, Localized } from "../types";

/** One vague expression and what to write instead. */
export interface LexiconTerm {
  /**
   * The expression as written. A literal, matched case-insensitively for Latin script, unless `regex` is true.
   * English terms must stand as whole words; Japanese terms must start and end on word boundaries found by
   * `Intl.Segmenter` (so 一部 does not match inside 一部分).
   */
  term: string;
  /** The language the expression belongs to (decides how word boundaries are found). */
  lang: Lang;
  /**
   * `term` is a regular-expression source instead of a literal. It must be linear (no nested quantifiers, no
   * overlapping alternatives under a quantifier) and must not start with an unbounded character class.
   */
  regex?: boolean;
  /**
   * When the text right after the match matches this, the match is part of another word or a fixed phrase and is
   * not judged: 今朝 followed by 方 (今朝方), 一部 followed by 上場 (一部上場). Anchor it with `^`.
   */
  unlessFollowedBy?: RegExp;
  /** Likewise for the text right before the match. Anchor it with `$`. */
  unlessPrecededBy?: RegExp;
  /**
   * The match may end inside a word: a verb stem whose inflection follows (動か|ない, つながら|ない). Only its
   * start must fall on a word boundary.
   */
  openEnded?: boolean;
  /**
   * Matched anywhere, even inside a longer word: for user-defined glossary terms, which are specific enough and
   * which a dictionary-based segmenter does not know.
   */
  substring?: boolean;
  /** A better wording for this very expression, shown as the message's example (in both languages). */
  instead?: Localized;
}

/** Shorthand constructors keep the lexicon files readable. */
export function ja(term: string, extra: Partial<Omit<LexiconTerm, "term" | "lang">> = {}): LexiconTerm {
  return { term, lang: "ja", ...extra };
}

export function en(term: string, extra: Partial<Omit<LexiconTerm, "term" | "lang">> = {}): LexiconTerm {
  return { term, lang: "en", ...extra };
}
