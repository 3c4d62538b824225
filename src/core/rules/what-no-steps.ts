import { sectionContentRule } from "./util";

const ACTION =
  /手順|ステップ|実行|操作|再現|送信|リクエスト|呼び出|デプロイ|起動|停止|更新|変更|作成|削除|設定|接続|アクセス|アップロード|ダウンロード|クリック|\b(?:steps?|ran|run|running|executed?|called?|calling|invoked?|deploy(?:ed)?|clicked?|sent|send|request(?:ed)?|upload(?:ed)?|download(?:ed)?|created?|deleted?|updated?|changed?|started?|stopped?|connect(?:ed|ing)?|reproduce|curl|aws [a-z0-9-]+ [a-z0-9-]+)\b/i;

export default sectionContentRule({
  id: "what-no-steps",
  section: "what",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "What セクションに、発生時に何をしていたか(再現手順)がないことを指摘します。",
      why: "同じ操作を再現できれば、サポートは推測でなく事実から調べられます。",
      fix: "番号付きリストで手順を書きます。例: `1. 注文 API に POST /orders を送信する` `2. 30 秒後にタイムアウトする`。",
    },
    en: {
      summary: "Reports a What section that does not say what was done when it happened (reproduction steps).",
      why: "Steps support can repeat turn guesses into facts.",
      fix: "Write numbered steps, e.g. `1. POST /orders to the API` `2. it times out after 30 s`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## What\n\n1. Run `aws s3 cp a.txt s3://bucket/`\n2. It fails with 403\n" }],
    notOk: [{ text: "# T\n\n## What\n\nThe API is slow.\n" }],
  },
  satisfied: ({ doc, section, prose }) =>
    doc.blocksIn({ start: section.bodyStart, end: section.bodyEnd }).some((b) => (b.type === "list" && b.ordered) || b.type === "code") ||
    ACTION.test(prose),
  message: {
    ja: "発生時に何をしていたか(再現手順)がありません。番号付きの手順で書いてください。例: 1. POST /orders を送信する 2. 30 秒後にタイムアウトする",
    en: "Say what was done when it happened, as numbered steps, e.g. 1. POST /orders 2. it times out after 30 s.",
  },
});
