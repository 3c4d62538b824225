/**
 * Vague frequencies (rule `vague-frequency`): words that say "not always" without saying how often. Support
 * needs a count or a rate to tell a one-in-a-million race from a systematic failure, and to know whether a test
 * of theirs that passed proves anything.
 *
 * A count or rate right beside the word cures it: 「時々失敗する(40 回中 3 回)」, "sometimes (3 of 40 runs)".
 */
import { en, ja, type LexiconTerm } from "./types";

export const FREQUENCY_TERMS: readonly LexiconTerm[] = [
  ja("たまに"),
  ja("時々"),
  ja("ときどき"),
  ja("時折"),
  ja("ときおり"),
  ja("時たま"),
  ja("ときたま"),
  ja("まれに"),
  ja("稀に"),
  ja("たびたび"),
  ja("度々"),
  ja("しばしば"),
  ja("頻繁に"),
  ja("頻発"),
  ja("断続的"),
  ja("散発的"),
  ja("間欠的"),
  ja("何度か"),
  ja("何回か"),
  ja("数回"),
  ja("不定期に"),
  en("sometimes"),
  en("occasionally"),
  en("intermittently"),
  en("intermittent"),
  en("now and then"),
  en("every now and then"),
  en("from time to time"),
  en("every so often"),
  en("once in a while"),
  en("every once in a while"),
  en("sporadically"),
  en("sporadic"),
  en("frequently"),
  en("often", { unlessPrecededBy: /\bhow[ \t]$/i }),
  en("randomly"),
  en("at times"),
  en("on and off"),
  en("off and on"),
  en("a few times"),
  en("several times"),
  en("many times"),
  en("multiple times"),
  en("rarely"),
];
