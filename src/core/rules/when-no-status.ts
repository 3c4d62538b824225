import { sectionContentRule } from "./util";

const STATUS =
  /継続|現在も|現在は|発生中|解消|復旧|収束|終息|回復|未解決|止ま(?:った|って)|発生して(?:いない|いません|おりません)|再発|\b(?:ongoing|still|resolved|recovered|mitigated|no longer|stopped|continues|continuing|persists|persisting|fixed|cleared|since then|as of now|currently)\b/i;

export default sectionContentRule({
  id: "when-no-status",
  section: "when",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "When セクションに、事象が現在も継続中か解消済みかが書かれていないことを指摘します。",
      why: "継続中なら今のログやメトリクスを見られ、重要度の判断も変わります。解消済みなら調べる対象は過去の記録です。",
      fix: "状況を 1 行で書きます。例: `状況: 現在も継続中` / `状況: 2025-04-15 10:47 JST 以降は発生していない`。",
    },
    en: {
      summary: "Reports a When section that does not say whether the problem is still ongoing or resolved.",
      why: "An ongoing problem can be observed live and may call for a higher severity; a resolved one is investigated from records.",
      fix: "Add one line, e.g. `Status: ongoing` or `Status: not seen since 2025-04-15 10:47 UTC`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## When\n\n2025-04-15 09:12 UTC, still ongoing.\n" }, { text: "# T\n\n## When\n\n2025-04-15 09:12 JST に発生し、10:47 JST に解消\n" }],
    notOk: [{ text: "# T\n\n## When\n\nFirst observed 2025-04-15 09:12 UTC.\n" }],
  },
  satisfied: ({ prose }) => STATUS.test(prose),
  message: {
    ja: "現在も継続中か、解消済みかが書かれていません。例: 状況: 現在も継続中 / 10:47 JST 以降は発生していない",
    en: "Say whether it is still ongoing or resolved, e.g. Status: ongoing / not seen since 10:47 UTC.",
  },
});
