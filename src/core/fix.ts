/** Applying fixes as data: fix-all for the CLI, tests and the editor's `source.fixAll.caseDraft`. */
import { applyEdits } from "./engine";
import { snippetToText } from "./snippet";
import type { Edit, Finding, ResolvedFix } from "./types";

/** The edits of a fix as plain text (snippet tab stops replaced by their defaults). */
export function plainEdits(fix: ResolvedFix): Edit[] {
  return fix.snippet ? fix.edits.map((e) => ({ ...e, text: snippetToText(e.text) })) : fix.edits;
}

/** Applies the preferred fix of every finding whose edits do not overlap an earlier one. */
export function fixAll(text: string, findings: Finding[]): { text: string; applied: number; edits: Edit[] } {
  const edits: Edit[] = [];
  let applied = 0;
  const taken: Edit[] = [];
  for (const f of findings) {
    const fix = f.fixes?.find((x) => x.preferred);
    if (!fix) continue;
    const es = plainEdits(fix);
    if (es.some((e) => taken.some((t) => overlaps(e, t)))) continue;
    taken.push(...es);
    edits.push(...es);
    applied++;
  }
  return { text: applyEdits(text, edits), applied, edits };
}

function overlaps(a: Edit, b: Edit): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  return a.start < b.end && b.start < a.end;
}
