/**
 * Vague quantities (rule `vague-quantity`): words that say "not all" or "a lot" without a number. Support ranks
 * cases of equal severity by quantified impact, and "some users" may be three testers or a third of the customers.
 *
 * A number right beside the word cures it: 「一部のユーザー(約 120 人)」, "some users (about 3%)".
 * English determiners such as "some" and "many" are vague only before a countable noun of this domain
 * (`COUNTABLE`), so "for some reason" or "some time ago" are not reported.
 */
import { en, ja, type LexiconTerm } from "./types";

/** Nouns whose count matters to support. Extend when a new kind of thing is counted in cases. */
export const COUNTABLE =
  "users|customers|clients|people|employees|requests|calls|API calls|queries|transactions|instances|servers|hosts|nodes|pods|containers|tasks|jobs|functions|invocations|messages|events|records|rows|items|objects|files|orders|accounts|devices|connections|sessions|packets|errors|failures|timeouts|tenants|endpoints|machines|workers|builds|deployments|emails|partitions|shards|keys|buckets|tables|databases|volumes|snapshots|stores|shops|regions";

/** 一部 is a word of its own in 一部上場 (listed on the first section) and in fixed phrases about editing quoted text. */
const NOT_QUANTITY_AFTER_ICHIBU = /^(?:上場|分|始終|門|品|屋|署|作|抜粋|改正|を?(?:マスク|伏せ|省略|割愛|抜粋|加工|編集|引用|伏字))/;

export const QUANTITY_TERMS: readonly LexiconTerm[] = [
  ja("一部", { unlessFollowedBy: NOT_QUANTITY_AFTER_ICHIBU }),
  ja("多くの"),
  ja("多数の"),
  ja("多数"),
  ja("大量の"),
  ja("大量に"),
  ja("大量", { unlessFollowedBy: /^(?:生産|消費|調達)/ }),
  ja("沢山"),
  ja("たくさん"),
  ja("大半"),
  ja("大部分"),
  ja("ほとんどの"),
  ja("かなりの"),
  ja("相当数"),
  ja("若干"),
  ja("少数"),
  ja("いくつかの"),
  ja("数件"),
  ja("数台"),
  ja("数名"),
  ja("数人"),
  ja("一定数"),
  en(`(?:some|many|several|a few|most|numerous|countless) (?:of (?:the|our|my|their) )?(?:${COUNTABLE})`, { regex: true, unlessPrecededBy: /\bhow[ \t]$/i }),
  en("(?:some|many|most) of (?:the|our|them|us)", { regex: true }),
  en("a lot of"),
  en("lots of"),
  en("a number of"),
  en("a large number of"),
  en("a significant number of"),
  en("a handful of"),
  en("a bunch of"),
  en("tons of"),
  en("a ton of"),
  en("plenty of"),
  en("the majority of"),
  en("a majority of"),
  en("a portion of"),
  en("a large amount of"),
];
