/**
 * Patterns shared by several rules. Every regular expression here is linear: no nested quantifiers, no
 * alternatives that overlap under a quantifier, and none starts with an unbounded character class (which would
 * rescan long runs of letters from every position).
 */

/** An absolute date: 2025-04-15, 2025/4/15, 2025年4月15日, 15 Apr 2025, April 15, 2025. */
export const ABSOLUTE_DATE =
  /(?<!\d)\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)|(?<!\d)\d{4} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日|\b\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}\b/i;

/** A clock time: 09:12, 9:12:30, 09:12:30.123, 10時30分, 10 時. `1 時間` (a duration) is not a time. */
export const CLOCK_TIME = /(?<![\d:.+\-])(?:[01]?\d|2[0-3])[:：][0-5]\d(?:[:：][0-5]\d(?:\.\d{1,9})?)?(?![\d:])|(?<![\d.])(?:[01]?\d|2[0-4]) ?時(?:(?: ?[0-5]?\d ?分)|(?![間代点]))/g;

const ZONE_WORDS =
  "JST|KST|UTC|GMT|PST|PDT|EST|EDT|CST|CDT|MST|MDT|AKST|AKDT|HST|CET|CEST|EET|EEST|WET|WEST|BST|IST|SGT|HKT|AEST|AEDT|AWST|ACST|NZST|NZDT|ICT|WIB|PHT|BRT|日本時間|協定世界時|韓国時間|太平洋時間";

/** A zone written right after a time (or after its range end): " JST", "Z", "+09:00", "(UTC+9)". */
export const ZONE_AFTER = new RegExp(
  `^(?:[ \\t]?[-〜~–][ \\t]?(?:[01]?\\d|2[0-3])[:：][0-5]\\d(?:[:：][0-5]\\d)?)?[ \\t]?[(（]?[ \\t]?(?:(?:${ZONE_WORDS})(?![A-Za-z])|Z(?![A-Za-z])|[+-]\\d{2}:?\\d{2}|UTC ?[+-] ?\\d{1,2}|GMT ?[+-] ?\\d{1,2})`,
);

/** A zone written right before a time: "JST 10:30", "日本時間 10時". */
export const ZONE_BEFORE = new RegExp(`(?:${ZONE_WORDS}|UTC ?[+-] ?\\d{1,2})[ \\t]?[:：]?[ \\t]?$`);

/** A declaration that covers every time of the draft: "時刻はすべて JST", "All times are in UTC". */
export const ZONE_DECLARATION = new RegExp(
  `(?:時刻|日時|時間)(?:は|の表記は)?、?(?:すべて|全て|いずれも)?[ \\t]?(?:${ZONE_WORDS}|UTC ?[+-] ?\\d{1,2})|\\ball (?:times|timestamps|dates and times)(?: are| below are)?(?: in)? (?:${ZONE_WORDS}|UTC ?[+-] ?\\d{1,2})\\b|(?:time ?zone|タイムゾーン)[ \\t]?[:：][ \\t]?(?:${ZONE_WORDS}|UTC)`,
  "i",
);

export const ARN_START = /\barn:aws[a-z-]{0,12}:/;

/** EC2-style resource ids (loose: a typo still counts as an attempt to identify; `resource-id-malformed` judges it). */
export const RESOURCE_ID =
  /\b(?:i|vol|sg|subnet|vpc|eni|ami|snap|igw|nat|rtb|acl|vpce|tgw|tgw-attach|pcx|lt|eipalloc|eipassoc|dopt|cgw|vgw|vpn|fs|fsap|fsmt|r|rs|db|sgr|elbv2|lb|cluster|ecs|eks|lambda|vpce-svc|nacl)-[0-9a-z]{8,17}\b/;

export const ACCOUNT_ID = /(?<!\d)\d{12}(?!\d)/;

export const REGION_CODE =
  /\b(?:us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|eusc)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest|iso[a-z]?)-\d\b/;

/** A closing line of a letter; inserted sections go before it. */
export const CLOSING_LINE = /^(?:以上|よろしくお願い|何卒|お手数|ご確認の程|best regards|regards|thank you|thanks|sincerely)/i;

/** Template text that was never filled in. */
export const PLACEHOLDER =
  /〇{2,}|○{2,}|●{2,}|×{2,}|△{2,}|\bYYYY[-/]MM[-/]DD\b|\bhh:mm\b|\bHH:MM\b|\bTODO\b|\bTBD\b|\bFIXME\b|\blorem ipsum\b|\(?(?:エラーメッセージをそのまま貼り付け|paste the error message verbatim)\)?/g;
