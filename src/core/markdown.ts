/**
 * Markdown parsing with unified + remark-parse, one top-level section at a time.
 *
 * remark-parse on a whole document grows faster than linearly with its size, and a draft is re-linted on every
 * pause in typing. So the text is cut at ATX headings outside fenced code (a heading always starts a new block,
 * so the cut changes no parse) and each piece is parsed on its own and cached by its text: an edit re-parses only
 * the section it touches.
 */
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import type { Root } from "mdast";

const processor = unified().use(remarkParse).use(remarkGfm);

export interface Chunk {
  /** Offset of the chunk in the whole text. */
  base: number;
  text: string;
  tree: Root;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^#{1,6}(?:[ \t]|$)/;

/** Offsets where top-level pieces start, from `from` on. */
export function chunkStarts(text: string, from: number): number[] {
  const starts = [from];
  let fence = "";
  let pos = from;
  while (pos < text.length) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    // Only the first characters of a line can open, close or cut: look at a short prefix, never the whole line.
    const head = text.slice(pos, Math.min(eol, pos + 16));
    const f = FENCE.exec(head);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length && text.slice(pos + f[0].length, eol).trim() === "") {
        fence = "";
      }
    } else if (f) {
      fence = f[1];
    } else if (ATX.test(head) && pos > from) {
      starts.push(pos);
    }
    pos = eol + 1;
  }
  return starts;
}

const MAX_CACHE_CHARS = 8_000_000;
const cache = new Map<string, Root>();
let cachedChars = 0;

function parseCached(text: string): Root {
  const hit = cache.get(text);
  if (hit) {
    // Refresh its place in the LRU order.
    cache.delete(text);
    cache.set(text, hit);
    return hit;
  }
  const tree = processor.parse(text) as Root;
  if (text.length <= MAX_CACHE_CHARS / 4) {
    cache.set(text, tree);
    cachedChars += text.length;
    for (const [key] of cache) {
      if (cachedChars <= MAX_CACHE_CHARS) break;
      cache.delete(key);
      cachedChars -= key.length;
    }
  }
  return tree;
}

/** Forgets every cached parse (benchmarks measure cold runs with it). */
export function clearParseCache(): void {
  cache.clear();
  cachedChars = 0;
}

/** An empty tree for pieces that are not safe to hand to the parser (see `isPathological`). */
function plainTree(text: string): Root {
  return {
    type: "root",
    children: [
      {
        type: "paragraph",
        children: [{ type: "text", value: text, position: pos(0, text.length) }],
        position: pos(0, text.length),
      },
    ],
    position: pos(0, text.length),
  };
}

function pos(start: number, end: number) {
  return { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}

/**
 * Container nesting hundreds deep (`>>>>…`, lists indented hundreds of levels) makes the parser's work grow with
 * depth times length; no real draft nests like that, so such a piece is judged as plain text.
 */
export function isPathological(text: string): boolean {
  return (
    text.length > MAX_PIECE ||
    /(?:^|\n)[ \t]*(?:>[ \t]*){64}|(?:^|\n) {256}/.test(text) ||
    // Thousands of link brackets make the parser match labels in quadratic time; no draft has that many.
    count(text, "[") > 4096
  );
}

/** Past this size a piece is parsed in paragraphs (see `splitLarge`); a single paragraph this long is plain text. */
const MAX_PIECE = 256 * 1024;
const SPLIT_AT = 32 * 1024;

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i >= 0 && n <= 4096; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * A huge section (a pasted log, a generated file) is cut at blank lines outside fenced code into pieces of about
 * SPLIT_AT characters: the parser's cost grows faster than the length of one piece, and a blank line ends every
 * paragraph, so the cut only changes how lists around it are joined, which no rule depends on.
 */
function splitLarge(text: string): number[] {
  const cuts = [0];
  let fence = "";
  let last = 0;
  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    const head = text.slice(pos, Math.min(eol, pos + 16));
    const f = FENCE.exec(head);
    if (f) fence = fence ? (f[1][0] === fence[0] && f[1].length >= fence.length ? "" : fence) : f[1];
    else if (!fence && eol === pos && pos - last >= SPLIT_AT) {
      cuts.push(pos + 1);
      last = pos + 1;
    }
    pos = eol + 1;
  }
  return cuts;
}

export function parseChunks(text: string, from: number): Chunk[] {
  const starts = chunkStarts(text, from);
  const chunks: Chunk[] = [];
  for (let i = 0; i < starts.length; i++) {
    const base = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const piece = text.slice(base, end);
    const cuts = piece.length > SPLIT_AT * 2 ? splitLarge(piece) : [0];
    for (let k = 0; k < cuts.length; k++) {
      const sub = piece.slice(cuts[k], k + 1 < cuts.length ? cuts[k + 1] : piece.length);
      chunks.push({ base: base + cuts[k], text: sub, tree: isPathological(sub) ? plainTree(sub) : parseCached(sub) });
    }
  }
  return chunks;
}
