/**
 * Relative times (rule `relative-time`): words whose meaning depends on when and where they are read. A support
 * engineer in another time zone, or reading the case on a later day, cannot turn 「今朝」 or "yesterday" into the
 * hour to search in the logs.
 *
 * Add an entry to teach the rule a new expression. A number beside it does not cure it ("3 日前" is still
 * relative); only an absolute date or time right beside it does ("今朝 (2025-04-15 09:12 JST)").
 */
import { en, ja, type LexiconTerm } from "./types";

export const RELATIVE_TIME_TERMS: readonly LexiconTerm[] = [
  // 今朝方 is one word for ICU only as 今朝|方: the neighbour decides (今朝方の会議資料 names a document, not a time).
  ja("今朝", { unlessFollowedBy: /^方/ }),
  ja("今日"),
  ja("本日"),
  ja("昨日"),
  ja("一昨日"),
  ja("おととい"),
  ja("昨晩"),
  ja("昨夜"),
  ja("今夜"),
  ja("今晩"),
  ja("明朝"),
  ja("明日"),
  ja("明後日"),
  ja("先ほど"),
  ja("先程"),
  ja("さっき"),
  ja("今しがた"),
  // 先日の件 is a reference to shared history: `high-context` reports it.
  ja("先日", { unlessFollowedBy: /^の件/ }),
  ja("先週"),
  ja("今週"),
  ja("先月"),
  ja("最近", { unlessFollowedBy: /^傍/ }),
  ja("数日前"),
  ja("数時間前"),
  ja("数分前"),
  ja("[0-9０-９]{1,3}[ \\t]?(?:分|時間|日|週間|か月|ヶ月|カ月)前", { regex: true }),
  en("this morning"),
  en("this afternoon"),
  en("this evening"),
  en("tonight"),
  en("today"),
  en("yesterday"),
  en("last night"),
  en("the day before yesterday"),
  en("earlier today"),
  en("just now"),
  en("a moment ago"),
  en("a while ago"),
  en("the other day"),
  en("last week"),
  en("this week"),
  en("last month"),
  en("recently"),
  en("tomorrow"),
  en("(?:a few|several|an?) (?:minutes?|hours?|days?|weeks?) ago", { regex: true }),
  en("\\d{1,3} (?:minutes?|hours?|days?|weeks?|months?) ago", { regex: true }),
];
