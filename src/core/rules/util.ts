/** Helpers shared by rule files. */
import type { CaseDocument, Range, SectionRange } from "../document";
import { SECTIONS, type SectionKey } from "../sections";
import type { Localized, Rule, RuleDocs, RuleExample, Severity } from "../types";

export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Where document-wide findings go: the title heading, else the first non-empty line. */
export function titleAnchor(doc: CaseDocument): Range {
  if (doc.title) return { start: doc.title.start, end: doc.title.end };
  const from = doc.frontMatter ? doc.frontMatter.end : 0;
  const first = doc.positionAt(from).line;
  // The first line with content (prose, a heading, a list, code): blank lines and lines inside comments
  // (casedraft-disable...) are skipped.
  for (let line = first; line <= doc.lineCount; line++) {
    const start = Math.max(from, doc.lineStart(line));
    const end = doc.lineEnd(line);
    const raw = doc.text.slice(start, end);
    const s = start + raw.length - raw.trimStart().length;
    const e = start + raw.trimEnd().length;
    if (s < e && !doc.comments.some((c) => c.start <= s && e <= c.end)) return { start: s, end };
  }
  return { start: from, end: from };
}

export function headingRange(section: SectionRange): Range {
  return { start: section.heading.start, end: section.heading.end };
}

export interface SectionText {
  doc: CaseDocument;
  section: SectionRange;
  /** The body with code, markup, URLs and quotes masked. */
  prose: string;
  /** The body as written, code included (identifiers are often pasted in code). */
  raw: string;
}

/**
 * A rule that judges the content of one 5W2H section: it reports on the section's heading when `satisfied`
 * says the body lacks what it needs. Absent sections are `section-missing`'s concern, empty ones `section-empty`'s.
 */
export function sectionContentRule(spec: {
  id: string;
  section: SectionKey;
  defaultSeverity: Severity;
  docs: { ja: RuleDocs; en: RuleDocs };
  examples: { ok: RuleExample[]; notOk: RuleExample[] };
  satisfied: (s: SectionText) => boolean;
  message: Localized;
}): Rule {
  return defineRule({
    id: spec.id,
    category: "structure",
    defaultSeverity: spec.defaultSeverity,
    docs: spec.docs,
    examples: spec.examples,
    check({ doc, report }) {
      const section = doc.sections.get(spec.section);
      if (!section) return;
      if (isTemplateOnly(doc, section)) return;
      const prose = doc.prose.slice(section.bodyStart, section.bodyEnd);
      const raw = doc.text.slice(section.bodyStart, section.bodyEnd);
      if (!spec.satisfied({ doc, section, prose, raw })) report({ ...headingRange(section), message: spec.message });
    },
  });
}

import { PLACEHOLDER } from "../patterns";

export function stripPlaceholders(s: string): string {
  return s.replace(PLACEHOLDER, " ");
}

/** True when nothing but whitespace, punctuation and list or label syntax is left. */
export function isBlank(s: string): boolean {
  return !/[\p{L}\p{N}]/u.test(s);
}

export function sectionName(key: SectionKey, lang: "ja" | "en"): string {
  return SECTIONS[key].heading[lang];
}

import { SECTION_ORDER } from "../sections";
import { snippetToText } from "../snippet";

const LABEL_ONLY = /^[^:：]{1,40}[:：]$/;
const LIST_MARKER = /^\s*(?:[-*+]|\d{1,3}[.)])\s+/;

/** A line reduced to what a writer added: list marker and placeholders gone, spaces collapsed. */
function residue(line: string): string {
  return trimEndOf(stripPlaceholders(line.replace(LIST_MARKER, "")).replace(/\s+/g, " "), " 。.").trim();
}

/** Drops trailing characters from `chars` (a loop: /[…]+$/ would be quadratic on long inner runs). */
function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

let templateResidues: Set<string> | undefined;

/** Residues of every skeleton line of the template (both languages): such lines hold nothing yet. */
function skeletonResidues(): Set<string> {
  if (!templateResidues) {
    templateResidues = new Set();
    for (const key of SECTION_ORDER) {
      for (const lang of ["ja", "en"] as const) {
        for (const mode of ["first", "all"] as const) {
          for (const line of snippetToText(SECTIONS[key].skeleton[lang], mode).split("\n")) templateResidues.add(residue(line));
        }
      }
    }
  }
  return templateResidues;
}

/** Whether a section holds only template lines, placeholders, comments and whitespace. */
export function isTemplateOnly(doc: CaseDocument, section: SectionRange): boolean {
  const known = skeletonResidues();
  let body = doc.text.slice(section.bodyStart, section.bodyEnd);
  for (const c of doc.comments) {
    if (c.start >= section.bodyStart && c.end <= section.bodyEnd) {
      body = body.slice(0, c.start - section.bodyStart) + " ".repeat(c.end - c.start) + body.slice(c.end - section.bodyStart);
    }
  }
  for (const line of body.split("\n")) {
    if (/^\s*(?:`{3,}|~{3,})/.test(line)) continue;
    const r = residue(line);
    // A bare label ("Region: TODO" with the placeholder gone) holds nothing either.
    if (r === "" || known.has(r) || LABEL_ONLY.test(r)) continue;
    if (!isBlank(r)) return false;
  }
  return true;
}
