/** The 5W2H draft templates: one source for the snippets, `casedraft new` and `caseDraft.newDraft`. */
import { SECTION_ORDER, SECTIONS, type SectionKey } from "./sections";
import { renumber, snippetToText } from "./snippet";
import type { Lang } from "./types";

const SEVERITY_CHOICE = "${1|normal,low,high,urgent,critical|}";

const TITLE: Record<Lang, string> = {
  ja: "${2:〇〇(サービス名)} で ${3:〇〇(操作)} すると ${4:〇〇(症状)} になる",
  en: "${2:TODO service}: ${3:TODO action} gives ${4:TODO result}",
};

const LETTER_OPEN: Record<Lang, string> = {
  ja: "AWS サポート ご担当者様\n\nいつもお世話になっております。${5:〇〇(会社名)}の${6:〇〇(氏名)}です。\n${7:〇〇(事象を 1 行で要約)}",
  en: "Hello AWS Support,\n\n${5:TODO one-line summary of the problem}",
};

const LETTER_CLOSE: Record<Lang, string> = {
  ja: "以上、よろしくお願いいたします。",
  en: "Best regards,\n${8:TODO name}",
};

const FIRST_SECTION_STOP = 10;

function sectionsSnippet(lang: Lang, firstStop: number, depth = 2): string {
  const parts: string[] = [];
  let next = firstStop;
  for (const key of SECTION_ORDER) {
    const { text, max } = renumber(SECTIONS[key].skeleton[lang], next - 1);
    parts.push(`${"#".repeat(depth)} ${SECTIONS[key].heading[lang]}\n\n${text}`);
    next = max + 1;
  }
  return parts.join("\n\n");
}

/** The full draft as a snippet; `letter` wraps it with a greeting, a one-line summary and a closing. */
export function draftSnippet(lang: Lang, letter: boolean): string {
  const head = `---\nseverity: ${SEVERITY_CHOICE}\n---\n\n# ${TITLE[lang]}\n\n`;
  const body = sectionsSnippet(lang, FIRST_SECTION_STOP);
  return letter ? `${head}${LETTER_OPEN[lang]}\n\n${body}\n\n${LETTER_CLOSE[lang]}\n` : `${head}${body}\n`;
}

export function sectionSnippet(key: SectionKey, lang: Lang): string {
  return `## ${SECTIONS[key].heading[lang]}\n\n${SECTIONS[key].skeleton[lang]}\n`;
}

/** The draft as plain text (choices shown as "a / b"), for `casedraft new` and new files. */
export function draftText(lang: Lang, letter = true): string {
  return snippetToText(draftSnippet(lang, letter), "all");
}

export interface SnippetDefinition {
  prefix: string;
  description: string;
  body: string[];
}

/** The contributed snippet file's content. */
export function snippetFile(): Record<string, SnippetDefinition> {
  const out: Record<string, SnippetDefinition> = {};
  const add = (name: string, prefix: string, description: string, body: string) => {
    out[name] = { prefix, description, body: body.replace(/\n$/, "").split("\n") };
  };
  add("5W2H draft (Japanese)", "5w2h", "5W2H のサポートケース下書き(日本語)", draftSnippet("ja", false));
  add("5W2H draft (English)", "5w2h-en", "5W2H support case draft (English)", draftSnippet("en", false));
  add("Support case letter (Japanese)", "case", "挨拶・要約・結びつきのサポートケース(日本語)", draftSnippet("ja", true));
  add("Support case letter (English)", "case-en", "Support case with greeting, summary and closing (English)", draftSnippet("en", true));
  for (const key of SECTION_ORDER) {
    const prefix = key;
    add(`${SECTIONS[key].heading.en} section (Japanese)`, prefix, `${SECTIONS[key].heading.ja}: ${SECTIONS[key].guidance.ja}`, sectionSnippet(key, "ja"));
    add(`${SECTIONS[key].heading.en} section (English)`, `${prefix}-en`, `${SECTIONS[key].heading.en}: ${SECTIONS[key].guidance.en}`, sectionSnippet(key, "en"));
  }
  return out;
}
