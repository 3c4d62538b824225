/**
 * Japanese word boundaries from `Intl.Segmenter` (ICU's dictionary-based segmentation), so a Japanese term is
 * judged as a word and not as a substring: 一部 in 一部のユーザー is a word, in 一部分 it is not.
 *
 * Only a small window around each candidate is segmented, never the whole text: ICU's segmentation of a long
 * run of Japanese grows much faster than its length, and candidates are few. Where the neighbouring characters
 * already settle the question (a kanji term after a particle, a term next to a space or punctuation) the
 * segmenter is not asked at all.
 */

/** Characters of context taken on each side of a candidate; enough for ICU to segment the neighbours alike. */
const CONTEXT = 6;
/** Where a window may stop early: the segmenter needs no context across these. */
const HARD_STOP = /[\s。、．，,.!?！？「」『』()（）[\]【】]/;

type Script = "kanji" | "hiragana" | "katakana" | "other";

function scriptOf(ch: string | undefined): Script {
  if (ch === undefined) return "other";
  const c = ch.charCodeAt(0);
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3005 || c === 0x3006) return "kanji";
  if (c >= 0x3041 && c <= 0x309f) return "hiragana";
  if ((c >= 0x30a0 && c <= 0x30ff) || (c >= 0xff66 && c <= 0xff9f)) return "katakana";
  return "other";
}

/**
 * Whether the edge between two characters may fall inside a word, so only the segmenter can tell: both are of
 * the same Japanese script (一部|上場, 今朝|方, あ|たまに). A change of script (一部|の, が|一部) or anything else
 * (a space, punctuation, Latin) is a boundary.
 */
function edgeNeedsSegmenter(before: string | undefined, after: string | undefined): boolean {
  const a = scriptOf(before);
  return a !== "other" && a === scriptOf(after);
}

/** Case particles: after a noun they end it (ユーザーが|たまに). */
const PARTICLES = new Set(["が", "を", "に", "へ", "で", "と", "は", "も", "や", "の"]);

/**
 * A hiragana term right after a particle that itself follows a non-hiragana word (ユーザーが|たまに,
 * 環境で|ときどき) starts a word: the particle cannot belong to the term's word, so the segmenter is not needed.
 */
function afterNounParticle(text: string, start: number): boolean {
  return start >= 2 && PARTICLES.has(text[start - 1]) && scriptOf(text[start - 2]) !== "hiragana";
}

let segmenter: Intl.Segmenter | null | undefined;

function japaneseSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined) {
    try {
      segmenter = new Intl.Segmenter("ja", { granularity: "word" });
    } catch {
      // A Node built without full ICU: fall back to the script-change test alone (the other checks still apply).
      segmenter = null;
    }
  }
  return segmenter;
}

export interface WordEdges {
  /** Whether `start` falls on a word boundary. */
  startsOnBoundary: boolean;
  /** Whether `end` falls on a word boundary. */
  endsOnBoundary: boolean;
}

/** Whether [start, end) of `text` starts and ends on Japanese word boundaries. */
export function wordEdges(text: string, start: number, end: number): WordEdges {
  const askStart = start > 0 && edgeNeedsSegmenter(text[start - 1], text[start]) && !afterNounParticle(text, start);
  const askEnd = end < text.length && edgeNeedsSegmenter(text[end - 1], text[end]);
  const seg = askStart || askEnd ? japaneseSegmenter() : null;
  if (!seg) return { startsOnBoundary: true, endsOnBoundary: true };
  let from = start;
  while (from > 0 && start - from < CONTEXT && !HARD_STOP.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < CONTEXT && !HARD_STOP.test(text[to])) to++;
  const window = text.slice(from, to);
  const key = `${start - from}:${end - from}:${Number(askStart)}${Number(askEnd)}:${window}`;
  const cached = answers.get(key);
  if (cached) return cached;
  const segments = seg.segment(window);
  const boundaryAt = (offset: number) => offset === from || offset === to || segments.containing(offset - from)?.index === offset - from;
  const edges = {
    startsOnBoundary: !askStart || boundaryAt(start),
    endsOnBoundary: !askEnd || boundaryAt(end),
  };
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(key, edges);
  return edges;
}

/** Answers by window: a draft repeats its phrases (and the segmenter is the slowest step), so ask ICU once each. */
const answers = new Map<string, WordEdges>();
const MAX_ANSWERS = 4096;
