/** The seven 5W2H sections: how their headings are recognised, what belongs in them, their skeletons. */
import type { Lang, Localized } from "./types";

export type SectionKey = "when" | "where" | "what" | "who" | "why" | "how" | "how-much";

export interface SectionInfo {
  key: SectionKey;
  /** Canonical heading text per draft language. */
  heading: Localized;
  /** What belongs in the section (hover text, docs). */
  guidance: Localized;
  /** Skeleton body per draft language, in VS Code snippet syntax (`${1:〇〇}` tab stops, `${2|a,b|}` choices). */
  skeleton: Localized;
}

/** Canonical order: the order of the template and of inserted skeletons. */
export const SECTION_ORDER: readonly SectionKey[] = ["when", "where", "what", "who", "why", "how", "how-much"];

export const SECTIONS: Record<SectionKey, SectionInfo> = {
  when: {
    key: "when",
    heading: { ja: "When(発生日時)", en: "When" },
    guidance: {
      ja: "時間軸: 初回と最終の観測日時をタイムゾーン付きで(例: 2025-04-15 09:12 JST)。一度きりか繰り返しか、その頻度。現在も継続中か解消済みか。",
      en: "Time axis: first and last observation as absolute date and time with the time zone (e.g. 2025-04-15 09:12 UTC); one-off or recurring and how often; still ongoing or resolved.",
    },
    skeleton: {
      ja: "- 初回観測: ${1:YYYY-MM-DD hh:mm} ${2|JST,UTC,UTC+9,UTC-5,UTC-8|}\n- 最終観測: ${3:YYYY-MM-DD hh:mm} ${2}\n- 頻度: ${4:〇〇(例: 10 分あたり 3 回 / 一度のみ)}\n- 状況: ${5|現在も継続中,解消済み|}",
      en: "- First observed: ${1:YYYY-MM-DD hh:mm} ${2|UTC,JST,UTC-5,UTC-8,UTC+1|}\n- Last observed: ${3:YYYY-MM-DD hh:mm} ${2}\n- Frequency: ${4:TODO (e.g. 3 times per 10 minutes / once)}\n- Status: ${5|ongoing,resolved|}",
    },
  },
  where: {
    key: "where",
    heading: { ja: "Where(発生箇所)", en: "Where" },
    guidance: {
      ja: "場所: リソースを一意な識別子で。ARN、リソース ID(i-…, vol-…, sg-…)、アカウント ID、リージョン、AZ ID(apne1-az4)。Name タグや社内の呼び名ではなく。",
      en: "Location: the resources as unique identifiers: ARNs, resource IDs (i-…, vol-…, sg-…), account ID, Region, AZ ID (use1-az4), not Name tags or nicknames.",
    },
    skeleton: {
      ja: "- アカウント: ${1:〇〇(12 桁)}\n- リージョン: ${2:ap-northeast-1}\n- リソース: ${3:arn:aws:〇〇}",
      en: "- Account: ${1:TODO (12 digits)}\n- Region: ${2:us-east-1}\n- Resources: ${3:arn:aws:TODO}",
    },
  },
  what: {
    key: "what",
    heading: { ja: "What(事象と再現手順)", en: "What" },
    guidance: {
      ja: "きっかけ: 発生したとき何をしていたか(または何をすると起きないか)を再現手順として番号付きで。既に試したことと、その結果も。",
      en: "Trigger: what was done when it happened (or when it does not), as numbered reproduction steps; what you already tried, with the results.",
    },
    skeleton: {
      ja: "1. ${1:〇〇}\n2. ${2:〇〇}\n\n既に試したこと:\n\n- ${3:〇〇(結果: 〇〇)}",
      en: "1. ${1:TODO}\n2. ${2:TODO}\n\nAlready tried:\n\n- ${3:TODO (result: TODO)}",
    },
  },
  who: {
    key: "who",
    heading: { ja: "Who(関係する主体)", en: "Who" },
    guidance: {
      ja: "主体: 呼び出し元のプリンシパル(IAM ユーザー/ロールの ARN)、または関係するサービスやリソース。",
      en: "Actors: the calling principal (IAM user or role ARN), or the calling service or resource involved.",
    },
    skeleton: {
      ja: "- 呼び出し元: ${1:arn:aws:iam::〇〇:role/〇〇}",
      en: "- Caller: ${1:arn:aws:iam::TODO:role/TODO}",
    },
  },
  why: {
    key: "why",
    heading: { ja: "Why(問題視している理由)", en: "Why" },
    guidance: {
      ja: "動機: なぜ問題なのか、なぜ AWS 側を疑っているのか、設計上の意図やゴール。",
      en: "Motive: why this is a problem, why you suspect the AWS side, the design intent or goal.",
    },
    skeleton: {
      ja: "- 問題である理由: ${1:〇〇}\n- 本来の設計・期待: ${2:〇〇}",
      en: "- Why it matters: ${1:TODO}\n- Intended design / goal: ${2:TODO}",
    },
  },
  how: {
    key: "how",
    heading: { ja: "How(症状)", en: "How" },
    guidance: {
      ja: "症状: 何が起きているか。エラーメッセージはそのまま(コードブロックで)、期待する結果と実際の結果。",
      en: "Symptom: what happens: error messages verbatim (in a code block), expected versus actual result.",
    },
    skeleton: {
      ja: "```\n${1:(エラーメッセージをそのまま貼り付け)}\n```\n\n期待する結果: ${2:〇〇}\n実際の結果: ${3:〇〇}",
      en: "```\n${1:(paste the error message verbatim)}\n```\n\nExpected: ${2:TODO}\nActual: ${3:TODO}",
    },
  },
  "how-much": {
    key: "how-much",
    heading: { ja: "How Much(影響度)", en: "How Much" },
    guidance: {
      ja: "影響: ビジネスへの影響を数字で。影響ユーザー数、1 日あたりの損失額、エラー率、期限。重要度はこれで決まり、「緊急」と書いても上がりません。",
      en: "Impact: business impact, quantified: users affected, money per day, error rate, deadline. Severity follows impact; writing \"urgent\" does not raise it.",
    },
    skeleton: {
      ja: "- 影響ユーザー: ${1:〇〇} 人\n- 損失見込み: 1 日あたり ${2:〇〇} 円\n- 期限: ${3:〇〇}",
      en: "- Users affected: ${1:TODO}\n- Cost per day: ${2:TODO}\n- Deadline: ${3:TODO}",
    },
  },
};

