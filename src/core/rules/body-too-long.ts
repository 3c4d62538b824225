import { fmt } from "../i18n";
import { renderedLength, SUPPORT_CENTER_LIMIT } from "../render";
import { defineRule, titleAnchor } from "./util";

/** A draft of `paragraphs` paragraphs of about 100 characters each. */
function longDraft(paragraphs: number): string {
  return "# Lambda の Invoke が 502 になる\n\n" + Array.from({ length: paragraphs }, (_, i) => `${i} ${"ログ".repeat(48)}`).join("\n\n") + "\n";
}

export default defineRule({
  id: "body-too-long",
  category: "safety",
  defaultSeverity: "error",
  docs: {
    ja: {
      summary: "Support Center に貼り付けるテキスト(Markdown 記法を除いたもの)が 8,000 文字を超えると指摘します。文字数をそのまま示します。",
      why: "サポートケースの本文(CreateCase API の communicationBody)は 8,000 文字までです。超えた分は送れず、長いログを本文に貼ると肝心の説明が埋もれます。",
      fix: "長いログや設定は添付ファイル(5 MB まで 3 個)にして、本文にはエラーの前後数行だけを残します。例: 「全ログは app.log として添付します。以下はエラー前後の抜粋です。」",
    },
    en: {
      summary: "Reports a draft whose text for the Support Center (without Markdown syntax) exceeds 8,000 characters, with the exact count.",
      why: "A case's body (communicationBody of the CreateCase API) holds at most 8,000 characters: the rest cannot be sent, and long logs in the body bury the explanation.",
      fix: "Attach long logs and config (up to 3 files of 5 MB) and keep only the lines around the error in the body, e.g. \"The full log is attached as app.log; below is the excerpt around the error.\"",
    },
  },
  examples: {
    ok: [{ text: longDraft(10) }],
    notOk: [{ text: longDraft(81), count: 1 }],
  },
  check({ doc, report }) {
    const characters = renderedLength(doc);
    if (characters <= SUPPORT_CENTER_LIMIT) return;
    const over = characters - SUPPORT_CENTER_LIMIT;
    report({
      ...titleAnchor(doc),
      data: { characters, limit: SUPPORT_CENTER_LIMIT },
      message: fmt(
        {
          ja: "Support Center に貼り付けるテキストが {characters} 文字あり、上限の {limit} 文字を {over} 文字超えています。長いログは添付ファイルにして、本文にはエラー前後の抜粋だけを残してください。例: 「全ログは app.log として添付します。以下はエラー前後の抜粋です。」",
          en: "The text for the Support Center is {characters} characters, {over} over the limit of {limit}. Attach long logs and keep only the lines around the error in the body, e.g. \"The full log is attached as app.log; below is the excerpt around the error.\"",
        },
        { characters, limit: SUPPORT_CENTER_LIMIT, over },
      ),
    });
  },
});
