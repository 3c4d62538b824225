/**
 * The case severity a draft declares in its front matter (`severity: high`), read as the CreateCase API's code.
 *
 * Accepted: the API codes and the Support Center's names in English and Japanese. The Japanese names are those
 * of AWS's Japanese documentation (一般的なガイダンス …) and, for the first four, the labels of the Japanese
 * console (通常の問い合わせ/機能要望 …) as AWS Support engineers quote them; spacing, case, full-width forms and
 * the particle の are ignored when comparing.
 */
import type { CaseDocument, Range } from "./document";
import { fmt } from "./i18n";
import type { Localized, Report } from "./types";

export type SeverityCode = "low" | "normal" | "high" | "urgent" | "critical";

export interface SeverityLevel {
  code: SeverityCode;
  /** 1 (low) to 5 (critical). */
  rank: number;
  /** The Support Center's name. */
  name: Localized;
  /** Other names the Japanese console and documentation use. */
  aliases: string[];
  /** Target first-response time. */
  response: Localized;
}

export const SEVERITY_LEVELS: readonly SeverityLevel[] = [
  {
    code: "low",
    rank: 1,
    name: { ja: "一般的なガイダンス", en: "General guidance" },
    aliases: ["通常の問い合わせ/機能要望", "通常の問い合わせ"],
    response: { ja: "24 時間以内", en: "within 24 hours" },
  },
  {
    code: "normal",
    rank: 2,
    name: { ja: "システムの障害", en: "System impaired" },
    aliases: ["障害/開発中の急ぎの問い合わせ"],
    response: { ja: "12 時間以内", en: "within 12 hours" },
  },
  {
    code: "high",
    rank: 3,
    name: { ja: "本番システムの障害", en: "Production system impaired" },
    aliases: ["発生中の障害"],
    response: { ja: "4 時間以内", en: "within 4 hours" },
  },
  {
    code: "urgent",
    rank: 4,
    name: { ja: "本番システムのダウン", en: "Production system down" },
    aliases: ["発生中の障害(ビジネスへの影響大)"],
    response: { ja: "1 時間以内", en: "within 1 hour" },
  },
  {
    code: "critical",
    rank: 5,
    name: { ja: "ビジネスクリティカルなシステムのダウン", en: "Business-critical system down" },
    aliases: [],
    response: { ja: "15 分以内", en: "within 15 minutes" },
  },
];

/** Lower case, NFKC, without blanks, punctuation and the particle の: "本番システムのダウン" = "本番 システム ダウン". */
function normalize(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-‐・/()「」"'`.,、。:]|の/g, "");
}

const BY_NAME = new Map<string, SeverityCode>();
for (const level of SEVERITY_LEVELS) {
  for (const name of [level.code, level.name.en, level.name.ja, ...level.aliases]) BY_NAME.set(normalize(name), level.code);
}

/** The API code for a severity written as a code or a console name, or undefined. */
export function parseSeverity(value: string): SeverityCode | undefined {
  return BY_NAME.get(normalize(value));
}

export function severityLevel(code: SeverityCode): SeverityLevel {
  return SEVERITY_LEVELS.find((l) => l.code === code) as SeverityLevel;
}

/** Front matter keys that hold the severity. */
const KEYS = /^(severity|重要度|緊急度)$/i;

export interface DraftSeverity extends Range {
  /** The key as written in the front matter. */
  key: string;
  /** The value as written. */
  raw: string;
  code?: SeverityCode;
}

/** The severity declared in the front matter, with the range of its value. */
export function draftSeverity(doc: CaseDocument): DraftSeverity | undefined {
  const fm = doc.frontMatter;
  if (!fm) return undefined;
  const key = Object.keys(fm.data).find((k) => KEYS.test(k));
  if (key === undefined) return undefined;
  const value = fm.data[key];
  const raw = value === null || value === undefined ? "" : String(value);
  const range = valueRange(doc, key, fm.end) ?? { start: fm.start, end: fm.end };
  return { key, raw, ...range, ...(parseSeverity(raw) ? { code: parseSeverity(raw) } : {}) };
}

/** Where the value of `key:` is written in the front matter (the first line that sets it). */
function valueRange(doc: CaseDocument, key: string, fmEnd: number): Range | undefined {
  const text = doc.text;
  for (let pos = 0; pos < fmEnd; ) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0 || eol > fmEnd) eol = fmEnd;
    const line = text.slice(pos, eol);
    if (line.startsWith(key)) {
      const m = /^[ \t]*:[ \t]*/.exec(line.slice(key.length));
      if (m) {
        const start = pos + key.length + m[0].length;
        const end = pos + line.trimEnd().length;
        return { start: Math.min(start, end), end };
      }
    }
    pos = eol + 1;
  }
  return undefined;
}

const CODES = SEVERITY_LEVELS.map((l) => l.code).join(", ");

/** A severity the API would not take, as a configuration problem naming the key (reported by the engine). */
export function severityProblem(doc: CaseDocument): Report | undefined {
  const s = draftSeverity(doc);
  if (!s || s.code) return undefined;
  const choices = s.raw.split(/[/|]/).filter((c) => parseSeverity(c.trim()) !== undefined);
  if (choices.length > 1) {
    return {
      start: s.start,
      end: s.end,
      message: fmt(
        {
          ja: "フロントマターの「{key}」が選択肢のままです({value})。業務への影響に合わせて 1 つ選んでください。例: {key}: high(本番システムの障害)",
          en: "Front matter \"{key}\" still lists the choices ({value}). Pick the one that matches the business impact, e.g. {key}: high (Production system impaired).",
        },
        { key: s.key, value: s.raw },
      ),
    };
  }
  return {
    start: s.start,
    end: s.end,
    message: fmt(
      {
        ja: "フロントマターの「{key}」の値「{value}」は重要度として使えません。API のコード({codes})かサポートセンターの表示名で書いてください。例: {key}: high(本番システムの障害)",
        en: "Front matter \"{key}\" has the value \"{value}\", which is not a severity. Write an API code ({codes}) or a Support Center name, e.g. {key}: high (Production system impaired).",
      },
      { key: s.key, value: s.raw, codes: CODES },
    ),
  };
}
