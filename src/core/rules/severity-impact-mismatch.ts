import type { CaseDocument, Range } from "../document";
import { fmtEach } from "../i18n";
import { draftSeverity, severityLevel, type DraftSeverity } from "../severity";
import type { Localized, Report } from "../types";
import { QUANTITY } from "./impact-unquantified";
import { defineRule, isTemplateOnly } from "./util";

/**
 * "Production is down" in the writer's words. Each pattern needs both the production system (or the whole
 * service / business) and its stop, so "the test environment is down" or "本番リリース前の検証" are not it.
 */
const PRODUCTION_DOWN = [
  /本番(?:環境|系|サーバー?|システム|サイト|サービス|DB|データベース)?(?:が|は|も)?(?:全面的に|完全に)?(?:停止|ダウン|落ちて|落ちた|止まって|止まった|利用できな|使えな|アクセスできな)/g,
  /(?:サービス|システム|サイト)(?:全体|全て|すべて)?(?:が|は)(?:全面的に|完全に)?(?:停止|ダウン)(?:して|した|中)/g,
  /(?:全面停止|全断|業務が(?:停止|止まって)|売上が(?:止まって|ゼロ))/g,
  /\bproduction(?: (?:system|environment|site|service|database|db|cluster|workload|app|application)s?)? (?:is|are|went|has gone|have gone|has been|have been) (?:completely |fully |totally )?(?:down|offline|unavailable)\b/gi,
  /\b(?:production outage|production is down|prod is down|complete outage|total outage|full outage)\b/gi,
  /\bour (?:site|service|application|app|store|website) is (?:completely |fully |totally )?(?:down|offline)\b/gi,
];

/** Words right after a Japanese match that turn it around: 停止していません, 停止しない. */
const JA_NEGATION = /^(?:し|て|は)?(?:ていません|ていない|ません|ない|ではな|はしていな)/;

/** The first "production down" phrase in the draft's prose, if any. */
function productionDown(doc: CaseDocument): (Range & { text: string }) | undefined {
  const prose = doc.prose;
  for (const re of PRODUCTION_DOWN) {
    for (const m of prose.matchAll(re)) {
      const end = (m.index ?? 0) + m[0].length;
      if (JA_NEGATION.test(prose.slice(end, end + 8))) continue;
      return { start: m.index ?? 0, end, text: m[0] };
    }
  }
  return undefined;
}

/** Whether How Much says, with a number, how much is affected (a missing or template-only section does not). */
function impactQuantified(doc: CaseDocument): boolean {
  const s = doc.sections.get("how-much");
  if (!s || isTemplateOnly(doc, s)) return false;
  return QUANTITY.test(doc.prose.slice(s.bodyStart, s.bodyEnd));
}

function nameOf(s: DraftSeverity, lang: keyof Localized): string {
  if (!s.code) return s.raw;
  const name = severityLevel(s.code).name[lang];
  return lang === "ja" ? `${s.code}(${name})` : `${s.code} (${name})`;
}

const HIGH_UNQUANTIFIED: Localized = {
  ja: "重要度 {severity} は初回応答 {response} を求めますが、影響が数字で書かれていません。同じ重要度のケースの順番は数字で示された影響で決まります。How Much(影響度)に書いてください。例: 1 時間あたり約 1,200 人が購入できない、1 日あたり約 300 万円の損失",
  en: "Severity {severity} asks for a first response {response}, but the impact has no numbers; among cases of that severity a quantified impact decides the order. Write it under How Much, e.g. about 1,200 users per hour cannot check out, about $20,000 lost per day.",
};

const DOWN_BUT_LOW: Localized = {
  ja: "本文は本番の停止を伝えています(「{phrase}」)が、重要度は {severity}(初回応答 {response})です。本番システムが止まっているなら urgent(本番システムのダウン)、業務の根幹なら critical を選んでください。本文に「緊急」と書いても優先度は上がりません。例: severity: urgent",
  en: "The draft says production is down (\"{phrase}\") but the severity is {severity} (first response {response}). If production is down choose urgent (Production system down), or critical for a business-critical system; words like \"urgent\" in the text do not raise the priority. E.g. severity: urgent",
};

