/** The CLI's own words, in both languages. */
import type { Localized } from "../core/types";

export const USAGE: Localized = {
  ja: `使い方:
  casedraft lint [--format text|json|sarif] [--lang ja|en] [--config FILE] [--no-aws] [--fix] FILE...
  casedraft new [--lang ja|en] [--plain]
  casedraft render [--redact] [--lang ja|en] [--config FILE] FILE
  casedraft arn [--json] [--aws] [--profile P] ARN...

終了コード: 0 問題なし(または警告のみ)、1 エラーレベルの指摘あり、2 使い方または入出力のエラー`,
  en: `Usage:
  casedraft lint [--format text|json|sarif] [--lang ja|en] [--config FILE] [--no-aws] [--fix] FILE...
  casedraft new [--lang ja|en] [--plain]
  casedraft render [--redact] [--lang ja|en] [--config FILE] FILE
  casedraft arn [--json] [--aws] [--profile P] ARN...

Exit codes: 0 clean (or warnings only), 1 findings at error level, 2 usage or I/O error`,
};

export const M = {
  unknownCommand: { ja: "不明なコマンド「{cmd}」です。", en: "Unknown command \"{cmd}\"." },
  badOption: { ja: "オプションが正しくありません: {error}", en: "Bad option: {error}" },
  badFormat: { ja: "--format は text、json、sarif のいずれかです(指定: {value})。", en: "--format must be text, json or sarif (got {value})." },
  badLang: { ja: "--lang は ja か en です(指定: {value})。", en: "--lang must be ja or en (got {value})." },
  noFiles: { ja: "lint するファイルを指定してください。例: casedraft lint draft.case.md", en: "Name the files to lint, e.g. casedraft lint draft.case.md" },
  cannotRead: { ja: "{file} を読めません: {error}", en: "Cannot read {file}: {error}" },
  configProblem: { ja: "{file}: {message}", en: "{file}: {message}" },
  fixed: { ja: "{file}: {count} 件を修正しました。", en: "{file}: fixed {count} finding(s)." },
  summary: { ja: "{file}: {summary}", en: "{file}: {summary}" },
  noFindings: { ja: "{file}: 指摘はありません。", en: "{file}: no findings." },
  renderOne: { ja: "render にはファイルを 1 つ指定してください。", en: "render takes exactly one file." },
  renderRefused: {
    ja: "{file}: シークレットが {count} 件あるため出力しません。伏せ字にしてください(casedraft lint --fix で下書きを修正、または casedraft render --redact で伏せ字にして出力)。",
    en: "{file}: not rendered: it holds {count} secret(s). Redact them (casedraft lint --fix rewrites the draft; casedraft render --redact prints the text redacted).",
  },
  renderTooLong: {
    ja: "{file}: テキストは {characters} 文字で、上限の {limit} 文字を {over} 文字超えています。長いログは添付ファイルにしてください。",
    en: "{file}: the text is {characters} characters, {over} over the limit of {limit}. Attach long logs instead.",
  },
} satisfies Record<string, Localized>;
