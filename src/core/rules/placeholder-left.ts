import { PLACEHOLDER } from "../patterns";
import { defineRule } from "./util";

export default defineRule({
  id: "placeholder-left",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "テンプレートの記入欄(〇〇、YYYY-MM-DD、hh:mm、TODO など)が残っている箇所を指摘します。",
      why: "記入欄が残ったまま送ると、読み手はどこまでが事実か判断できず、確認の往復が発生します。",
      fix: "実際の値に置き換えます。例: `YYYY-MM-DD hh:mm JST` → `2025-04-15 09:12 JST`。不明なら「不明」と理由を書きます。",
    },
    en: {
      summary: "Reports template text that was never filled in: 〇〇, YYYY-MM-DD, hh:mm, TODO, TBD and the like.",
      why: "A draft sent with blanks leaves the reader unsure what is fact, and they will ask.",
      fix: "Replace it with the real value, e.g. `YYYY-MM-DD hh:mm UTC` → `2025-04-15 09:12 UTC`, or say it is unknown and why.",
    },
  },
  examples: {
    ok: [{ text: "# T\n\nObserved at 2025-04-15 09:12 UTC.\n\n```\nTODO: this is in a log and stays\n```\n" }],
    notOk: [
      { text: "# T\n\n- 初回観測: YYYY-MM-DD hh:mm JST\n", count: 2 },
      { text: "# T\n\n- Account: TODO\n", count: 1 },
    ],
  },
  check({ doc, report }) {
    for (const m of doc.prose.matchAll(PLACEHOLDER)) {
      const start = m.index ?? 0;
      report({
        start,
        end: start + m[0].length,
        message: {
          ja: `記入欄「${m[0]}」が残っています。実際の値(例: 2025-04-15 09:12 JST、arn:aws:…)に置き換えてください。`,
          en: `The placeholder "${m[0]}" is still here. Replace it with the real value (e.g. 2025-04-15 09:12 UTC, arn:aws:…).`,
        },
      });
    }
  },
});
