import type { CaseDocument } from "../document";
import { fmt } from "../i18n";
import { HIGH_CONTEXT_TERMS } from "../lexicon/high-context";
import type { LexiconTerm } from "../lexicon/types";
import type { Fix, GlossaryTerm, Localized, RuleContext } from "../types";
import { Lexicon, type TermMatch } from "../wording/matcher";
import { clauseAround, hasErrorTextNear, hasIdentifierInParagraph } from "../wording/nearby";
import { messageCache, termMessage } from "../wording/rule";
import { judgedText } from "../wording/text";
import { defineRule } from "./util";

const LEXICON = new Lexicon(HIGH_CONTEXT_TERMS);

/** A support case number beside the reference names what is meant ("前回のケース (ID 12345678901)"). */
const CASE_ID = /(?:case|ケース)[ \t]?(?:ID|番号|#|No\.?)?[ \t:：#]{0,3}\d{6,}|\b\d{8,}\b/i;

interface GlossaryEntry extends LexiconTerm {
  meaning?: string;
}

const glossaryCache = new WeakMap<readonly GlossaryTerm[], Lexicon<GlossaryEntry>>();

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The configured in-house terms as a lexicon (built once per glossary). */
function glossaryLexicon(glossary: readonly GlossaryTerm[]): Lexicon<GlossaryEntry> {
  let lexicon = glossaryCache.get(glossary);
  if (!lexicon) {
    const entries: GlossaryEntry[] = glossary
      .filter((g) => typeof g?.term === "string" && g.term.trim() !== "")
      .map((g) => {
        const term = g.term.trim();
        // Latin-only terms are whole words ("PRJ-X" not inside "PRJ-XY"); others match wherever they appear.
        const latin = /^[\x20-\x7e]+$/.test(term);
        return { term: escapeRegex(term), regex: true, lang: latin ? "en" : "ja", substring: !latin, meaning: g.meaning };
      });
    lexicon = new Lexicon(entries);
    glossaryCache.set(glossary, lexicon);
  }
  return lexicon;
}

/** The reference is made concrete right beside it: a case ID, an identifier or the error text. */
function referenceCured(doc: CaseDocument, m: TermMatch): boolean {
  const c = clauseAround(doc.text, m.start, m.end, 24, 48);
  return CASE_ID.test(doc.text.slice(c.start, c.end)) || hasIdentifierInParagraph(doc, m) || hasErrorTextNear(doc, m, false);
}

/** The writer explained the term in parentheses right after it: 「きつね環境(本番の注文システム)」. */
function explainedAt(text: string, end: number): boolean {
  return /^[ \t]?[(（][^)）\n]{2,}/.test(text.slice(end, end + 40));
}

const GLOSSARY_MESSAGE: Localized = {
  ja: "「{term}」は社内の呼び名で、サポート担当者には通じません。正式名称やリソース ID で書くか、最初に出てくる箇所で説明を括弧書きしてください。例: {term}({meaning})",
  en: "\"{term}\" is an in-house name that support does not know. Use the official name or resource ID, or explain it in parentheses where it first appears, e.g. {term} ({meaning}).",
};
const NO_MEANING: Localized = { ja: "本番の注文システム、ECS クラスター orders-prod", en: "the production order system, ECS cluster orders-prod" };

function reportGlossary({ doc, options, report }: RuleContext, text: string): void {
  if (options.glossary.length === 0) return;
  const matches = glossaryLexicon(options.glossary).find(text);
  const seen = new Set<string>();
  const explained = new Set(matches.filter((m) => explainedAt(doc.text, m.end)).map((m) => m.term.term));
  for (const m of matches) {
    // One finding per term, where it first appears: explaining it once is the fix.
    if (seen.has(m.term.term) || explained.has(m.term.term)) continue;
    seen.add(m.term.term);
    const meaning = m.term.meaning;
    const filled = (lang: "ja" | "en") => fmt(GLOSSARY_MESSAGE, { term: m.text, meaning: meaning ?? NO_MEANING[lang] })[lang];
    const fixes: Fix[] = meaning
      ? [
          {
            title: fmt({ ja: "「{term}」の意味を括弧書きで添える", en: "Explain \"{term}\" in parentheses" }, { term: m.text }),
            edits: [{ start: m.end, end: m.end, text: options.lang === "ja" && !/^[\x20-\x7e]+$/.test(meaning) ? `(${meaning})` : ` (${meaning})` }],
            preferred: true,
          },
        ]
      : [];
    report({ start: m.start, end: m.end, data: { term: m.text, glossary: true }, message: { ja: filled("ja"), en: filled("en") }, ...(fixes.length ? { fixes } : {}) });
  }
}

export default defineRule({
  id: "high-context",
  category: "wording",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「例の件」「いつもの」「先日の件」「as discussed」のように共有された経緯に頼る表現と、設定 `caseDraft.glossary`(`.casedraft.json` の `glossary`)に登録した社内の呼び名を指摘します。",
      why: "サポート担当者が見るのはこのケースだけです。過去の電話・チャット・ケースの内容も、社内の呼び名も知りません。過去のケースを担当したのも、たいてい別の担当者です。",
      fix: "何を指すかを具体的に書きます。例: 「例のエラー」→「2025-04-14 に報告した AccessDenied エラー(ケース ID 12345678901)」。社内の呼び名は正式名称かリソース ID で書くか、最初に出てくる箇所で括弧書きで説明します(glossary に意味を登録するとクイックフィックスで挿入できます)。",
    },
    en: {
      summary: "Reports references to shared history (\"the usual\", \"as discussed\", 例の件, 先日の件) and the in-house names listed in the `caseDraft.glossary` setting (`glossary` in `.casedraft.json`).",
      why: "Support sees only this case: not your earlier calls, chats and cases, nor your nicknames; the engineer who handled the earlier case is usually someone else.",
      fix: "Say what is meant, e.g. \"the usual error\" -> \"the AccessDenied error reported in case 12345678901 on 2025-04-14\". Write in-house names as official names or resource IDs, or explain them in parentheses where they first appear (with a meaning in the glossary a quick fix inserts it).",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n前回のケース(ケース ID 12345678901)と同じエラーです。\n" },
      { text: "# T\n\nきつね環境(本番の注文システム)で発生しています。\n", options: { glossary: [{ term: "きつね環境" }] } },
      { text: "# T\n\nThe retry policy is described above.\n" },
    ],
    notOk: [
      { text: "# T\n\n例の件で、いつものエラーがまた出ました。\n", count: 2 },
      { text: "# T\n\nAs discussed, the job failed again.\n", count: 1 },
      { text: "# T\n\nきつね環境で発生。きつね環境を再起動しました。\n", count: 1, options: { glossary: [{ term: "きつね環境", meaning: "本番の注文システム" }] } },
    ],
  },
  check(ctx) {
    const text = judgedText(ctx.doc);
    const messageOf = messageCache((m) =>
      termMessage(
        {
          ja: "「{term}」は書き手と読み手が共有している経緯に頼っています。サポート担当者はこのケース以外の経緯を知りません。何を指すかを書いてください。例: {example}",
          en: "\"{term}\" relies on shared history that support does not have: they see only this case. Say what you mean, e.g. {example}.",
        },
        { ja: "2025-04-14 に報告した AccessDenied エラー(ケース ID 12345678901)", en: "the AccessDenied error reported in case 12345678901 on 2025-04-14" },
        m,
      ),
    );
    for (const m of LEXICON.find(text)) {
      if (referenceCured(ctx.doc, m)) continue;
      ctx.report({ start: m.start, end: m.end, data: { term: m.text }, message: messageOf(m) });
    }
    reportGlossary(ctx, text);
  },
});
