import { URGENCY_TERMS } from "../lexicon/urgency";
import { Lexicon } from "../wording/matcher";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "urgency-word",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "「至急」「緊急」「ASAP」「urgent」のような、急ぎを伝えるだけの言葉を指摘します。重要度の名前(Production system down など)や見出しの「緊急度」は対象外です。",
      why: "本文に「至急」と書いてもケースの優先度は上がりません。優先度はケース作成時に選ぶ重要度で決まり、重要度は業務への影響で選びます。同じ重要度の中で順番を決めるのは、数字で示された影響です。",
      fix: "影響を数字で書き、影響に見合った重要度を選びます(本番システム停止なら Production system down)。例: 「至急対応してください」→「1 時間あたり約 1,200 件の注文が失敗しています(重要度: Production system down)」。",
    },
    en: {
      summary: "Reports words that only say \"hurry\": urgent, ASAP, as soon as possible, 至急, 緊急. Severity names (Production system down) and the heading 緊急度 are not reported.",
      why: "Writing \"urgent\" does not raise a case's priority: the severity chosen when the case is opened does, and it is chosen by business impact. Among cases of equal severity, a quantified impact ranks yours.",
      fix: "Quantify the impact and choose the matching severity (Production system down for a production outage), e.g. \"Need help urgently\" -> \"About 1,200 orders per hour are failing (severity: Production system down).\"",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n## 緊急度\n\n1 時間あたり約 1,200 件の注文が失敗しています。\n" },
      { text: "# T\n\nSeverity: Production system down (urgent).\n" },
      { text: "# T\n\n緊急停止ボタンを押した後に再起動しました。\n" },
    ],
    notOk: [
      { text: "# T\n\nNeed help urgently.\n", count: 1 },
      { text: "# T\n\n至急ご確認ください。\n", count: 1 },
    ],
  },
  lexicon: new Lexicon(URGENCY_TERMS),
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」と書いても優先度は上がりません。優先度はケース作成時に業務影響で選ぶ重要度で決まります。影響を数字で書いてください。例: {example}",
        en: "Writing \"{term}\" does not raise the priority: the severity chosen by business impact when the case is opened does. Quantify the impact instead, e.g. {example}.",
      },
      {
        ja: "1 時間あたり約 1,200 件の注文が失敗しています(重要度: Production system down)",
        en: "about 1,200 orders per hour are failing (severity: Production system down)",
      },
      m,
    ),
});
