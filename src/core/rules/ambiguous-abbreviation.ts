import type { CaseDocument } from "../document";
import { ABBREVIATIONS, type Abbreviation, type AbbreviationMeaning } from "../lexicon/abbreviations";
import type { Fix, Localized, RuleContext } from "../types";
import { MatchIndex } from "../wording/nearby";
import { judgedText } from "../wording/text";
import { defineRule } from "./util";

/** How far around the abbreviation its context words are looked for, each way. */
const CONTEXT = 240;
/** Words this close settle the meaning on their own ("the CF stack"). */
const NEAR = 12;
const BY_ABBR = new Map(ABBREVIATIONS.map((a) => [a.abbr, a]));
/** Every abbreviation as a whole, case-sensitive word (not inside sg-0123, ES2020 or CF-Ray). */
const CANDIDATE = new RegExp(`(?<![A-Za-z0-9_-])(?:${ABBREVIATIONS.map((a) => a.abbr).join("|")})(?![A-Za-z0-9_-])`, "g");

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The distinctive part of a meaning's name: "Amazon CloudFront" -> "CloudFront". */
function coreName(m: AbbreviationMeaning): string {
  return m.name.replace(/^(?:Amazon|AWS) /, "");
}

/** "Remote Desktop Services (RDS)" anywhere in the draft defines the abbreviation for all of it. */
function definedInDraft(text: string, a: Abbreviation): boolean {
  return a.meanings.some((m) => new RegExp(`${escapeRegex(coreName(m))}[ \\t]?[(（]${a.abbr}[)）]`, "i").test(text));
}

/** "RDS (Remote Desktop Services)": an expansion in parentheses right after it. */
function expandedAfter(text: string, end: number, a: Abbreviation): boolean {
  const m = /^[ \t]?[(（]([^)）\n]{2,60})[)）]/.exec(text.slice(end, end + 64));
  if (!m) return false;
  const inside = m[1].toLowerCase();
  return a.meanings.some((x) => inside.includes(coreName(x).toLowerCase()) || (x.nameJa !== undefined && inside.includes(x.nameJa)));
}

function qualified(text: string, start: number, end: number, a: Abbreviation): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  const after = text.slice(end, end + 48);
  if (a.notAfter?.test(before)) return true;
  if (a.qualifiedBefore?.test(before) || a.qualifiedAfter?.test(after)) return true;
  return expandedAfter(text, end, a);
}

/** Where each meaning's context words are in the draft, found once per lint for the abbreviations present. */
type ContextIndex = (m: AbbreviationMeaning) => MatchIndex;

function contextIndex(doc: CaseDocument): ContextIndex {
  const built = new Map<AbbreviationMeaning, MatchIndex>();
  return (m) => {
    let index = built.get(m);
    if (!index) built.set(m, (index = new MatchIndex(doc.text, [m.context])));
    return index;
  };
}

/** The meanings whose context words appear within `radius` characters of the abbreviation. */
function pointedAt(context: ContextIndex, start: number, end: number, a: Abbreviation, radius: number): AbbreviationMeaning[] {
  return a.meanings.filter((m) => context(m).within(Math.max(0, start - radius), end + radius));
}

/**
 * The meanings a reader could take here, or none when the reading is clear. The words right beside it decide
 * first ("CF stack" is CloudFormation even in a paragraph that also mentions a cache); the wider context second.
 */
function readings(context: ContextIndex, start: number, end: number, a: Abbreviation): AbbreviationMeaning[] {
  const near = pointedAt(context, start, end, a, NEAR);
  const assumed = a.meanings.find((m) => m.name === a.assumed);
  if (near.length === 1 && (assumed === undefined || near[0] === assumed)) return [];
  const pointed = pointedAt(context, start, end, a, CONTEXT);
  if (assumed) {
    const set = new Set([assumed, ...pointed]);
    return set.size > 1 ? a.meanings.filter((m) => set.has(m)) : [];
  }
  if (pointed.length === 1) return [];
  return pointed.length > 1 ? pointed : [...a.meanings];
}

