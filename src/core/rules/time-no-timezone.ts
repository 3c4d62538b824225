import { fmt } from "../i18n";
import { CLOCK_TIME, ZONE_AFTER, ZONE_BEFORE, ZONE_DECLARATION } from "../patterns";
import { defineRule } from "./util";

export default defineRule({
  id: "time-no-timezone",
  category: "structure",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "タイムゾーンもオフセットもない時刻(10:30 など)を指摘します。コードやログの中の時刻は対象外です。",
      why: "AWS サポートは複数の国で交代制で対応しています。「10:30」がどの国の時刻かわからないと、調べる時間帯を誤ります。",
      fix: "時刻の後にタイムゾーンを付けます(クイックフィックスで追加できます)。例: `10:30 JST`、`10:30 (UTC+9)`。文書の冒頭で「時刻はすべて JST」と宣言しても構いません。",
    },
    en: {
      summary: "Reports a clock time (such as 10:30) with no time zone or offset. Times inside code and logs are not judged.",
      why: "Support works follow-the-sun from several countries; a bare \"10:30\" sends them to the wrong hour.",
      fix: "Add the zone after the time (a quick fix does it), e.g. `10:30 UTC`, `10:30 (UTC-5)`, or declare once \"All times are in UTC\".",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nFirst seen 2025-04-15 10:30 UTC, last 11:02 UTC.\n" },
      { text: "# T\n\n時刻はすべて JST です。10:30 に発生。\n" },
      { text: "# T\n\n```\n2025-04-15 10:30:00 ERROR\n```\n" },
      { text: "# T\n\n2025-04-15T10:30:00+09:00 に発生\n" },
    ],
    notOk: [{ text: "# T\n\n10:30 頃から接続できない。\n" }, { text: "# T\n\nIt started at 9:15 and stopped at 9:40.\n", count: 2 }],
  },
  check({ doc, options, report }) {
    const prose = doc.prose;
    if (ZONE_DECLARATION.test(prose)) return;
    for (const m of prose.matchAll(CLOCK_TIME)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (ZONE_AFTER.test(prose.slice(end, end + 24)) || ZONE_BEFORE.test(prose.slice(Math.max(0, start - 12), start))) continue;
      // "2025-04-15T10:30" is ISO 8601: its zone, if any, follows directly and was checked above.
      const zone = options.timeZone;
      report({
        start,
        end,
        data: { time: m[0] },
        message: fmt(
          {
            ja: "時刻「{time}」にタイムゾーンがありません。例: {time} {zone}(サポートは複数の国で対応しています)",
            en: "The time \"{time}\" has no time zone. Write e.g. {time} {zone} (support works from several countries).",
          },
          { time: m[0], zone },
        ),
        fixes: [
          {
            title: fmt({ ja: "タイムゾーン {zone} を付ける", en: "Add the time zone {zone}" }, { zone }),
            edits: [{ start: end, end, text: ` ${zone}` }],
            preferred: true,
          },
        ],
      });
    }
  },
});
