/** How ready a draft is to send: 5W2H sections filled, findings by level, characters left in the form. */
import type { CaseDocument } from "./document";
import { renderedLength, SUPPORT_CENTER_LIMIT } from "./render";
import { isTemplateOnly } from "./rules/util";
import { SECTION_ORDER, SECTIONS, type SectionKey } from "./sections";
import { draftSeverity, severityLevel, type SeverityCode } from "./severity";
import type { Finding, Lang, Severity } from "./types";

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
  /** The case severity from the front matter, when it names one. */
  severity?: SeverityCode;
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
  const characters = renderedLength(doc);
  const severity = draftSeverity(doc)?.code;
  return {
    filled,
    missing,
    counts,
    characters,
    charactersLeft: SUPPORT_CENTER_LIMIT - characters,
    secrets: findings.filter((f) => f.ruleId === "secret").length,
    ...(severity ? { severity } : {}),
  };
}

const num = (n: number) => n.toLocaleString("en-US");

function charactersText(r: Readiness, lang: Lang): string {
  const limit = num(SUPPORT_CENTER_LIMIT);
  if (r.charactersLeft >= 0) return lang === "ja" ? `残り ${num(r.charactersLeft)} 文字(${num(r.characters)} / ${limit})` : `${num(r.charactersLeft)} characters left (${num(r.characters)} / ${limit})`;
  const over = num(-r.charactersLeft);
  return lang === "ja" ? `${limit} 文字を ${over} 文字超過(${num(r.characters)} 文字)` : `${over} characters over the ${limit} limit (${num(r.characters)})`;
}

function secretsText(r: Readiness, lang: Lang): string {
  if (r.secrets === 0) return lang === "ja" ? "シークレット: なし" : "secrets: none";
  return lang === "ja" ? `シークレット: ${r.secrets} 件(送る前に伏せ字に)` : `secrets: ${r.secrets} (redact before sending)`;
}

function severityText(r: Readiness, lang: Lang): string {
  if (!r.severity) return lang === "ja" ? "重要度: 未指定" : "severity: not set";
  const name = severityLevel(r.severity).name[lang];
  return lang === "ja" ? `重要度: ${r.severity}(${name})` : `severity: ${r.severity} (${name})`;
}

/** The readiness summary as a few lines (status bar tooltip). */
export function readinessLines(r: Readiness, lang: Lang): string[] {
  const n = r.filled.length;
  const missing = r.missing.map((k) => SECTIONS[k].heading[lang]).join(", ");
  const c = r.counts;
  return lang === "ja"
    ? [
        `5W2H: ${n}/7 セクション記入済み${missing ? `(未記入: ${missing})` : ""}`,
        `指摘: エラー ${c.error}、警告 ${c.warning}、情報 ${c.info}、ヒント ${c.hint}`,
        `文字数: ${charactersText(r, lang)}`,
        secretsText(r, lang),
        severityText(r, lang),
      ]
    : [
        `5W2H: ${n}/7 sections filled${missing ? ` (missing: ${missing})` : ""}`,
        `Findings: ${c.error} errors, ${c.warning} warnings, ${c.info} info, ${c.hint} hints`,
        `Characters: ${charactersText(r, lang)}`,
        secretsText(r, lang).replace(/^s/, "S"),
        severityText(r, lang).replace(/^s/, "S"),
      ];
}

/** The readiness summary on one line (`casedraft lint`, the CodeLens). */
export function readinessLine(r: Readiness, lang: Lang): string {
  const c = r.counts;
  const n = r.filled.length;
  return lang === "ja"
    ? `5W2H ${n}/7、エラー ${c.error}、警告 ${c.warning}、情報 ${c.info}、ヒント ${c.hint}、${charactersText(r, lang)}、${secretsText(r, lang)}`
    : `5W2H ${n}/7, ${c.error} error(s), ${c.warning} warning(s), ${c.info} info, ${c.hint} hint(s), ${charactersText(r, lang)}, ${secretsText(r, lang)}`;
}
