/** How ready a draft is to send: 5W2H sections filled, findings by level, characters left in the form. */
import type { CaseDocument } from "./document";
import { renderPlainText, SUPPORT_CENTER_LIMIT } from "./render";
import { isTemplateOnly } from "./rules/util";
import { SECTION_ORDER, type SectionKey } from "./sections";
import type { Finding, Severity } from "./types";

export interface Readiness {
  /** Sections present with content, in canonical order. */
  filled: SectionKey[];
  /** Sections absent or holding only the template. */
  missing: SectionKey[];
  counts: Record<Severity, number>;
  /** Characters of the rendered text, and how many are left under the Support Center limit. */
  characters: number;
  charactersLeft: number;
  secrets: number;
}

export function readiness(doc: CaseDocument, findings: Finding[]): Readiness {
  const filled: SectionKey[] = [];
  const missing: SectionKey[] = [];
  for (const key of SECTION_ORDER) {
    const s = doc.sections.get(key);
    if (s && !isTemplateOnly(doc, s)) filled.push(key);
    else missing.push(key);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const f of findings) counts[f.severity]++;
  const characters = [...renderPlainText(doc.text).trimEnd()].length;
  return {
    filled,
    missing,
    counts,
    characters,
    charactersLeft: SUPPORT_CENTER_LIMIT - characters,
    secrets: findings.filter((f) => f.ruleId === "secret").length,
  };
}
