import { defineRule, titleAnchor } from "./util";

const GENERIC_JA =
  /^(?:aws|amazon)?(?:に|の)?(?:関する|について|についての)?(?:お|ご)?(?:問い?合わ?せ|問合せ|質問|相談|確認|お願い|依頼|エラー|障害|不具合|トラブル|件名|タイトル|件)(?:について|に関して|の件|です|したい|があります|(?:を)?お願いします)?$/;
const GENERIC_EN =
  /^(?:(?:aws|amazon|urgent|quick|a|an|the|my|our)\s+){0,3}(?:help|question|questions|issue|issues|problem|problems|error|errors|inquiry|support|support request|request|ticket|case|title|subject|help needed|need help|please help|not working)(?:\s+(?:with|about|on|regarding)\s+(?:aws|amazon))?$/;

/** The title strip of punctuation, brackets and decoration, to compare with the generic ones. */
function normalizeTitle(s: string): string {
  return s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s!?.。、,:;!?【】「」『』()[\]<>〈〉《》*_~"'-]+/g, " ")
    .trim()
    .replace(/ (?=[^a-z0-9])|(?<=[^a-z0-9 ]) /g, "");
}

export default defineRule({
  id: "title-vague",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "見出し 1(# 件名)がない、または「問い合わせ」「質問」「エラーについて」のように中身を表さない件名を指摘します。",
      why: "件名はサポートが最初に目にし、担当の割り振りにも使われます。サービス名と症状が入っていれば、適切な専門チームに早く届きます。",
      fix: "「どのサービスで、何をすると、どうなるか」を 1 行で書きます。例: `# ALB 配下の EC2 から RDS for MySQL への接続がタイムアウトする`。",
    },
    en: {
      summary: "Reports a draft without a level-1 heading, or with a generic one such as Help, Question, Issue.",
      why: "The subject is what support reads first and routes on; a service and a symptom in it reach the right specialists sooner.",
      fix: "Say in one line which service, which action, what happens, e.g. `# EC2 behind an ALB times out connecting to RDS for MySQL`.",
    },
  },
  examples: {
    ok: [
      { text: "# ALB 配下の EC2 から RDS for MySQL への接続がタイムアウトする\n" },
      { text: "# S3 PutObject returns 403 AccessDenied for a role in another account\n" },
    ],
    notOk: [
      { text: "# 問い合わせ\n\n今朝から AWS につながりません。\n" },
      { text: "# Help\n" },
      { text: "# エラーについて\n" },
      { text: "Connections time out.\n" },
    ],
  },
  check({ doc, report }) {
    const title = doc.title;
    const subject = doc.frontMatter?.data.subject ?? doc.frontMatter?.data.title;
    if (!title) {
      if (typeof subject === "string" && subject.trim()) return;
      report({
        ...titleAnchor(doc),
        message: {
          ja: "件名(見出し 1)がありません。1 行目に「# サービス名 + 操作 + 症状」を書いてください。例: # ALB 配下の EC2 から RDS への接続がタイムアウトする",
          en: "The draft has no title (level-1 heading). Start with \"# service + action + symptom\", e.g. # EC2 behind an ALB times out connecting to RDS.",
        },
        fixes: [
          {
            title: { ja: "件名の見出しを挿入", en: "Insert a title heading" },
            edits: [{ start: titleAnchor(doc).start, end: titleAnchor(doc).start, text: doc.lang === "ja" ? "# ${1:サービス名} で ${2:操作} すると ${3:症状} になる\n\n" : "# ${1:Service}: ${2:action} ${3:symptom}\n\n" }],
            snippet: true,
            preferred: true,
          },
        ],
      });
      return;
    }
    const n = normalizeTitle(title.text);
    if (n === "" || GENERIC_JA.test(n) || GENERIC_EN.test(n)) {
      report({
        start: title.textStart,
        end: title.end,
        message: {
          ja: `件名「${title.text}」では内容が伝わりません。サービス名・操作・症状を入れてください。例: ALB 配下の EC2 から RDS への接続がタイムアウトする`,
          en: `The title "${title.text}" says nothing about the problem. Name the service, the action and the symptom, e.g. EC2 behind an ALB times out connecting to RDS.`,
        },
      });
    }
  },
});
