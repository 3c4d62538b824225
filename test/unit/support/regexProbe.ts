/**
 * Run as a child process (`node --enable-source-maps regexProbe.js`) by redos.test.ts: records the pattern of
 * every RegExp the project builds at run time, with the source line that built it, then prints them as JSON.
 *
 * Patterns built from word lists ("a|b|c" joined from a lexicon, a glossary, abbreviations) cannot be read from the
 * source text, so the global RegExp is wrapped before any project module loads, every module outside src/vscode
 * is required (their top-level patterns are built then), and the code paths that build patterns lazily are run:
 * lint over every rule example and fixture (with a glossary and an AWS identity), and the ARN helpers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ROOT, typeScriptFiles } from "./regexes";
import type { RegexSource } from "./regexes";

const recorded = new Map<string, RegexSource>();
const OriginalRegExp = RegExp;
const SRC = path.join(ROOT, "src") + path.sep;

const FRAME = /\(?((?:[A-Za-z]:)?[^\s()]+):(\d+):\d+\)?$/;

/**
 * The line that called RegExp, when it is in the project's TypeScript sources (source maps turn out/*.js back
 * into src/*.ts). Patterns that dependencies build (secretlint's rules) are theirs, not ours: skipped.
 */
function callerSite(): { file: string; line: number } | undefined {
  const stack = new Error().stack ?? "";
  for (const frame of stack.split("\n").slice(1)) {
    const m = FRAME.exec(frame.trim());
    if (!m || m[1].includes("regexProbe")) continue;
    if (!m[1].startsWith(SRC) || !m[1].endsWith(".ts")) return undefined;
    return { file: path.relative(ROOT, m[1]).split(path.sep).join("/"), line: Number(m[2]) };
  }
  return undefined;
}

function record(pattern: unknown, flags: unknown): void {
  const site = callerSite();
  if (!site) return;
  const source = pattern instanceof OriginalRegExp ? pattern.source : String(pattern ?? "(?:)");
  const flagText = flags === undefined ? (pattern instanceof OriginalRegExp ? pattern.flags : "") : String(flags);
  const key = `${site.file}:${site.line}\u0000${source}\u0000${flagText}`;
  if (!recorded.has(key)) recorded.set(key, { ...site, source, flags: flagText });
}

function installRecorder(): void {
  const handler: ProxyHandler<RegExpConstructor> = {
    construct(target, args: unknown[], newTarget) {
      record(args[0], args[1]);
      return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
    },
    apply(target, thisArg, args: unknown[]) {
      record(args[0], args[1]);
      return Reflect.apply(target, thisArg, args);
    },
  };
  const proxy = new Proxy(OriginalRegExp, handler);
  globalThis.RegExp = proxy;
}

/** Every compiled module of src/ that does not need the editor. */
function loadProjectModules(): void {
  for (const file of typeScriptFiles(path.join(ROOT, "src"))) {
    const rel = path.relative(ROOT, file);
    if (rel.startsWith(path.join("src", "vscode"))) continue;
    require(path.join(ROOT, "out", rel.replace(/\.ts$/, ".js")));
  }
}

function fixtureTexts(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...fixtureTexts(full));
    else if (/\.(md|txt)$/.test(entry.name)) out.push(fs.readFileSync(full, "utf8"));
  }
  return out;
}

type CoreModule = typeof import("../../../src/core");
type ArnModule = typeof import("../../../src/aws/arn");
type PartitionsModule = typeof import("../../../src/aws/partitions");

function exercise(): void {
  const core = require(path.join(ROOT, "out", "src", "core", "index.js")) as CoreModule;
  const arn = require(path.join(ROOT, "out", "src", "aws", "arn.js")) as ArnModule;
  const partitions = require(path.join(ROOT, "out", "src", "aws", "partitions.js")) as PartitionsModule;
  const options = {
    glossary: [{ term: "ぽちシステム", meaning: "社内の受注システム" }, { term: "Hoge-API" }],
    aws: { account: "123456789012", azIds: { "ap-northeast-1a": "apne1-az4" } },
  };
  const texts = [...fixtureTexts(path.join(ROOT, "test", "fixtures"))];
  for (const rule of core.RULES) for (const ex of [...rule.examples.ok, ...rule.examples.notOk]) texts.push(ex.text);
  for (const text of texts) {
    for (const lang of ["ja", "en"] as const) core.lint(text, { ...options, lang });
    core.renderPlainText(text);
  }
  for (const a of ["arn:aws:s3:::bucket/key", "arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0", "arn:aws-cn:iam::123456789012:role/x"]) {
    arn.classifyArn(a);
  }
  for (const region of ["ap-northeast-1", "us-gov-west-1", "cn-north-1", "eu-isoe-west-1", "xx-east-9"]) partitions.partitionByPattern(region);
}

function main(): void {
  installRecorder();
  loadProjectModules();
  exercise();
  process.stdout.write(JSON.stringify([...recorded.values()]));
}

main();
