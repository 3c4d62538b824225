import { SECTION_ORDER, SECTIONS } from "../sections";
import { defineRule, headingRange, isTemplateOnly } from "./util";

export default defineRule({
  id: "section-empty",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "見出しはあるが、中身がテンプレートの記入欄・プレースホルダー・コメントだけのセクションを指摘します。",
      why: "空のセクションは、欠けたセクションと同じく最初の返信を質問で埋めてしまいます。",
      fix: "セクションの内容を書きます。書けない項目は「不明(理由: 〇〇)」のように理由を書けば、サポートは追加の質問をせずに済みます。",
    },
    en: {
      summary: "Reports a section whose heading exists but whose body holds only template fields, placeholders or comments.",
      why: "An empty section costs the same round trip as a missing one.",
      fix: "Fill the section in. If something is unknown, say so and why (\"unknown: logs rotated\"), so support does not have to ask.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## When\n\n- First observed: 2025-04-15 09:12 UTC\n" }],
    notOk: [
      { text: "# T\n\n## When\n\n<!-- fill in -->\n\n## Where\n\n- Account: TODO\n- Region: TODO\n- Resources: arn:aws:TODO\n", count: 2 },
      { text: "# 件名\n\n## How Much(影響度)\n\n〇〇\n", count: 1 },
    ],
  },
  check({ doc, report }) {
    for (const key of SECTION_ORDER) {
      const section = doc.sections.get(key);
      if (!section || !isTemplateOnly(doc, section)) continue;
      const g = SECTIONS[key].guidance;
      report({
        ...headingRange(section),
        data: { section: key },
        message: {
          ja: `「${section.heading.text}」セクションに内容がありません。${g.ja}`,
          en: `The section "${section.heading.text}" has no content yet. ${g.en}`,
        },
      });
    }
  },
});
