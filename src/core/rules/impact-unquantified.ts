import { sectionContentRule } from "./util";

export const QUANTITY = /[0-9０-９]|全(?:ユーザー|利用者|員|社|件|店舗|顧客|サービス|て)|すべての(?:ユーザー|利用者|顧客|リクエスト)|\b(?:all|every|no) (?:users|customers|requests|orders|traffic)\b|\b(?:one|two|three|four|five|ten|hundred|thousand|million)s?\b/i;

export default sectionContentRule({
  id: "impact-unquantified",
  section: "how-much",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "How Much(影響度)セクションに数字がない(影響が定量化されていない)ことを指摘します。",
      why: "重要度は業務への影響で決まり、「緊急」と書いても上がりません。同じ重要度のケースの中で順番を決めるのは、数字で示された影響です。",
      fix: "影響を数字で書きます。例: `影響ユーザー: 1 時間あたり約 1,200 人` `損失見込み: 1 日あたり約 300 万円` `期限: 2025-04-18 のリリース`。",
    },
    en: {
      summary: "Reports a How Much (impact) section without numbers.",
      why: "Severity follows business impact, not the word \"urgent\"; among cases of equal severity, a quantified impact is what ranks yours.",
      fix: "Quantify: users affected, money per day, error rate, deadline, e.g. `about 1,200 users per hour`, `about $20,000 per day`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## How Much\n\nAbout 1,200 users per hour cannot check out.\n" }, { text: "# T\n\n## 影響度\n\n全ユーザーがログインできない\n" }],
    notOk: [{ text: "# T\n\n## How Much\n\nLarge impact on our business.\n" }, { text: "# T\n\n## 影響\n\n大きな影響が出ています。\n" }],
  },
  satisfied: ({ prose }) => QUANTITY.test(prose),
  message: {
    ja: "影響が数字で書かれていません。影響ユーザー数、1 日あたりの損失額、エラー率、期限などを書いてください。例: 1 時間あたり約 1,200 人が購入できない",
    en: "The impact has no numbers. Give users affected, cost per day, error rate or a deadline, e.g. about 1,200 users per hour cannot check out.",
  },
});
