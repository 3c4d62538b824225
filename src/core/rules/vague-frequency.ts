import { FREQUENCY_TERMS } from "../lexicon/frequency";
import { Lexicon } from "../wording/matcher";
import { hasCountNear, sectionHasCount } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "vague-frequency",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「たまに」「時々」「断続的に」「sometimes」のように、頻度を数字なしで表す言葉を指摘します。",
      why: "「時々」が 100 万回に 1 回なのか 10 回に 1 回なのかで、疑う原因も再現試験の回数も変わります。サポートの試験で再現しなかったとき、それが何を意味するかも頻度で決まります。",
      fix: "回数や割合を書きます。例: 「10 分あたり 3 回」「40 回中 3 回」「1 時間に 1 回程度」。言葉のすぐ横に数字があれば指摘しません(「時々失敗する(40 回中 3 回)」)。",
    },
    en: {
      summary: "Reports frequencies without numbers: \"sometimes\", \"intermittently\", \"now and then\", たまに, 時々.",
      why: "Whether \"sometimes\" is once in a million or once in ten changes the suspects and how many runs a reproduction needs; it also decides what a passing test by support proves.",
      fix: "Give a count or a rate, e.g. \"3 times per 10 minutes\", \"3 of 40 runs\". A number right beside the word is fine: \"sometimes (3 of 40 runs)\".",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nThe job fails sometimes (3 of 40 runs).\n" },
      { text: "# T\n\n接続が時々失敗します(1 時間あたり約 5 回)。\n" },
      { text: "# T\n\nThe job fails 3 times per hour.\n" },
    ],
    notOk: [
      { text: "# T\n\nThe database went down now and then.\n", count: 1 },
      { text: "# T\n\nたまにタイムアウトします。\n", count: 1 },
    ],
  },
  lexicon: new Lexicon(FREQUENCY_TERMS),
  cured: (doc, m) => hasCountNear(doc, m),
  softened: (doc) =>
    sectionHasCount(doc, "when")
      ? { ja: "(頻度は When セクションに数字で書かれているため、情報として示しています)", en: "(The When section gives the rate, so this is shown as information.)" }
      : undefined,
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」ではどのくらいの頻度かわかりません。回数や割合を書いてください。例: {example}",
        en: "\"{term}\" does not say how often. Give a count or a rate, e.g. {example}.",
      },
      { ja: "10 分あたり 3 回(40 回中 3 回失敗)", en: "3 times per 10 minutes (3 of 40 runs fail)" },
      m,
    ),
});
