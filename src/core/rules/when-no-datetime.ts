import { ABSOLUTE_DATE } from "../patterns";
import { sectionContentRule } from "./util";

export default sectionContentRule({
  id: "when-no-datetime",
  section: "when",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "When セクションに絶対日付(2025-04-15 など)がないことを指摘します。",
      why: "サポートは日時を手がかりにログやメトリクスを調べます。「今朝」「先週」では調べる範囲が決まりません。",
      fix: "初回と最終の観測日時を、日付・時刻・タイムゾーンで書きます。例: `初回観測: 2025-04-15 09:12 JST`。",
    },
    en: {
      summary: "Reports a When section with no absolute date (such as 2025-04-15).",
      why: "Support searches logs and metrics by time; \"this morning\" or \"last week\" gives them no range to search.",
      fix: "Write the first and last observation with date, time and zone, e.g. `First observed: 2025-04-15 09:12 UTC`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## When\n\n- First observed: 2025-04-15 09:12 UTC\n" }, { text: "# T\n\n## いつ\n\n2025年4月15日 9時12分 JST から発生\n" }],
    notOk: [{ text: "# T\n\n## When\n\nSince this morning.\n" }, { text: "# T\n\n## 発生日時\n\n昨日の夕方から\n" }],
  },
  satisfied: ({ prose, raw }) => ABSOLUTE_DATE.test(prose) || ABSOLUTE_DATE.test(raw),
  message: {
    ja: "When に絶対日付がありません。初回と最終の観測日時をタイムゾーン付きで書いてください。例: 2025-04-15 09:12 JST",
    en: "When has no absolute date. Give the first and last observation with the time zone, e.g. 2025-04-15 09:12 UTC.",
  },
});
