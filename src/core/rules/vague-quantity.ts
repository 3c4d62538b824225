import { QUANTITY_TERMS } from "../lexicon/quantity";
import { Lexicon } from "../wording/matcher";
import { hasCountNear, sectionHasCount } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "vague-quantity",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「一部の」「多くの」「大量の」「some users」のように、量を数字なしで表す言葉を指摘します。一部上場・一部分・「一部を抜粋」は対象外です。",
      why: "同じ重要度のケースの中では、数字で示された影響が対応の順番を決めます。「一部のユーザー」が 3 人のテスターなのか顧客の 3 分の 1 なのかで、調べ方も優先度も変わります。",
      fix: "数や割合を書きます。例: 「一部のユーザー」→「約 120 人(アクティブユーザーの 3 %)」。言葉のすぐ横に数字があれば指摘しません(「一部のユーザー(約 120 人)」)。",
    },
    en: {
      summary: "Reports quantities without numbers: \"some users\", \"a lot of\", \"many requests\", 一部の, 多くの.",
      why: "Among cases of equal severity, quantified impact decides the order; \"some users\" may be three testers or a third of your customers, which changes both the investigation and the priority.",
      fix: "Give a number or a share, e.g. \"some users\" -> \"about 120 users (3% of active users)\". A number right beside the word is fine: \"some users (about 120)\".",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n一部のユーザー(約 120 人)がログインできません。\n" },
      { text: "# T\n\n当社は東証一部上場企業です。ログの一部分を抜粋します。\n" },
      { text: "# T\n\nFor some reason the retry was skipped.\n" },
      { text: "# T\n\nSome users (about 3% of sessions) see the error.\n" },
    ],
    notOk: [
      { text: "# T\n\nA lot of users saw errors.\n", count: 1 },
      { text: "# T\n\n一部のユーザーがログインできません。\n", count: 1 },
      { text: "# T\n\nMany requests fail and some customers complain.\n", count: 2 },
    ],
  },
  lexicon: new Lexicon(QUANTITY_TERMS),
  cured: (doc, m) => hasCountNear(doc, m),
  softened: (doc) =>
    sectionHasCount(doc, "how-much")
      ? { ja: "(影響は How Much セクションに数字で書かれているため、情報として示しています)", en: "(How Much gives the numbers, so this is shown as information.)" }
      : undefined,
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」ではどのくらいの量かわかりません。数や割合を書いてください。例: {example}",
        en: "\"{term}\" does not say how many. Give a number or a share, e.g. {example}.",
      },
      { ja: "約 120 人(アクティブユーザーの 3 %)", en: "about 120 users (3% of active users)" },
      m,
    ),
});