// English keywords decide first: a bilingual heading such as "How Much / 影響度" names its section in English.
const ENGLISH: [SectionKey, RegExp][] = [
  ["how-much", /\bhow\s*much\b|\b(?:business\s+)?impact\b/],
  ["when", /\bwhen\b|\btimeline\b/],
  ["where", /\bwhere\b|\baffected\s+resources?\b/],
  ["what", /\bwhat\b|\bsteps\s+to\s+reproduce\b|\breproduction\b/],
  ["who", /\bwho\b|\bprincipals?\b/],
  ["why", /\bwhy\b|\bmotivation\b/],
  ["how", /\bhow\b|\bsymptoms?\b/],
];

const JAPANESE: [SectionKey, RegExp][] = [
  ["how-much", /影響|緊急度|重要度|損失|被害/],
  ["when", /いつ|発生日時|日時|発生時刻|時刻|時期|期間/],
  ["where", /どこ|発生箇所|場所|対象リソース|リソース|環境/],
  ["what", /何を|なにを|事象|再現手順|手順|操作内容|経緯/],
  ["who", /誰|だれ|主体|実行者|呼び出し元|プリンシパル/],
  ["why", /なぜ|何故|理由|目的|背景/],
  ["how", /どのように|症状|現象|エラー内容|エラーメッセージ|挙動/],
];

const NUMBERING = /^\s*(?:\d{1,2}\s*[.)．、]|[①-⑩]|[(（]\d{1,2}[)）])\s*/;

/** The 5W2H section a heading names, if any. Long headings are prose, not section names. */
export function sectionOfHeading(text: string): SectionKey | undefined {
  const normalized = text.normalize("NFKC").toLowerCase().replace(NUMBERING, "").trim();
  if (normalized.length === 0 || normalized.length > 48) return undefined;
  for (const [key, re] of ENGLISH) if (re.test(normalized)) return key;
  for (const [key, re] of JAPANESE) if (re.test(normalized)) return key;
  return undefined;
}

export function sectionHeadingText(key: SectionKey, lang: Lang): string {
  return SECTIONS[key].heading[lang];
}
