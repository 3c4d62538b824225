/** Language choice and the core's own messages (rules keep theirs in their own files). */
import type { Lang, Localized } from "./types";

/** `ja` for any Japanese locale ("ja", "ja-JP"), English otherwise. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^ja(?:[-_.@]|$)/i.test(locale) ? "ja" : "en";
}

export function t(lang: Lang, text: Localized): string {
  return text[lang];
}

/** Builds a Localized from one template per language with `{name}` slots. */
export function fmt(text: Localized, args: Record<string, string | number>): Localized {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in args ? String(args[k]) : m));
  return { ja: fill(text.ja), en: fill(text.en) };
}

/** Like `fmt`, with arguments that differ per language (a name that is itself localized). */
export function fmtEach(text: Localized, args: (lang: Lang) => Record<string, string | number>): Localized {
  return { ja: fmt(text, args("ja")).ja, en: fmt(text, args("en")).en };
}

export const CORE_MESSAGES = {
  ruleCrashed: {
    ja: "ルール {rule} の実行中に内部エラーが起きました({error})。他のルールの結果は有効です。",
    en: "Rule {rule} failed with an internal error ({error}); the other rules' findings are still valid.",
  },
  unknownRuleInComment: {
    ja: "コメント {directive} のルール ID「{rule}」は存在しません。使えるルール ID は README のルール一覧を参照してください。",
    en: "Unknown rule id \"{rule}\" in the comment {directive}; see the rule table in the README for valid ids.",
  },
  frontMatterInvalid: {
    ja: "フロントマターの YAML を読めません: {error}",
    en: "The front matter is not valid YAML: {error}",
  },
} satisfies Record<string, Localized>;
