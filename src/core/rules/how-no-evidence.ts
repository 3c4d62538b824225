import { sectionContentRule } from "./util";

const EVIDENCE =
  /期待(?:する|した|される)?(?:結果|動作|値|挙動)?[:：]|実際(?:の)?(?:結果|動作|値|挙動)?[:：]|「[^「」\n]{6,}」|"[^"\n]{6,}"|\b(?:expected|actual)(?: result| behaviou?r| output)?\s*[:：]|\b[A-Z][A-Za-z]+(?:Exception|Error|Fault|Denied|Failure)\b|\b(?:HTTP|status|ステータス)[ \t]*(?:code[ \t]*)?(?:[:：][ \t]*)?[1-5]\d\d\b|\b[1-5]\d\d (?:Bad|Unauthorized|Forbidden|Not Found|Internal|Service|Gateway|Too Many)/;

export default sectionContentRule({
  id: "how-no-evidence",
  section: "how",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "How セクションに、エラーメッセージ・ログの抜粋・期待と実際の結果のいずれもないことを指摘します。",
      why: "「動かない」ではなく実際のエラー文があれば、サポートはその文言で既知の事象や原因をすぐに探せます。",
      fix: "エラーメッセージをそのままコードブロックに貼り、期待する結果と実際の結果を書きます。例: `期待する結果: 1 秒以内に接続` `実際の結果: 30 秒後にタイムアウト`。",
    },
    en: {
      summary: "Reports a How section with no error text, log excerpt, or expected-versus-actual result.",
      why: "The verbatim error lets support search known issues at once; \"it fails\" does not.",
      fix: "Paste the error verbatim in a code block and state expected and actual results, e.g. `Expected: connects within 1 s` `Actual: times out after 30 s`.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n## How\n\n```\nAccessDenied: User is not authorized\n```\n" },
      { text: "# T\n\n## How\n\nExpected: 200 OK\nActual: 503 Service Unavailable\n" },
    ],
    notOk: [{ text: "# T\n\n## How\n\nIt does not work properly.\n" }, { text: "# T\n\n## 症状\n\nうまく接続できない。\n" }],
  },
  satisfied: ({ doc, section, prose }) =>
    doc.blocksIn({ start: section.bodyStart, end: section.bodyEnd }).some((b) => b.type === "code" || b.type === "blockquote") ||
    doc.inlineCode.some((c) => c.start >= section.bodyStart && c.end <= section.bodyEnd && c.end - c.start > 8) ||
    EVIDENCE.test(prose),
  message: {
    ja: "エラーメッセージ・ログ・期待と実際の結果がありません。エラー文をそのままコードブロックで貼り、期待する結果と実際の結果を書いてください。",
    en: "No error text, log excerpt or expected-versus-actual result. Paste the error verbatim in a code block and state the expected and actual results.",
  },
});
