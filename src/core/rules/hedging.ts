import { HEDGING_TERMS, REASON } from "../lexicon/hedging";
import { Lexicon } from "../wording/matcher";
import { clauseAround } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "hedging",
  defaultSeverity: "hint",
  docs: {
    ja: {
      summary: "「と思います」「かもしれません」「おそらく」「maybe」「probably」のように、事実を推測のように書いた箇所を示します(ヒント)。",
      why: "確認済みの事実と推測が区別できないと、サポートは事実を確認し直したり、推測を前提に調べたりします。根拠のある推測は役に立ちます。",
      fix: "確認した事実は言い切り、推測なら根拠を添えます。例: 「スロットリングかもしれません」→「CloudWatch の ThrottledRequests が 0 のため、スロットリングではないと判断しています」。同じ文に根拠(〜ため、because)があれば示しません。",
    },
    en: {
      summary: "Shows facts written as guesses: \"maybe\", \"probably\", \"I think\", と思います (a hint).",
      why: "When verified facts and guesses look alike, support re-checks the facts or chases the guesses; a guess with its evidence is useful.",
      fix: "State what you verified as fact and give the evidence for a guess, e.g. \"maybe throttling\" -> \"ThrottledRequests is 0 in CloudWatch, so we ruled out throttling\". A reason in the same sentence (because, since) is fine.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nThrottledRequests is 0, so throttling is ruled out.\n" },
      { text: "# T\n\nIt is probably the new route table, because the errors started at its change.\n" },
    ],
    notOk: [
      { text: "# T\n\nIt is probably a network problem.\n", count: 1 },
      { text: "# T\n\n設定の問題かもしれません。\n", count: 1 },
    ],
  },
  lexicon: new Lexicon(HEDGING_TERMS),
  cured: (doc, m) => {
    const c = clauseAround(doc.text, m.start, m.end, 80, 80);
    return REASON.test(doc.text.slice(c.start, c.end));
  },
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」は推測に聞こえます。確認した事実は言い切り、推測なら根拠を添えてください。例: {example}",
        en: "\"{term}\" reads as a guess. State what you verified as fact, and give the evidence for a guess, e.g. {example}.",
      },
      {
        ja: "CloudWatch の ThrottledRequests が 0 のため、スロットリングではないと判断しています",
        en: "ThrottledRequests is 0 in CloudWatch, so we ruled out throttling",
      },
      m,
    ),
});
