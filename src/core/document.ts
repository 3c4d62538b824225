/** The document model every rule reads: headings, 5W2H sections, prose with code masked, code blocks, comments. */
import type { Nodes } from "mdast";
import { parseChunks } from "./markdown";
import { sectionOfHeading, type SectionKey } from "./sections";
import type { Lang } from "./types";

export interface Range {
  start: number;
  end: number;
}

export interface HeadingInfo extends Range {
  depth: number;
  /** The heading's text without markup. */
  text: string;
  /** Offset where the heading's text starts (after `## `). */
  textStart: number;
  section?: SectionKey;
}

export interface SectionRange {
  key: SectionKey;
  heading: HeadingInfo;
  /** Body: from the end of the heading line to the next heading of the same or a higher level or the next section. */
  bodyStart: number;
  bodyEnd: number;
}

export interface CodeBlock extends Range {
  lang: string;
  value: string;
}

export interface BlockInfo extends Range {
  type: "list" | "blockquote" | "table" | "code" | "paragraph";
  ordered?: boolean;
}

export interface FrontMatter extends Range {
  raw: string;
  data: Record<string, unknown>;
  error?: string;
}

export interface HtmlComment extends Range {
  value: string;
}

const JAPANESE_CHAR = /[\u3040-\u30ff\u4e00-\u9fff]/g;

export class CaseDocument {
  readonly text: string;
  readonly frontMatter?: FrontMatter;
  readonly headings: HeadingInfo[] = [];
  /** The draft's title: the first level-1 heading that is not itself a 5W2H section. */
  readonly title?: HeadingInfo;
  readonly sections = new Map<SectionKey, SectionRange>();
  readonly codeBlocks: CodeBlock[] = [];
  readonly inlineCode: Range[] = [];
  readonly comments: HtmlComment[] = [];
  readonly blocks: BlockInfo[] = [];
  /** The text with everything that is not prose (code, URLs, HTML, quotes, front matter, markup) replaced by spaces. */
  readonly prose: string;
  /** The language the draft is written in. */
  readonly lang: Lang;
  private readonly lineStarts: number[];

  constructor(text: string) {
    this.text = text;
    this.lineStarts = computeLineStarts(text);
    const fm = readFrontMatter(text);
    this.frontMatter = fm;
    const proseRanges: Range[] = [];
    for (const chunk of parseChunks(text, fm ? fm.end : 0)) {
      this.walk(chunk.tree, chunk.base, proseRanges);
    }
    this.prose = maskUrls(buildMasked(text, proseRanges));
    this.title = this.headings.find((h) => h.depth === 1 && !h.section);
    this.buildSections();
    this.lang = detectLang(this.prose);
  }

  /** 1-based line and column (UTF-16 units) of an offset. */
  positionAt(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 };
  }

  /** Offset of the start of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line - 1, this.lineStarts.length - 1))];
  }

  lineEnd(line: number): number {
    const next = line < this.lineStarts.length ? this.lineStarts[line] - 1 : this.text.length;
    return next > 0 && this.text[next - 1] === "\r" ? next - 1 : next;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Prose of a section body (code and markup masked), or "" when absent. */
  sectionProse(key: SectionKey): string {
    const s = this.sections.get(key);
    return s ? this.prose.slice(s.bodyStart, s.bodyEnd) : "";
  }

  /** Blocks (lists, code, quotes, tables) that lie inside a range. */
  blocksIn(range: Range): BlockInfo[] {
    return this.blocks.filter((b) => b.start >= range.start && b.end <= range.end);
  }

  /** Whether an offset lies in a fenced or indented code block or inline code. */
  inCode(offset: number): boolean {
    return (
      this.codeBlocks.some((c) => c.start <= offset && offset < c.end) ||
      this.inlineCode.some((c) => c.start <= offset && offset < c.end)
    );
  }

  private walk(tree: Nodes, base: number, prose: Range[]): void {
    // Iterative: adversarial drafts nest deeply enough to overflow a recursive walk.
    const stack: { node: Nodes; quoted: boolean }[] = [{ node: tree, quoted: false }];
    while (stack.length > 0) {
      const { node, quoted } = stack.pop() as { node: Nodes; quoted: boolean };
      const p = node.position;
      const start = base + (p?.start.offset ?? 0);
      const end = base + (p?.end.offset ?? 0);
      switch (node.type) {
        case "text":
          if (!quoted) prose.push({ start, end });
          continue;
        case "code":
          this.codeBlocks.push({ start, end, lang: node.lang ?? "", value: node.value });
          this.blocks.push({ type: "code", start, end });
          continue;
        case "inlineCode":
          this.inlineCode.push({ start, end });
          continue;
        case "html":
          for (const c of htmlComments(node.value)) {
            this.comments.push({ start: start + c.start, end: start + c.end, value: c.value });
          }
          continue;
        case "link":
          // An autolink's text is its URL: not prose.
          if (node.children.length === 1 && node.children[0].type === "text" && node.children[0].value === node.url) continue;
          break;
        case "heading":
          this.headings.push(this.headingInfo(node.depth, plainText(node), start, end));
          break;
        case "list":
          this.blocks.push({ type: "list", start, end, ordered: node.ordered ?? false });
          break;
        case "blockquote":
          this.blocks.push({ type: "blockquote", start, end });
          break;
        case "table":
          this.blocks.push({ type: "table", start, end });
          break;
        case "paragraph":
          this.blocks.push({ type: "paragraph", start, end });
          break;
      }
      if ("children" in node) {
        const childQuoted = quoted || node.type === "blockquote";
        for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] as Nodes, quoted: childQuoted });
      }
    }
  }

  private headingInfo(depth: number, text: string, start: number, end: number): HeadingInfo {
    let textStart = start;
    while (textStart < end && (this.text[textStart] === "#" || this.text[textStart] === " ")) textStart++;
    // The first heading of a draft, when it is level 1, is its title even if it reads like a section name.
    const isTitle = depth === 1 && this.headings.length === 0;
    return { depth, text, start, end, textStart, section: isTitle ? undefined : sectionOfHeading(text) };
  }

  private buildSections(): void {
    this.headings.sort((a, b) => a.start - b.start);
    this.blocks.sort((a, b) => a.start - b.start);
    const hs = this.headings;
    for (let i = 0; i < hs.length; i++) {
      const h = hs[i];
      if (!h.section || this.sections.has(h.section)) continue;
      let bodyEnd = this.text.length;
      for (let j = i + 1; j < hs.length; j++) {
        if (hs[j].depth <= h.depth || hs[j].section) {
          bodyEnd = hs[j].start;
          break;
        }
      }
      // A closing line ("以上、よろしくお願いいたします。") after the last section is not part of it when separated
      // by a thematic break; otherwise the body runs to the next heading.
      this.sections.set(h.section, { key: h.section, heading: h, bodyStart: Math.min(h.end, bodyEnd), bodyEnd });
    }
  }
}

