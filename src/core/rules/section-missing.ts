import type { CaseDocument } from "../document";
import { fmt } from "../i18n";
import { CLOSING_LINE } from "../patterns";
import { SECTION_ORDER, SECTIONS, type SectionKey } from "../sections";
import { chunkStarts } from "../markdown";
import { snippetToText } from "../snippet";
import type { Edit, Lang } from "../types";
import { defineRule, titleAnchor } from "./util";

/** One finding per absent 5W2H section, with a fix that inserts its skeleton at its canonical place. */
export default defineRule({
  id: "section-missing",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "5W2H(When, Where, What, Who, Why, How, How Much)のうち、見出しとして書かれていないセクションを指摘します。",
      why: "サポートエンジニアはあなたのシステムを知りません。欠けた項目があると、最初の返信が質問のリストになり、解決が数時間遅れます。",
      fix: "クイックフィックスで、欠けたセクションの見出しと記入欄を正しい順序の位置に挿入できます。例: `## When(発生日時)` の下に初回・最終の観測日時を書きます。",
    },
    en: {
      summary: "Reports each 5W2H section (When, Where, What, Who, Why, How, How Much) that has no heading in the draft.",
      why: "The support engineer does not know your system. A missing part turns the first reply into a list of questions and costs hours.",
      fix: "The quick fix inserts the missing section's heading and fields at its place in the canonical order, e.g. `## When` with first and last observation times.",
    },
  },
  examples: {
    ok: [
      {
        text: "# S3 へのアップロードが 403 になる\n\n## When\n## Where\n## What\n## Who\n## Why\n## How\n## How Much\n",
      },
    ],
    notOk: [
      { text: "# 問い合わせ\n\n今朝から AWS につながりません。\n", count: 7 },
      { text: "# Upload fails\n\n## When\n\n2025-04-15 09:12 UTC\n", count: 6 },
    ],
  },
  check({ doc, report }) {
    const anchor = titleAnchor(doc);
    for (const key of SECTION_ORDER) {
      if (doc.sections.has(key)) continue;
      const heading = SECTIONS[key].heading[doc.lang];
      report({
        ...anchor,
        data: { section: key },
        message: {
          ja: `5W2H の「${SECTIONS[key].heading.ja}」セクションがありません。${SECTIONS[key].guidance.ja}`,
          en: `The 5W2H section "${SECTIONS[key].heading.en}" is missing. ${SECTIONS[key].guidance.en}`,
        },
        fixes: [
          {
            title: fmt({ ja: "「{heading}」セクションを挿入", en: "Insert the \"{heading}\" section" }, { heading }),
            edits: [skeletonEdit(doc, key, doc.lang)],
            preferred: true,
          },
        ],
      });
    }
  },
});

/** The edit that inserts a section's skeleton after the previous present section in canonical order. */
export function skeletonEdit(doc: CaseDocument, key: SectionKey, lang: Lang): Edit {
  const order = SECTION_ORDER.indexOf(key);
  const present = [...doc.sections.values()];
  const before = present.filter((s) => SECTION_ORDER.indexOf(s.key) < order).sort((a, b) => b.bodyEnd - a.bodyEnd)[0];
  const after = present.filter((s) => SECTION_ORDER.indexOf(s.key) > order).sort((a, b) => a.heading.start - b.heading.start)[0];
  const depth = present[0]?.heading.depth ?? 2;
  let at: number;
  if (before) at = beforeClosing(doc, before.bodyStart, before.bodyEnd);
  else if (after) at = after.heading.start;
  else at = beforeClosing(doc, doc.title ? doc.title.end : 0, doc.text.length);
  const body = `${"#".repeat(depth)} ${SECTIONS[key].heading[lang]}\n\n${snippetToText(SECTIONS[key].skeleton[lang], "all")}\n`;
  // A fence or an HTML comment left open runs to the end of the draft: close it first, or the new section would
  // be code or a comment.
  const closer = unclosedFence(doc, at) ?? (unclosedComment(doc, at) ? "-->" : undefined);
  if (closer !== undefined) {
    const lead = at === 0 || doc.text[at - 1] === "\n" ? "" : "\n";
    return { start: at, end: at, text: `${lead}${closer}\n\n${body}` };
  }
  return { start: at, end: at, text: surround(doc.text, at, body) };
}

/**
 * Whether a heading inserted at `at` would be swallowed by an HTML comment left open before it. The draft is
 * parsed a section at a time, cut at ATX headings outside fences, so a new heading normally starts a section of its
 * own and ends any comment; it does not when the cutter believes a fence is open there (a fence marker inside the
 * comment), and then the parser sees the comment run on.
 */
function unclosedComment(doc: CaseDocument, at: number): boolean {
  const before = doc.text.slice(0, at);
  const probe = `${before}${before === "" || before.endsWith("\n") ? "" : "\n"}`;
  const starts = chunkStarts(`${probe}# x\n`, 0);
  if (starts[starts.length - 1] === probe.length) return false;
  const from = Math.max(starts[starts.length - 1], doc.text.lastIndexOf("-->", at - 3) + 3);
  for (const m of doc.text.slice(from, at).matchAll(/^ {0,3}<!--/gm)) {
    if (!doc.inCode(from + (m.index ?? 0))) return true;
  }
  return false;
}

/** The fence to close when `at` ends a fenced code block that was never closed, e.g. "```". */
function unclosedFence(doc: CaseDocument, at: number): string | undefined {
  const block = doc.codeBlocks.find((c) => c.start < at && at <= c.end);
  if (!block) return undefined;
  // Only a fence at the top level: inside a quote or a list item, the blank line before the section ends it.
  const lineStart = doc.text.lastIndexOf("\n", block.start - 1) + 1;
  if (!/^ {0,3}$/.test(doc.text.slice(lineStart, block.start))) return undefined;
  const lines = doc.text.slice(block.start, block.end).split("\n");
  const opener = /^ {0,3}(`{3,}|~{3,})/.exec(lines[0]);
  if (!opener) return undefined;
  const marker = opener[1];
  const last = (lines.length > 1 ? lines[lines.length - 1] : "").trim();
  const closed = last.length >= marker.length && last === marker[0].repeat(last.length);
  return closed ? undefined : marker;
}

/** Inserting at `at`: keep one blank line before and after the new block. */
function surround(text: string, at: number, block: string): string {
  const before = text.slice(Math.max(0, at - 2), at);
  const lead = at === 0 ? "" : before.endsWith("\n\n") ? "" : before.endsWith("\n") ? "\n" : "\n\n";
  const next = text.slice(at, at + 1);
  const trail = next === "" || next === "\n" ? "" : "\n";
  return lead + block + trail;
}

/** The end of a range, moved up before a trailing closing paragraph ("以上、よろしくお願いいたします。"). */
function beforeClosing(doc: CaseDocument, start: number, end: number): number {
  const body = doc.text.slice(start, end);
  // trimEnd, not /\s+$/: that regex is quadratic on a long run of blanks inside the text.
  const trimmed = body.trimEnd();
  const lastBreak = trimmed.lastIndexOf("\n\n");
  if (lastBreak >= 0) {
    const last = trimmed.slice(lastBreak + 2);
    if (CLOSING_LINE.test(last.trim())) return start + lastBreak + 1;
  }
  return start + trimmed.length + (trimmed.length < body.length ? 1 : 0);
}
