/**
 * The draft as the plain text the Support Center form and the CreateCase API take: no Markdown syntax, but
 * headings, lists, tables and code kept readable.
 *
 * - front matter, HTML comments (and so `casedraft-disable` comments), link definitions: dropped;
 * - level-1 heading: its text underlined with `=`; deeper headings: `■ text` / `□ text`;
 * - lists: `- ` and `1. ` markers, nested items indented, task items `[x]` / `[ ]`;
 * - tables: columns padded to the same display width (a CJK character counts as two), a rule under the header;
 * - code blocks: indented by four spaces, their text untouched; inline code: its text;
 * - links: `label (url)` unless the label is the URL; images: `alt (url)`; emphasis: its text;
 * - HTML: common formatting tags removed (`<br>` becomes a line break); other angle-bracket text such as
 *   `<redacted>` or `<account-id>` is kept, since in a draft it is a placeholder, not markup.
 */
import type { Nodes, Root, RootContent, Table } from "mdast";
import { CaseDocument, plainText } from "./document";
import { parseChunks } from "./markdown";

/** The CreateCase API's limit on `communicationBody`, which is also the Support Center form's. */
export const SUPPORT_CENTER_LIMIT = 8000;

let memo: { text: string; out: string } | undefined;

/** Renders a draft (its text, or an already parsed document) as plain text. */
export function renderPlainText(input: string | CaseDocument): string {
  const text = typeof input === "string" ? input : input.text;
  // The status bar, the CodeLens and body-too-long all ask for the same text after each lint.
  if (memo && memo.text === text) return memo.out;
  const doc = typeof input === "string" ? new CaseDocument(text) : input;
  const out = render(doc);
  memo = { text, out };
  return out;
}

/** Characters of the rendered text as a person counts them (code points, trailing blank lines not counted). */
export function renderedLength(input: string | CaseDocument): number {
  return countChars(renderPlainText(input).trimEnd());
}

export function countChars(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Rendered blocks per parsed piece, kept as long as the parse cache keeps the piece's tree. */
const rendered = new WeakMap<Root, string[]>();

function render(doc: CaseDocument): string {
  const from = doc.frontMatter ? doc.frontMatter.end : 0;
  const blocks: string[] = [];
  for (const chunk of parseChunks(doc.text, from)) {
    let pieces = rendered.get(chunk.tree);
    if (!pieces) {
      pieces = chunk.tree.children.map((node) => trimEndLines(block(node))).filter((out) => out.trim() !== "");
      rendered.set(chunk.tree, pieces);
    }
    for (const piece of pieces) blocks.push(piece);
  }
  return blocks.join("\n\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

function block(node: RootContent): string {
  switch (node.type) {
    case "heading":
      return heading(node.depth, inline(node).trim());
    case "paragraph":
      return inline(node);
    case "code":
      return node.value
        .split("\n")
        .map((l) => (l.trim() ? `    ${l}` : ""))
        .join("\n");
    case "blockquote":
      return prefixLines(node.children.map(block).join("\n\n"), "> ");
    case "list":
      return list(node.ordered ?? false, node.start ?? 1, node.children);
    case "table":
      return table(node);
    case "thematicBreak":
      return "----------";
    case "html":
      return html(node.value).trim();
    case "footnoteDefinition":
      return `[${node.label ?? node.identifier}] ${node.children.map(block).join("\n")}`;
    case "definition":
    case "yaml":
      return "";
    default:
      return "children" in node ? inline(node as Nodes) : "value" in node ? String((node as { value: unknown }).value) : "";
  }
}

function heading(depth: number, text: string): string {
  if (depth === 1) return `${text}\n${"=".repeat(Math.min(72, Math.max(3, displayWidth(text))))}`;
  return `${depth === 2 ? "■" : "□"} ${text}`;
}

function list(ordered: boolean, start: number, items: Extract<RootContent, { type: "listItem" }>[]): string {
  let n = start;
  return items
    .map((item) => {
      const marker = ordered ? `${n++}. ` : "- ";
      const check = item.checked === true ? "[x] " : item.checked === false ? "[ ] " : "";
      const body = item.children.map(block).join("\n");
      return marker + check + body.split("\n").join("\n" + " ".repeat(marker.length));
    })
    .join("\n");
}

function table(node: Table): string {
  const rows = node.children.map((row) => row.children.map((cell) => oneLine(inline(cell))));
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.max(1, ...rows.map((r) => displayWidth(r[c] ?? ""))));
  const line = (r: string[]) =>
    widths
      .map((w, c) => pad(r[c] ?? "", w))
      .join(" | ")
      .trimEnd();
  const out = rows.map(line);
  if (out.length > 0) out.splice(1, 0, widths.map((w) => "-".repeat(w)).join("-+-"));
  return out.join("\n");
}

function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Columns a string takes in a monospaced font: East Asian wide characters and astral characters count two. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.length > 1 || WIDE.test(ch) ? 2 : 1;
  return w;
}

function inline(node: Nodes): string {
  let out = "";
  // Iterative, like the document walk: adversarial inline nesting must not overflow the stack.
  const stack: (Nodes | string)[] = [node];
  while (stack.length > 0) {
    const n = stack.pop() as Nodes | string;
    if (typeof n === "string") {
      out += n;
      continue;
    }
    switch (n.type) {
      case "text":
      case "inlineCode":
        out += n.value;
        continue;
      case "break":
        out += "\n";
        continue;
      case "image":
        out += n.alt ? `${n.alt} (${n.url})` : n.url;
        continue;
      case "imageReference":
        out += n.alt ?? "";
        continue;
      case "footnoteReference":
        out += `[${n.label ?? n.identifier}]`;
        continue;
      case "html":
        out += html(n.value);
        continue;
      case "link": {
        const label = plainText(n);
        if (label !== n.url && label !== n.url.replace(/^mailto:/, "")) stack.push(` (${n.url})`);
        break;
      }
    }
    if ("children" in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}


/** Formatting tags a draft may use; anything else in angle brackets is kept as written. */
const FORMAT_TAG =
  /<\/?(?:a|abbr|b|big|blockquote|center|code|dd|del|details|div|dl|dt|em|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|s|samp|small|span|strike|strong|sub|summary|sup|table|tbody|td|th|thead|tr|tt|u|ul|var)(?:\s[^<>]{0,200})?\/?>/gi;

function html(value: string): string {
  return withoutComments(value).replace(/<br\s{0,8}\/?>/gi, "\n").replace(FORMAT_TAG, "");
}

/** Drops `<!-- … -->` (an unclosed one runs to the end), by indexOf: a lazy regex rescans on every `<!--`. */
export function withoutComments(s: string): string {
  let out = "";
  let at = 0;
  for (let open = s.indexOf("<!--"); open >= 0; open = s.indexOf("<!--", at)) {
    out += s.slice(at, open);
    const close = s.indexOf("-->", open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
  return out + s.slice(at);
}

function oneLine(s: string): string {
  return s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .join(" ");
}

// Trimming is done with String#trimEnd, never /\s+$/: that regex is quadratic on long inner runs of blanks.
function prefixLines(s: string, prefix: string): string {
  return s
    .split("\n")
    .map((l) => `${prefix}${l}`.trimEnd())
    .join("\n");
}

function trimEndLines(s: string): string {
  return s
    .split("\n")
    .map((l) => l.trimEnd())
    .join("\n")
    .trimEnd();
}
