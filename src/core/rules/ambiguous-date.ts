import { fmt } from "../i18n";
import type { Fix, Localized } from "../types";
import { judgedText } from "../wording/text";
import { defineRule } from "./util";

/**
 * Numeric dates whose day/month order is a matter of convention: 04/05/2025, 4/5, 04.05.2025. Both numbers must be
 * 12 or less (13/04/2025 can only be a day first). Year-first dates (2025/04/05) are unambiguous and not matched.
 */
const WITH_YEAR = /(?<![\d/.:-])(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|\.(\d{1,2})\.(\d{4})|-(\d{1,2})-(\d{4}))(?![\d/:-]|\.\d)/g;
const NO_YEAR = /(?<![\d/.:-])(\d{1,2})\/(\d{1,2})(?![\d/:-]|\.\d)/g;
/** A bare "4/5" is a date only with a date-like neighbour; otherwise it is more likely a ratio ("4/5 runs"). */
const DATE_AFTER = /^(?:[ \t]?[(（][月火水木金土日]|[ \t]?(?:に|から|まで|の|頃|ごろ|以降|以前|より|時点|中)|[ \t]+\d{1,2}[:：]\d{2}|[ \t]?\d{1,2}[ \t]?時|,? (?:at|around) \d)/;
const DATE_BEFORE = /(?:\b(?:on|since|from|until|till|by|before|after|date|dated)|日付|発生日|期限)[ \t:：]*$/i;
const RATIO_AFTER = /^[ \t]?(?:件|回|台|人|名|個|本|runs?|requests?|tests?|attempts?|of\b|%)/i;
const YEAR = /(?<!\d)(20\d{2})[-/年.]/;

type Order = "md" | "dm";

interface DateMatch {
  start: number;
  end: number;
  a: number;
  b: number;
  year?: number;
}

/** Day/month order told by the draft's other dates: one with a first number over 12 is day-first, and so on. */
function documentOrder(dates: readonly DateMatch[]): Order | undefined {
  let md = false;
  let dm = false;
  for (const { a, b } of dates) {
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dm = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) md = true;
  }
  return md === dm ? undefined : md ? "md" : "dm";
}

/** Every numeric day-and-month date of the text, ambiguous or not (a bare "4/5" only with a date-like neighbour). */
function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(WITH_YEAR)) {
    const b = m[2] ?? m[4] ?? m[6];
    const y = m[3] ?? m[5] ?? m[7];
    const year = y.length === 2 ? 2000 + Number(y) : Number(y);
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, a: Number(m[1]), b: Number(b), year });
  }
  const withYear = out.length;
  let k = 0;
  for (const m of text.matchAll(NO_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // Both lists are in text order: walk the dated ones alongside instead of searching them for each match.
    while (k < withYear && out[k].end <= start) k++;
    if (k < withYear && out[k].start <= start) continue;
    const after = text.slice(end, end + 12);
    const dateLike = DATE_AFTER.test(after) || DATE_BEFORE.test(text.slice(Math.max(0, start - 16), start));
    if (dateLike && !RATIO_AFTER.test(after)) out.push({ start, end, a: Number(m[1]), b: Number(m[2]) });
  }
  return out;
}

/** Both numbers could be the month, and they differ (05/05 reads the same either way). */
function ambiguous(d: DateMatch): boolean {
  return d.a >= 1 && d.a <= 12 && d.b >= 1 && d.b <= 12 && d.a !== d.b;
}

const pad = (n: number) => String(n).padStart(2, "0");
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function isoText(year: number | undefined, month: number, day: number): { text: string; snippet: boolean } {
  return year ? { text: `${year}-${pad(month)}-${pad(day)}`, snippet: false } : { text: `\${1:YYYY}-${pad(month)}-${pad(day)}`, snippet: true };
}

