/**
 * Vague symptoms (rule `vague-symptom`): "it doesn't work", 「おかしい」. They tell support that something is
 * wrong but not what: no error text to search known issues with, no expected-versus-actual to compare.
 *
 * Error text right beside the phrase cures it (a quotation, inline code, an exception name, an HTTP status), and
 * so does a code block or quotation starting within two lines after it ("次のエラーが出ます:" and the pasted log).
 * Slowness ("遅い", "slow") is cured by a measurement beside it ("p99 3.2 秒").
 */
import { en, ja, type LexiconTerm } from "./types";

/** A symptom that is about speed: cured by a measurement, not by error text. */
export interface SymptomTerm extends LexiconTerm {
  slowness?: boolean;
}

const SLOW_EXAMPLE = {
  ja: "API の応答時間が p99 で 300 ms から 3.2 秒に伸びた",
  en: "p99 API latency went from 300 ms to 3.2 s",
};

// "重い" and "遅い" are symptoms after が/は (動作が重い); the lookbehind comes after the first character so the
// scan can skip ahead on it instead of trying the lookbehind at every position.
export const SYMPTOM_TERMS: readonly SymptomTerm[] = [
  ja("動か(?:ない|なく|なかっ|ず)", { regex: true, openEnded: true }),
  ja("動きませ", { openEnded: true }),
  ja("動作しな(?:い|く|かっ)", { regex: true, openEnded: true }),
  ja("動作しませ", { openEnded: true }),
  ja("うまく(?:いか|行か|動か|動作し|でき|つながら|接続でき)(?:な|ず|ませ)", { regex: true, openEnded: true }),
  ja("うまく(?:いき|行き)ませ", { regex: true, openEnded: true }),
  ja("おかし(?:い|く|な)", { regex: true, openEnded: true }),
  ja("挙動が変", { openEnded: true }),
  ja("変な(?:動き|挙動|エラー|状態)", { regex: true }),
  ja("調子が(?:悪|おかし)", { regex: true, openEnded: true }),
  ja("使えなくな", { openEnded: true }),
  ja("壊れ(?:た|て|ました)", { regex: true, openEnded: true }),
  ja("不具合が(?:あ|出|起き|発生)", { regex: true, openEnded: true }),
  ja("問題が(?:あり|ある|出|起き|発生)", { regex: true, openEnded: true }),
  // エラーが出力される says where errors are written (a log group), not that something fails.
  ja("エラーが(?:また|再び|何度も)?(?:出|起き|発生)", { regex: true, openEnded: true, unlessFollowedBy: /^力/ }),
  ja("エラーにな", { openEnded: true }),
  { ...ja("[重遅](?<=[がは][ \\t]?[重遅])[いく]", { regex: true, openEnded: true, unlessFollowedBy: /^とも/, instead: SLOW_EXAMPLE }), slowness: true },
  en(
    "(?:does(?:n't| not)|did(?:n't| not)|do(?:n't| not)|won't|will not) work(?: properly| correctly| right| well)?|(?:is(?:n't| not)|are(?:n't| not)|was(?:n't| not)|were(?:n't| not)|not|stopped) working(?: properly| correctly| right)?|no longer works",
    { regex: true },
  ),
  en("(?:it's|it is|is|are|was|were|seems|looks|got|gets|everything is|something is) broken", { regex: true }),
  en("(?:it|something) broke", { regex: true }),
  en("acting (?:up|weird|strange|strangely|oddly|funny)", { regex: true }),
  en("behav(?:es|ing|ed) (?:strangely|oddly|weirdly|erratically|unexpectedly|incorrectly)", { regex: true }),
  en("(?:weird|strange|odd|unexpected|wrong) (?:behaviou?r|results?|issues?|errors?)", { regex: true }),
  en("something (?:is|was|went|seems|looks) (?:wrong|off)", { regex: true }),
  en("(?:has|have|had|having|there are|there were|there is|there was) (?:some |an |a |many |lots of )?(?:issues?|problems?|trouble)", { regex: true }),
  en(
    "(?:saw|see|sees|seeing|get|gets|got|getting|receive|received|receiving|hit|hits|hitting|throws?|throwing|returns?|returned|returning) (?:an |some |the |many |a lot of |lots of |weird |strange )?errors?",
    { regex: true },
  ),
  en("(?:errors? (?:occurs?|occurred|happens?|happened))", { regex: true }),
  { ...en("(?:is|was|are|were|got|gets|getting|became|becomes|seems|very|really|too|extremely|super) (?:slow|sluggish|laggy)", { regex: true, instead: SLOW_EXAMPLE }), slowness: true },
  en("glitchy"),
  en("messed up"),
];