function mismatch(s: DraftSeverity, reason: string, template: Localized, phrase = ""): Report {
  const level = severityLevel(s.code ?? "normal");
  return {
    start: s.start,
    end: s.end,
    data: { severity: level.code, reason },
    message: fmtEach(template, (lang) => ({ severity: nameOf(s, lang), response: level.response[lang], phrase })),
  };
}

const fm = (severity: string) => `---\nseverity: ${severity}\n---\n\n`;

export default defineRule({
  id: "severity-impact-mismatch",
  category: "aws",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "重要度(フロントマターの severity)と本文が合わないことを指摘します。高い重要度(high / urgent / critical)なのに影響が数字で書かれていない、または本番停止と書いているのに low / normal のとき。",
      why: "ケースの重要度は業務への影響で選び、初回応答の目標時間(low 24 時間 〜 critical 15 分)を決めます。本文に「緊急」と書いても優先度は上がりません。高い重要度には数字で示した影響が必要で、本番が止まっているのに低い重要度では返答が遅れます。",
      fix: "影響を How Much に数字で書くか、重要度を実態に合わせます。重要度は API のコード(low, normal, high, urgent, critical)か表示名(一般的なガイダンス、システムの障害、本番システムの障害、本番システムのダウン、ビジネスクリティカルなシステムのダウン)で書けます。例: `severity: urgent` と「1 時間あたり約 1,200 人が購入できない」。",
    },
    en: {
      summary: "Reports a severity (front matter `severity`) that does not match the text: high, urgent or critical with an unquantified impact, or low or normal while the text says production is down.",
      why: "Severity is chosen by business impact and sets the first-response target (low 24 hours to critical 15 minutes); writing \"urgent\" in the text does not raise it. A high severity needs a quantified impact, and a production outage filed as low waits a day.",
      fix: "Quantify the impact under How Much, or set the severity to match. Severity takes an API code (low, normal, high, urgent, critical) or a console name (General guidance, System impaired, Production system impaired, Production system down, Business-critical system down), e.g. `severity: urgent` with \"about 1,200 users per hour cannot check out\".",
    },
  },
  examples: {
    ok: [
      { text: `${fm("urgent")}# T\n\n## How Much\n\nAbout 1,200 users per hour cannot check out.\n` },
      { text: `${fm("本番システムの障害")}# T\n\n## 影響度\n\n1 日あたり約 300 万円の売上が失われています。\n` },
      { text: `${fm("low")}# T\n\nHow do I rotate the keys of a test environment? The test environment is down for maintenance.\n` },
      { text: `${fm("normal")}# T\n\n本番環境は停止していませんが、レスポンスが 2 秒遅くなっています。\n` },
      { text: "# T\n\n本番環境が停止しています。\n" },
    ],
    notOk: [
      { text: `${fm("high")}# T\n\n## How Much\n\nLarge impact on our business.\n`, count: 1 },
      { text: `${fm("Production system down")}# T\n\nProduction is down.\n`, count: 1 },
      { text: `${fm("low")}# T\n\n今朝から本番環境が停止しています。\n\n## 影響度\n\n全ユーザーが利用できません。\n`, count: 1 },
      { text: `${fm("General guidance")}# T\n\nOur production database is down since 09:00 UTC.\n`, count: 1 },
    ],
  },
  check({ doc, report }) {
    const s = draftSeverity(doc);
    if (!s?.code) return;
    const rank = severityLevel(s.code).rank;
    if (rank >= 3 && !impactQuantified(doc)) report(mismatch(s, "impact-unquantified", HIGH_UNQUANTIFIED));
    if (rank <= 2) {
      const down = productionDown(doc);
      if (down) report(mismatch(s, "production-down", DOWN_BUT_LOW, down.text));
    }
  },
});
