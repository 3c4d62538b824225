import { fmt } from "../i18n";
import { RELATIVE_TIME_TERMS } from "../lexicon/relative-time";
import type { Fix, Localized } from "../types";
import { Lexicon, type TermMatch } from "../wording/matcher";
import { hasAbsoluteDateNear } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

const LEXICON = new Lexicon(RELATIVE_TIME_TERMS);

/** Zones offered in the fix's choice after the configured one. */
const OTHER_ZONES = ["UTC", "JST"];
/** After these words the absolute time reads without "on": "since 2025-04-15 09:12 UTC". */
const PREPOSITION_BEFORE = /\b(?:since|from|until|till|by|before|after|at|on|as of|starting|through)[ \t]$/i;

/** Characters that must be escaped inside a snippet choice. */
function choiceValue(zone: string): string {
  return zone.replace(/[\\|,$}]/g, (c) => `\\${c}`);
}

/** The absolute-time snippet: date and time to fill in, zone as a choice with the configured zone first. */
function absoluteTimeSnippet(zone: string): string {
  let snippet = snippets.get(zone);
  if (snippet === undefined) {
    const zones = [zone, ...OTHER_ZONES.filter((z) => z !== zone)].map(choiceValue).join(",");
    snippet = `\${1:YYYY-MM-DD} \${2:hh:mm} \${3|${zones}|}`;
    if (snippets.size > 16) snippets.clear();
    snippets.set(zone, snippet);
  }
  return snippet;
}

const snippets = new Map<string, string>();

const titles = new Map<string, Localized>();

/** The fix's title, built once per term and zone (long drafts repeat the same words). */
function fixTitle(term: string, zone: string): Localized {
  const key = `${term}\u0000${zone}`;
  let title = titles.get(key);
  if (!title) {
    if (titles.size > 1000) titles.clear();
    title = fmt({ ja: "「{term}」を日時とタイムゾーン({zone})に置き換える", en: "Replace \"{term}\" with a date and time ({zone})" }, { term, zone });
    titles.set(key, title);
  }
  return title;
}

/** Japanese text puts a space between Latin letters or digits and kana or kanji: 「2025-04-15 09:12 JST から」. */
function spacedForJapanese(snippet: string, text: string, m: TermMatch): string {
  const before = m.start > 0 && !/[\s(（「『]/.test(text[m.start - 1]) ? " " : "";
  const after = m.end < text.length && !/[\s)）」』、。,.]/.test(text[m.end]) ? " " : "";
  return before + snippet + after;
}

function replacement(m: TermMatch, text: string, zone: string): string {
  const snippet = absoluteTimeSnippet(zone);
  if (m.term.lang === "ja") return spacedForJapanese(snippet, text, m);
  if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) return snippet;
  // "This morning the database..." -> "On 2025-04-15 09:12 UTC the database...".
  const capital = /^[A-Z]/.test(m.text);
  return `${capital ? "On" : "on"} ${snippet}`;
}

export default lexiconRule({
  id: "relative-time",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「今朝」「昨日」「先ほど」「this morning」のような相対的な日時を指摘します。",
      why: "AWS サポートは複数の国で交代制で対応し、ケースは後日読まれることもあります。「今朝」が何月何日の何時(どのタイムゾーン)かは、読む人には分かりません。",
      fix: "日時をタイムゾーン付きで書きます(クイックフィックスで日時の雛形に置き換えられます)。例: 「今朝から」→「2025-04-15 09:12 JST から」。相対語のすぐ横に日時があれば指摘しません(「今朝 (2025-04-15 09:12 JST)」)。",
    },
    en: {
      summary: "Reports relative dates and times such as \"this morning\", \"yesterday\", \"just now\", 今朝.",
      why: "Support works follow-the-sun from several countries and may read the case on a later day: \"this morning\" does not tell them which date and hour, in which zone.",
      fix: "Write the date and time with the zone (a quick fix replaces the phrase with a template to fill in), e.g. \"this morning\" -> \"on 2025-04-15 09:12 UTC\". An absolute time right beside the phrase is fine: \"this morning (2025-04-15 09:12 UTC)\".",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nFirst seen on 2025-04-15 09:12 UTC.\n" },
      { text: "# T\n\n今朝 (2025-04-15 09:12 JST) から接続できません。\n" },
      { text: "# T\n\n今朝方の会議資料を添付します。\n" },
      { text: "# T\n\n```\ntoday 10:00 restart\n```\n" },
    ],
    notOk: [
      { text: "# T\n\n今朝から AWS につながりません。\n", count: 1 },
      { text: "# T\n\nThis morning the database went down; yesterday it was fine.\n", count: 2 },
      { text: "# T\n\n3 日前から断続的にエラーが出ています。\n", count: 1 },
    ],
  },
  lexicon: LEXICON,
  cured: (doc, m) => hasAbsoluteDateNear(doc, m),
  message: (m, options) =>
    termMessage(
      {
        ja: "「{term}」ではなく、日時をタイムゾーン付きで書いてください。例: {example}(読む人の国や日によって「{term}」の指す日時が変わります)",
        en: "Instead of \"{term}\", write the date and time with its time zone, e.g. {example} (\"{term}\" means another day and hour to a reader in another zone or on a later day).",
      },
      { ja: "2025-04-15 09:12 {zone}", en: "2025-04-15 09:12 {zone}" },
      m,
      { zone: options.timeZone },
    ),
  fixes: (m, { doc, options }): Fix[] => [
    {
      title: fixTitle(m.text, options.timeZone),
      edits: [{ start: m.start, end: m.end, text: replacement(m, doc.text, options.timeZone) }],
      snippet: true,
    },
  ],
});
