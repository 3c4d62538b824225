import { sectionContentRule } from "./util";

const FREQUENCY =
  /頻度|[\d一二三数何] ?回|回数|毎|常に|常時|断続|継続的|ずっと|一度|一回|のみ発生|間隔|おき|\b(?:frequency|always|every|each|once|twice|times?|per|intermittent(?:ly)?|continuous(?:ly)?|constantly|recurring|repeatedly|only one|one-off|single occurrence)\b|(?<!\d)\d+ ?[%％]/i;

export default sectionContentRule({
  id: "when-no-frequency",
  section: "when",
  defaultSeverity: "info",
  docs: {
    ja: {
      summary: "When セクションに、一度きりか繰り返し起きているか(頻度)が書かれていないことを指摘します。",
      why: "常に起きるのか、10 分に 3 回なのか、一度きりなのかで、疑う原因も調べ方もまったく変わります。",
      fix: "頻度を数字で書きます。例: `頻度: 10 分あたり 3〜5 回` / `一度のみ発生`。",
    },
    en: {
      summary: "Reports a When section that does not say whether it happened once or recurs, and how often.",
      why: "Always, three times every ten minutes, or once: each points to different causes and a different investigation.",
      fix: "Give the frequency with a number, e.g. `Frequency: 3-5 times per 10 minutes` or `happened once`.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\n## When\n\n2025-04-15 09:12 UTC, about 3 times per 10 minutes.\n" }],
    notOk: [{ text: "# T\n\n## When\n\nFirst observed 2025-04-15 09:12 UTC.\n" }],
  },
  satisfied: ({ prose }) => FREQUENCY.test(prose),
  message: {
    ja: "一度きりか、繰り返し起きているか(頻度)が書かれていません。例: 10 分あたり 3〜5 回 / 一度のみ",
    en: "Say whether it happened once or recurs, and how often, e.g. 3-5 times per 10 minutes / once.",
  },
});
