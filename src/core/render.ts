/**
 * The draft as the plain text the Support Center form and the CreateCase API take: no Markdown syntax, but
 * headings, lists, tables and code kept readable.
 */
import type { Nodes, Root, RootContent } from "mdast";
import { CaseDocument } from "./document";
import { parseChunks } from "./markdown";

export const SUPPORT_CENTER_LIMIT = 8000;

export function renderPlainText(text: string): string {
  const doc = new CaseDocument(text);
  const from = doc.frontMatter ? doc.frontMatter.end : 0;
  const blocks: string[] = [];
  for (const chunk of parseChunks(text, from)) {
    for (const node of (chunk.tree as Root).children) {
      const out = block(node, chunk.text).replace(/\s+$/, "");
      if (out) blocks.push(out);
    }
  }
  return blocks.join("\n\n").replace(/\n{3,}/g, "\n\n") + "\n";
}

function block(node: RootContent, src: string): string {
  switch (node.type) {
    case "heading": {
      const t = inline(node);
      return node.depth === 1 ? t : `■ ${t}`;
    }
    case "paragraph":
      return inline(node);
    case "code":
      return node.value
        .split("\n")
        .map((l) => `    ${l}`.replace(/\s+$/, ""))
        .join("\n");
    case "blockquote":
      return node.children
        .map((c) => block(c, src))
        .join("\n\n")
        .split("\n")
        .map((l) => `> ${l}`.replace(/\s+$/, ""))
        .join("\n");
    case "list": {
      let n = node.start ?? 1;
      return node.children
        .map((item) => {
          const marker = node.ordered ? `${n++}. ` : "- ";
          const check = item.checked === true ? "[x] " : item.checked === false ? "[ ] " : "";
          const body = item.children.map((c) => block(c, src)).join("\n");
          return marker + check + body.split("\n").join("\n" + " ".repeat(marker.length));
        })
        .join("\n");
    }
    case "table":
      return node.children.map((row) => row.children.map((cell) => inline(cell)).join(" | ")).join("\n");
    case "thematicBreak":
      return "----------";
    case "html":
      return node.value.replace(/<!--[\s\S]*?-->/g, "").trim();
    case "definition":
    case "yaml":
      return "";
    default:
      return "children" in node ? inline(node as Nodes) : "value" in node ? String((node as { value: unknown }).value) : "";
  }
}

function inline(node: Nodes): string {
  let out = "";
  const visit = (n: Nodes) => {
    switch (n.type) {
      case "text":
      case "inlineCode":
        out += n.value;
        return;
      case "break":
        out += "\n";
        return;
      case "image":
        out += n.alt ? `${n.alt} (${n.url})` : n.url;
        return;
      case "link": {
        const before = out.length;
        n.children.forEach((c) => visit(c as Nodes));
        const label = out.slice(before);
        if (label !== n.url) out += ` (${n.url})`;
        return;
      }
      case "html":
        out += n.value.replace(/<!--[\s\S]*?-->/g, "").replace(/<br\s*\/?>/gi, "\n");
        return;
      default:
        if ("children" in n) n.children.forEach((c) => visit(c as Nodes));
    }
  };
  visit(node);
  return out;
}
