/** Inline comments that switch rules off and on: <!-- casedraft-disable RULE -->, -enable, -disable-next-line. */
import type { CaseDocument, Range } from "./document";
import type { Fix } from "./types";

export interface Directive extends Range {
  kind: "disable" | "enable" | "disable-next-line";
  /** Rule ids named; empty means every rule. */
  rules: string[];
  /** 1-based line the comment ends on. */
  line: number;
}

const DIRECTIVE = /^\s*casedraft-(disable-next-line|disable|enable)\b([^]*)$/;

export function readDirectives(doc: CaseDocument): Directive[] {
  const out: Directive[] = [];
  for (const c of doc.comments) {
    const m = DIRECTIVE.exec(c.value);
    if (!m) continue;
    const rules = m[2]
      .split(/[\s,]+/)
      .map((r) => r.trim())
      .filter((r) => r.length > 0 && r !== "--");
    out.push({ kind: m[1] as Directive["kind"], rules, start: c.start, end: c.end, line: doc.positionAt(c.end).line });
  }
  return out;
}

/** Answers "is this rule disabled on this line?" from the directives, in document order. */
export class DisableMap {
  private readonly fileRanges = new Map<string, [number, number][]>();
  private readonly nextLine = new Map<number, Set<string>>();
  private static readonly ALL = "*";

  constructor(directives: Directive[], lastLine: number) {
    const open = new Map<string, number>();
    for (const d of directives) {
      const ids = d.rules.length ? d.rules : [DisableMap.ALL];
      if (d.kind === "disable-next-line") {
        const set = this.nextLine.get(d.line + 1) ?? new Set<string>();
        ids.forEach((id) => set.add(id));
        this.nextLine.set(d.line + 1, set);
      } else if (d.kind === "disable") {
        for (const id of ids) if (!open.has(id)) open.set(id, d.line);
      } else {
        for (const id of ids) {
          if (id === DisableMap.ALL) {
            for (const [k, from] of open) this.close(k, from, d.line);
            open.clear();
          } else if (open.has(id)) {
            this.close(id, open.get(id) as number, d.line);
            open.delete(id);
          }
        }
      }
    }
    for (const [id, from] of open) this.close(id, from, lastLine + 1);
  }

  private close(id: string, from: number, to: number): void {
    const list = this.fileRanges.get(id) ?? [];
    list.push([from, to]);
    this.fileRanges.set(id, list);
  }

  isDisabled(ruleId: string, line: number): boolean {
    const next = this.nextLine.get(line);
    if (next && (next.has(ruleId) || next.has(DisableMap.ALL))) return true;
    for (const id of [ruleId, DisableMap.ALL]) {
      for (const [from, to] of this.fileRanges.get(id) ?? []) if (line >= from && line <= to) return true;
    }
    return false;
  }
}


/** "Disable this rule for this line": a `disable-next-line` comment above the line, indented like it. */
export function disableLineFix(doc: CaseDocument, ruleId: string, line: number): Fix {
  const start = doc.lineStart(line);
  const indent = /^[ \t]*/.exec(doc.text.slice(start, doc.lineEnd(line)))?.[0] ?? "";
  const eol = doc.text.includes("\r\n") ? "\r\n" : "\n";
  return {
    title: { ja: `この行で ${ruleId} を無効にする`, en: `Disable ${ruleId} for this line` },
    edits: [{ start, end: start, text: `${indent}<!-- casedraft-disable-next-line ${ruleId} -->${eol}` }],
  };
}

/** "Disable this rule for this file": added to a leading `casedraft-disable` comment, or a new one at the top. */
export function disableFileFix(doc: CaseDocument, ruleId: string): Fix {
  const title = { ja: `このファイルで ${ruleId} を無効にする`, en: `Disable ${ruleId} for this file` };
  const top = doc.frontMatter ? doc.frontMatter.end : 0;
  const eol = doc.text.includes("\r\n") ? "\r\n" : "\n";
  // One anchored scan: the rule list is the group, trimmed here (`\s+([^>]*?)\s*-->` backtracks cubically).
  const existing = /^<!--[ \t]*casedraft-disable(?=[ \t])([^>]*)-->/.exec(doc.text.slice(top, top + 2000));
  const list = existing ? existing[1].trimEnd() : "";
  if (existing && list.trim() !== "") {
    const insertAt = top + existing[0].length - "-->".length - existing[1].length + list.length;
    return { title, edits: [{ start: insertAt, end: insertAt, text: ` ${ruleId}` }] };
  }
  return { title, edits: [{ start: top, end: top, text: `<!-- casedraft-disable ${ruleId} -->${eol}${eol}` }] };
}
