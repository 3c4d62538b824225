import { sectionContentRule } from "./util";

const TRIED =
  /試し|試み|試行|確認済|確認しました|確認したが|確認したところ|実施済|実施しました|実施したが|切り分け|再起動|再実行|変更しましたが|変更したが|回避策|ワークアラウンド|改善せず|解決せず|変わらず|\b(?:tried|attempted|already|checked|verified|ruled out|restart(?:ed)?|rebooted|retried|workaround|no change|did not help|didn't help|same result)\b/i;

export default sectionContentRule({
  id: "what-no-tried",
  section: "what",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "What セクションに、既に試したこととその結果がないことを指摘します。",
      why: "試したことが書かれていないと、サポートの最初の提案はあなたが既に試したことになりがちです。",
      fix: "試したことと結果を書きます。例: `既に試したこと: インスタンスを再起動したが改善せず`。",
    },
    en: {
      summary: "Reports a What section that does not say what was already tried and with what result.",
      why: "Without it, support's first suggestion is often what you already did.",
      fix: "List what you tried and the result, e.g. `Already tried: rebooted the instance; no change`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## What\n\n1. Call the API\n\nAlready tried: restarted the task, no change.\n" }],
    notOk: [{ text: "# T\n\n## What\n\n1. Call the API\n2. It returns 502\n" }],
  },
  satisfied: ({ prose }) => TRIED.test(prose),
  message: {
    ja: "既に試したことと、その結果が書かれていません。例: 既に試したこと: インスタンスを再起動したが改善せず",
    en: "Say what you already tried and the result, e.g. Already tried: rebooted the instance, no change.",
  },
});