function message(abbr: string, meanings: AbbreviationMeaning[], lang: "ja" | "en"): Localized {
  const first = meanings[0];
  return {
    ja: `「${abbr}」は ${meanings.map((m) => m.label.ja).join("、")} のどれとも読めます。サポートが別の意味に取ると調査が誤った方向に進みます。正式名称で書いてください。例: ${lang === "ja" ? (first.nameJa ?? first.name) : first.name}`,
    en: `"${abbr}" could mean ${meanings.map((m) => m.label.en).join(" or ")}; if support reads the other meaning, the investigation goes the wrong way. Write the full name, e.g. "${first.name}".`,
  };
}

function fixes(start: number, end: number, abbr: string, meanings: AbbreviationMeaning[], draftLang: "ja" | "en"): Fix[] {
  return meanings.map((m) => {
    const name = draftLang === "ja" ? (m.nameJa ?? m.name) : m.name;
    return {
      title: { ja: `「${abbr}」を「${name}」に置き換える`, en: `Replace "${abbr}" with "${name}"` },
      edits: [{ start, end, text: name }],
    };
  });
}

function check({ doc, report }: RuleContext): void {
  const text = judgedText(doc);
  const defined = new Map<string, boolean>();
  const context = contextIndex(doc);
  for (const m of text.matchAll(CANDIDATE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const a = BY_ABBR.get(m[0]);
    if (!a || qualified(doc.text, start, end, a)) continue;
    if (!defined.has(a.abbr)) defined.set(a.abbr, definedInDraft(doc.text, a));
    if (defined.get(a.abbr)) continue;
    const meanings = readings(context, start, end, a);
    if (meanings.length < 2) continue;
    report({
      start,
      end,
      data: { abbreviation: a.abbr, meanings: meanings.map((x) => x.name).join(" | ") },
      message: message(a.abbr, meanings, doc.lang),
      fixes: fixes(start, end, a.abbr, meanings, doc.lang),
    });
  }
}

export default defineRule({
  id: "ambiguous-abbreviation",
  category: "wording",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "RDS、SG、CF、SM、EB、ES、CW、TG、SF のように、文脈によって別のものを指す略語を指摘します。「Amazon RDS」「RDS for MySQL」「RDS インスタンス db-…」のように意味が定まる書き方は対象外です。",
      why: "実際にあった例: 「RDS」は Windows のリモートデスクトップサービスのことでしたが、サポートは Amazon RDS と読み、調査が誤った方向に進みました。CF(CloudFront / CloudFormation)や SM(Secrets Manager / Systems Manager)は AWS の中だけでも複数の意味があります。",
      fix: "正式名称で書きます(クイックフィックスで意味ごとに置き換えられます)。例: 「Windows Server の RDS」→「Windows Server の Remote Desktop Services」、「CF のスタック」→「CloudFormation のスタック」。最初に「Remote Desktop Services (RDS)」のように定義すれば、以降の略語は指摘しません。",
    },
    en: {
      summary: "Reports abbreviations whose meaning depends on context: RDS, SG, CF, SM, EB, ES, CW, TG, SF. Qualified forms (\"Amazon RDS\", \"RDS for MySQL\", \"RDS instance db-…\") are not reported.",
      why: "A real case: \"RDS\" meant Windows Remote Desktop Services, support read Amazon RDS, and the investigation went the wrong way. CF (CloudFront or CloudFormation) and SM (Secrets Manager or Systems Manager) are ambiguous even within AWS.",
      fix: "Write the full name (a quick fix offers one replacement per meaning), e.g. \"RDS on our Windows hosts\" -> \"Remote Desktop Services on our Windows hosts\". Defining it once (\"Remote Desktop Services (RDS)\") covers the rest of the draft.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nAmazon RDS for MySQL のフェイルオーバーが 2 分かかります。RDS のイベントを確認しました。\n" },
      { text: "# T\n\nThe RDS instance db-ABCDEFGHIJKLMNOP restarted. Our Windows hosts were fine.\n" },
      { text: "# T\n\nThe CF stack orders-prod is stuck in UPDATE_ROLLBACK_FAILED.\n" },
      { text: "# T\n\nRemote Desktop Services (RDS) on Windows Server 2022: RDS sessions drop.\n" },
      { text: "# T\n\nsg-0123456789abcdef0 allows port 443.\n" },
    ],
    notOk: [
      { text: "# T\n\nWindows Server の RDS に接続できません。\n", count: 1 },
      { text: "# T\n\nCF のエラーを確認してください。\n", count: 1 },
      { text: "# T\n\nSM で値を取得できません。\n", count: 1 },
    ],
  },
  check,
});
