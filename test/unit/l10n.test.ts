// Every runtime message exists in both languages (issue 6, localisation). Messages are `{ ja, en }` objects
// wherever they are written (core, CLI, VS Code adapter, AWS): the TypeScript compiler API finds every object
// literal with a `ja` or `en` property in src/ and checks that it has both, that neither is empty, that the
// Japanese one is Japanese, and that both use the same placeholders ({rule}, ${count}).
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { CORE_MESSAGES } from "../../src/core/i18n";
import { RULES } from "../../src/core/rules";
import { ROOT, typeScriptFiles } from "./support/regexes";

interface Message {
  where: string;
  ja?: ts.Expression;
  en?: ts.Expression;
  file: ts.SourceFile;
}

const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/;

function messages(): Message[] {
  const out: Message[] = [];
  for (const file of typeScriptFiles(path.join(ROOT, "src"))) {
    if (file.includes(`${path.sep}generated${path.sep}`)) continue;
    const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const props = new Map<string, ts.Expression>();
        for (const p of node.properties) {
          if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name))) props.set(p.name.text, p.initializer);
          else if (ts.isShorthandPropertyAssignment(p)) props.set(p.name.text, p.name);
        }
        if (props.has("ja") || props.has("en")) {
          const { line } = source.getLineAndCharacterOfPosition(node.getStart());
          out.push({ where: `${path.relative(ROOT, file)}:${line + 1}`, ja: props.get("ja"), en: props.get("en"), file: source });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** The literal text of a string or template (template expressions as `${name}`), or undefined when computed. */
function literal(e: ts.Expression, file: ts.SourceFile): string | undefined {
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
  if (ts.isTemplateExpression(e)) return e.getText(file).slice(1, -1);
  if (ts.isParenthesizedExpression(e)) return literal(e.expression, file);
  return undefined;
}

/**
 * Placeholders filled by code: `{name}` of fmt() and `${path.to.value}` of templates, the language suffix of a
 * path (`.ja` / `.en`) made neutral. Snippet tab stops (`${1:default}`, which a template may have more or
 * fewer of in one language) are not compared; a message with computed values (calls, conditionals) is not
 * compared at all (undefined): the languages may compute them differently.
 */
function placeholders(text: string): string[] | undefined {
  const names: string[] = [];
  for (const m of text.matchAll(/\$\{([^{}]+)\}|\{(\w+)\}/g)) {
    if (m[2]) names.push(`{${m[2]}}`);
    else if (/^[A-Za-z_][\w.]*$/.test(m[1].trim())) names.push(`\${${m[1].trim().replace(/\.(?:ja|en)\b/g, ".LANG")}}`);
    else if (!/^\d+[:|]/.test(m[1])) return undefined;
  }
  return [...new Set(names)].sort();
}

/** Messages whose languages take different values on purpose. */
const DIFFERENT_PLACEHOLDERS: Record<string, string> = {
  "src/core/rules/ambiguous-date.ts": "Japanese writes the month as a number ({month}), English by name ({monthName})",
};

describe("localisation: every runtime message in Japanese and English", () => {
  const found = messages();

  it("finds the project's messages in the core, the CLI, the editor and the AWS parts", () => {
    for (const dir of ["src/core/", "src/cli/", "src/vscode/", "src/aws/"]) {
      assert.ok(found.filter((m) => m.where.startsWith(dir)).length > 3, `messages found under ${dir}`);
    }
  });

  it("no message exists in one language only", () => {
    const oneSided = found.filter((m) => !m.ja || !m.en).map((m) => `${m.where}: only ${m.ja ? "ja" : "en"}`);
    assert.deepEqual(oneSided, []);
  });

  it("no message is empty, and the Japanese text is Japanese", () => {
    const problems: string[] = [];
    for (const m of found) {
      if (!m.ja || !m.en) continue;
      const ja = literal(m.ja, m.file);
      const en = literal(m.en, m.file);
      if (ja !== undefined && ja.trim() === "") problems.push(`${m.where}: empty ja`);
      if (en !== undefined && en.trim() === "") problems.push(`${m.where}: empty en`);
      // A Japanese text that is only a name, a code or a placeholder is the same in both languages.
      if (ja !== undefined && en !== undefined && ja === en) continue;
      if (ja !== undefined && /[A-Za-z]{3,}\s+[a-z]{2,}\s+[a-z]{2,}/.test(ja) && !JAPANESE.test(ja)) problems.push(`${m.where}: ja is not Japanese: ${ja.slice(0, 60)}`);
    }
    assert.deepEqual(problems, []);
  });

  it("both languages of a message use the same placeholders", () => {
    const problems: string[] = [];
    for (const m of found) {
      if (!m.ja || !m.en) continue;
      const ja = literal(m.ja, m.file);
      const en = literal(m.en, m.file);
      if (ja === undefined || en === undefined) continue;
      const [pj, pe] = [placeholders(ja), placeholders(en)];
      if (!pj || !pe) continue;
      if (pj.join(" ") !== pe.join(" ") && !DIFFERENT_PLACEHOLDERS[m.where.replace(/:\d+$/, "")]) problems.push(`${m.where}: ja ${pj.join(" ") || "(none)"} / en ${pe.join(" ") || "(none)"}`);
    }
    assert.deepEqual(problems, []);
  });

  it("the core's messages and every rule's docs are complete in both languages", () => {
    for (const [key, text] of Object.entries(CORE_MESSAGES)) {
      assert.ok(text.ja.trim() && text.en.trim(), key);
      assert.match(text.ja, JAPANESE, `${key} ja`);
    }
    for (const rule of RULES) {
      for (const field of ["summary", "why", "fix"] as const) {
        assert.ok(rule.docs.en[field]?.trim(), `${rule.id} en ${field}`);
        assert.match(rule.docs.ja[field] ?? "", JAPANESE, `${rule.id} ja ${field}`);
      }
    }
  });
});