/**
 * The `<!-- … -->` comments of an HTML node, found with indexOf: /<!--([\s\S]*?)-->/g would rescan to the end of
 * the text from every unclosed "<!--", which is quadratic.
 */
export function htmlComments(html: string): HtmlComment[] {
  const out: HtmlComment[] = [];
  for (let at = html.indexOf("<!--"); at >= 0; ) {
    const close = html.indexOf("-->", at + 4);
    if (close < 0) break;
    out.push({ start: at, end: close + 3, value: html.slice(at + 4, close) });
    at = html.indexOf("<!--", close + 3);
  }
  return out;
}

/** The text of a node without any markup. */
export function plainText(node: Nodes): string {
  let out = "";
  const stack: Nodes[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes;
    if (n.type === "text" || n.type === "inlineCode") out += n.value;
    else if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf("\n");
  while (i >= 0) {
    starts.push(i + 1);
    i = text.indexOf("\n", i + 1);
  }
  return starts;
}

function readFrontMatter(text: string): FrontMatter | undefined {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return undefined;
  const close = /^---[ \t]*$/m;
  close.lastIndex = 0;
  const rest = text.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) return undefined;
  const raw = rest.slice(0, m.index);
  let end = open[0].length + m.index + m[0].length;
  if (text[end] === "\r") end++;
  if (text[end] === "\n") end++;
  try {
    const data: unknown = yaml().parse(raw);
    return { start: 0, end, raw, data: data && typeof data === "object" ? (data as Record<string, unknown>) : {} };
  } catch (e) {
    return { start: 0, end, raw, data: {}, error: e instanceof Error ? e.message : String(e) };
  }
}

function buildMasked(text: string, ranges: Range[]): string {
  ranges.sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.start < at) continue;
    parts.push(blank(text.slice(at, r.start)), text.slice(r.start, r.end));
    at = r.end;
  }
  parts.push(blank(text.slice(at)));
  return parts.join("");
}

/** Spaces of the same length, keeping line breaks so offsets and lines stay the same. */
export function blank(s: string): string {
  return s.replace(/[^\n]/g, " ");
}

const URL = /\b(?:https?|ftp|s3):\/\/[^\s<>"'`「」()（）]+/g;
const LOCAL_PART = /[\w.+-]/;
const DOMAIN_PART = /[\w.-]/;

function maskUrls(prose: string): string {
  return maskEmails(prose.replace(URL, blank));
}

/** Mail addresses, found from each "@" outwards (a regex starting with a character class would rescan long words). */
function maskEmails(prose: string): string {
  let out = "";
  let at = 0;
  for (let i = prose.indexOf("@"); i >= 0; i = prose.indexOf("@", i + 1)) {
    let s = i;
    while (s > at && i - s < 64 && LOCAL_PART.test(prose[s - 1])) s--;
    let e = i + 1;
    while (e < prose.length && e - i < 255 && DOMAIN_PART.test(prose[e])) e++;
    while (e > i + 1 && prose[e - 1] === ".") e--;
    if (s === i || !prose.slice(i + 1, e).includes(".")) continue;
    out += prose.slice(at, s) + blank(prose.slice(s, e));
    at = e;
    i = e - 1;
  }
  return out + prose.slice(at);
}

function detectLang(prose: string): Lang {
  const sample = prose.length > 20000 ? prose.slice(0, 20000) : prose;
  const ja = sample.match(JAPANESE_CHAR)?.length ?? 0;
  const latin = sample.match(/[A-Za-z]{2,}/g)?.length ?? 0;
  return ja >= Math.max(4, latin / 2) ? "ja" : "en";
}

let yamlModule: typeof import("yaml") | undefined;
/** The YAML parser, loaded when a draft first has front matter: its set-up is a fifth of activation otherwise. */
function yaml(): typeof import("yaml") {
  return (yamlModule ??= require("yaml") as typeof import("yaml"));
}
