/** VS Code snippet syntax, reduced to what the templates use: `${1:default}`, `${2|a,b|}`, `$1`, `${2}`. */

const TABSTOP = /\$\{(\d+):([^{}$]*)\}|\$\{(\d+)\|([^|{}$]*)\|\}|\$\{(\d+)\}|\$(\d+)/g;

/**
 * The text a snippet inserts when nothing is typed: defaults stay, a choice becomes its first option (`first`) or,
 * for a plain-text template that shows the choices (`all`), a short choice (up to three options, "ongoing /
 * resolved") becomes all of them joined with " / "; a mirror repeats its stop's value.
 */
export function snippetToText(snippet: string, choices: "first" | "all" = "first"): string {
  const values = new Map<string, string>();
  const text = snippet.replace(TABSTOP, (_m, n1: string, def: string, n2: string, opts: string, n3: string, n4: string) => {
    if (n1 !== undefined) {
      values.set(n1, def);
      return def;
    }
    if (n2 !== undefined) {
      const list = opts.split(",");
      const v = choices === "all" && list.length <= 3 ? list.join(" / ") : list[0];
      values.set(n2, v);
      return v;
    }
    return values.get(n3 ?? n4) ?? "";
  });
  return text.replace(/\\([$}\\])/g, "$1");
}

/** Shifts every tab stop number by `by`, so snippets can be joined into one. Returns the text and the highest stop. */
export function renumber(snippet: string, by: number): { text: string; max: number } {
  let max = by;
  const text = snippet.replace(/\$\{(\d+)([:|}])|\$(\d+)/g, (_m, a: string, sep: string, b: string) => {
    const n = Number(a ?? b) + by;
    max = Math.max(max, n);
    return a !== undefined ? `\${${n}${sep}` : `$${n}`;
  });
  return { text, max };
}
