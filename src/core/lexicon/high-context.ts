/**
 * High-context references (rule `high-context`): expressions that lean on history the reader is assumed to
 * share ("例の件", "as discussed"). A support engineer sees only this case: earlier calls, chats and cases are
 * not in front of them, and the engineer who handled them is usually someone else.
 *
 * Naming what is meant right beside it cures it: a case ID, a resource identifier or the error text
 * ("前回のケース(ケース ID 12345678901)"). In-house names come from the `glossary` option, not from here.
 */
import { en, ja, type LexiconTerm } from "./types";

export const HIGH_CONTEXT_TERMS: readonly LexiconTerm[] = [
  ja("例の"),
  ja("例の件"),
  ja("あの件"),
  ja("いつもの"),
  ja("いつも通り"),
  ja("いつもどおり"),
  ja("先日の件"),
  ja("前回の件"),
  ja("先般の件"),
  ja("この前の"),
  ja("前回と同じ"),
  ja("前回同様"),
  ja("以前と同じ"),
  ja("前回のケース"),
  ja("前のケース"),
  ja("(?:先日|以前|前回|前に)(?:お問い合わせ|問い合わせ|ご連絡|連絡|お伝え|ご相談|相談)し", { regex: true, openEnded: true }),
  ja("(?:お電話|電話|打ち合わせ|会議|チャット)で(?:お話しし|話し|お伝えし|伝え|ご説明し|説明し|ご相談し|相談し)た", { regex: true, openEnded: true }),
  ja("お話しした(?:通り|とおり|件)", { regex: true }),
  en("the usual"),
  en("as usual"),
  en("as discussed"),
  en("as we discussed"),
  en("as previously discussed"),
  en("as agreed"),
  en("as per our (?:call|conversation|chat|meeting|discussion)", { regex: true }),
  en("per our (?:call|conversation|chat|meeting|discussion)", { regex: true }),
  en("(?:the )?same (?:issue|problem|error|thing) as (?:before|last time|previously)", { regex: true }),
  en("like last time"),
  en("like before"),
  en("the previous case"),
  en("our (?:last|previous) case", { regex: true }),
  en("you know"),
];
