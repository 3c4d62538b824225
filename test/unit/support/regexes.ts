/**
 * Finds every regular expression of the project's sources with the TypeScript compiler API: regex literals, and
 * `new RegExp(...)` / `RegExp(...)` calls. A call whose pattern is a plain string is read here; a call that builds
 * its pattern at run time (word lists joined with "|") is only a *site* here, and its real patterns are recorded
 * by regexProbe.ts while the code runs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

export const ROOT = path.resolve(__dirname, "..", "..", "..", "..");

export interface RegexSource {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface DynamicSite {
  file: string;
  line: number;
  /** The call as written, for messages. */
  code: string;
}

export interface ScanResult {
  regexes: RegexSource[];
  dynamicSites: DynamicSite[];
}

export function typeScriptFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...typeScriptFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts")) out.push(full);
  }
  return out.sort();
}

export function relative(file: string): string {
  return path.relative(ROOT, file).split(path.sep).join("/");
}

/** `/a+b/gi` -> { source: "a+b", flags: "gi" } (the last slash ends the body: flags never contain one). */
function splitLiteral(text: string): { source: string; flags: string } {
  const close = text.lastIndexOf("/");
  return { source: text.slice(1, close), flags: text.slice(close + 1) };
}

/** The value of a string argument when it is known without running anything. */
function constantString(node: ts.Expression | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  return undefined;
}

function isRegExpCall(node: ts.Node): node is ts.NewExpression | ts.CallExpression {
  return (ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp";
}

export function scanFile(file: string): ScanResult {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const regexes: RegexSource[] = [];
  const dynamicSites: DynamicSite[] = [];
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      regexes.push({ file: relative(file), line: lineOf(node), ...splitLiteral(node.getText(sf)) });
    } else if (isRegExpCall(node)) {
      const [pattern, flags] = node.arguments ?? [];
      const source = constantString(pattern);
      const flagText = flags === undefined ? "" : constantString(flags);
      if (source !== undefined && flagText !== undefined) regexes.push({ file: relative(file), line: lineOf(node), source, flags: flagText });
      else dynamicSites.push({ file: relative(file), line: lineOf(node), code: node.getText(sf).slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { regexes, dynamicSites };
}

/** Every regex and dynamic RegExp site under the given folders. */
export function scanSources(dirs: string[]): ScanResult {
  const result: ScanResult = { regexes: [], dynamicSites: [] };
  for (const dir of dirs) {
    for (const file of typeScriptFiles(dir)) {
      const r = scanFile(file);
      result.regexes.push(...r.regexes);
      result.dynamicSites.push(...r.dynamicSites);
    }
  }
  return result;
}
