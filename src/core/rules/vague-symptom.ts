import { SYMPTOM_TERMS } from "../lexicon/symptom";
import { Lexicon } from "../wording/matcher";
import { hasErrorTextNear, hasMeasureNear } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "vague-symptom",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「動かない」「うまくいかない」「おかしい」「doesn't work」「it's broken」のように、何が起きているかを言わない症状の書き方を指摘します。",
      why: "実際のエラー文があれば、サポートはその文言で既知の事象や原因をすぐに探せます。「動かない」からは、何が期待どおりでないのかすら分かりません。",
      fix: "エラーメッセージをそのまま(コードブロックで)貼り、期待する結果と実際の結果を書きます。例: 「期待: HTTP 200、実際: 30 秒後に 504 Gateway Timeout」。すぐ横にエラー文や例外名があれば指摘しません。遅さは数字で書きます(「p99 が 300 ms から 3.2 秒に」)。",
    },
    en: {
      summary: "Reports symptoms that do not say what happens: \"doesn't work\", \"it's broken\", \"saw errors\", 動かない, おかしい.",
      why: "With the verbatim error support can search known issues at once; \"it doesn't work\" does not even say what was expected.",
      fix: "Paste the error verbatim (in a code block) and give expected versus actual, e.g. \"expected HTTP 200, got 504 Gateway Timeout after 30 s\". Error text right beside the phrase is fine. Give slowness as numbers (\"p99 went from 300 ms to 3.2 s\").",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nThe upload returns an error: `AccessDenied: Access Denied`.\n" },
      { text: "# T\n\n次のエラーが発生します:\n\n```\nThrottlingException: Rate exceeded\n```\n" },
      { text: "# T\n\nレスポンスが遅い(p99 で 3.2 秒)。\n" },
    ],
    notOk: [
      { text: "# T\n\nA lot of users saw errors; it's broken.\n", count: 2 },
      { text: "# T\n\nデプロイ後、アプリがうまく動かない。\n", count: 1 },
      { text: "# T\n\nThe dashboard is very slow.\n", count: 1 },
    ],
  },
  lexicon: new Lexicon(SYMPTOM_TERMS),
  cured: (doc, m) => (m.term.slowness ? hasMeasureNear(doc, m) : hasErrorTextNear(doc, m)),
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」では何が起きているかわかりません。エラーメッセージをそのまま貼り、期待する結果と実際の結果を書いてください。例: {example}",
        en: "\"{term}\" does not say what happens. Paste the error verbatim and give the expected and actual results, e.g. {example}.",
      },
      { ja: "期待: HTTP 200、実際: 30 秒後に 504 Gateway Timeout", en: "expected HTTP 200, got 504 Gateway Timeout after 30 s" },
      m,
    ),
});