function readingFix(d: DateMatch, written: string, order: Order, year: number | undefined, preferred: boolean): Fix {
  const month = order === "md" ? d.a : d.b;
  const day = order === "md" ? d.b : d.a;
  const iso = isoText(year, month, day);
  const shown = iso.text.replace("${1:YYYY}", "YYYY");
  return {
    title: fmt(
      { ja: "「{written}」を {iso}({month} 月 {day} 日)に書き換える", en: "Rewrite \"{written}\" as {iso} ({monthName} {day})" },
      { written, iso: shown, month, day, monthName: MONTHS[month - 1] },
    ),
    edits: [{ start: d.start, end: d.end, text: iso.text }],
    ...(iso.snippet ? { snippet: true } : {}),
    ...(preferred && !iso.snippet ? { preferred: true } : {}),
  };
}

function dateMessage(written: string, example: string, known: boolean): Localized {
  return fmt(
    {
      ja: `日付「{written}」は月/日(米国・日本)とも日/月(欧州など)とも読めます。ISO 8601(年-月-日)で書いてください。例: {example}${known ? "(この下書きの他の日付から順序を判断しました)" : ""}`,
      en: `The date "{written}" reads as month/day (US, Japan) or day/month (Europe and elsewhere). Write it as ISO 8601 (year-month-day), e.g. {example}${known ? " (order taken from the draft's other dates)" : ""}.`,
    },
    { written, example },
  );
}

export default defineRule({
  id: "ambiguous-date",
  category: "wording",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "4/5、04/05/2025、04.05.2025 のように、月と日の順序が読み手によって変わる日付を指摘します。2025/04/05 や 2025-04-05 は対象外です。",
      why: "AWS サポートは複数の国で対応しています。「04/05」は米国や日本では 4 月 5 日、欧州などでは 5 月 4 日です。調べる日を 1 か月間違えると、ログもメトリクスも見当違いになります。",
      fix: "ISO 8601(2025-04-05)で書きます。下書きの他の日付(13 以上の数を含む日付)から順序が分かるときは、クイックフィックスで書き換えられます。分からないときは両方の読み方の書き換えを示します。",
    },
    en: {
      summary: "Reports numeric dates whose day/month order depends on the reader: 4/5, 04/05/2025, 04.05.2025. 2025-04-05 and 2025/04/05 are not reported.",
      why: "Support works from several countries: \"04/05\" is April 5 in the US and Japan, May 4 in Europe and elsewhere. A month off, every log and metric they look at is the wrong one.",
      fix: "Write ISO 8601 (2025-04-05). When the draft's other dates tell the order (one has a number over 12), a quick fix rewrites it; otherwise both readings are offered.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\n2025-04-05 10:00 UTC に発生しました。\n" },
      { text: "# T\n\n3/40 runs failed; 4/5 of the retries succeeded.\n" },
      { text: "# T\n\nFirst seen 13/04/2025.\n" },
    ],
    notOk: [
      { text: "# T\n\n4/5 に発生しました。\n", count: 1 },
      { text: "# T\n\nFirst seen 04/05/2025, last seen 15/05/2025.\n", count: 1 },
    ],
  },
  check({ doc, report }) {
    const text = judgedText(doc);
    const all = findDates(text);
    const dates = all.filter(ambiguous);
    if (dates.length === 0) return;
    const order = documentOrder(all);
    const docYear = YEAR.exec(text)?.[1];
    for (const d of dates) {
      const written = doc.text.slice(d.start, d.end);
      const year = d.year ?? (docYear ? Number(docYear) : undefined);
      const orders: Order[] = order ? [order] : ["md", "dm"];
      const fixes = orders.map((o) => readingFix(d, written, o, year, order !== undefined));
      const first = orders[0] === "md" ? [d.a, d.b] : [d.b, d.a];
      const example = `${year ?? 2025}-${pad(first[0])}-${pad(first[1])}`;
      report({ start: d.start, end: d.end, data: { date: written, order: order ?? "unknown" }, message: dateMessage(written, example, order !== undefined), fixes });
    }
  },
});
