/** `casedraft`: the command-line face of the lint core. Exit codes: 0 clean, 1 error-level findings, 2 usage/I-O. */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fmt, langFromLocale } from "../core/i18n";
import {
  CaseDocument,
  CONFIG_FILE,
  draftText,
  fixAll,
  lintDocument,
  machineTimeZone,
  optionsFromConfig,
  parseConfigText,
  readiness,
  readinessLine,
  renderedLength,
  renderPlainText,
  SUPPORT_CENTER_LIMIT,
  type Finding,
  type LintOptions,
  type Readiness,
  type CaseDraftConfig,
  type Lang,
} from "../core";
import { M, USAGE } from "./messages";
import { toJson, toSarif, toText, type FileResult } from "./format";
import { runArn } from "./arn";
import { awsContextFor, cliSession } from "./aws";
import type { AwsSession } from "../aws/types";

const VERSION = "0.1.0";

class UsageError extends Error {}

function envLang(): Lang {
  return langFromLocale(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || Intl.DateTimeFormat().resolvedOptions().locale);
}

function parseLang(value: string | undefined, fallback: Lang): Lang {
  if (value === undefined) return fallback;
  if (value === "ja" || value === "en") return value;
  throw new UsageError(fmt(M.badLang, { value })[fallback]);
}

export async function main(argv: string[], out = process.stdout, err = process.stderr): Promise<number> {
  const lang0 = envLang();
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "lint":
        return await lintCommand(rest, lang0, out, err);
      case "new":
        return newCommand(rest, lang0, out);
      case "render":
        return renderCommand(rest, lang0, out, err);
      case "arn":
        return await runArn(rest, lang0, out, err);
      case "--version":
      case "-v":
        out.write(VERSION + "\n");
        return 0;
      case undefined:
      case "help":
      case "--help":
      case "-h":
        out.write(USAGE[lang0] + "\n");
        return command === undefined ? 2 : 0;
      default:
        err.write(fmt(M.unknownCommand, { cmd: command })[lang0] + "\n" + USAGE[lang0] + "\n");
        return 2;
    }
  } catch (e) {
    if (e instanceof UsageError || (e instanceof TypeError && "code" in e && String(e.code).startsWith("ERR_PARSE_ARGS"))) {
      err.write(fmt(M.badOption, { error: e.message })[lang0] + "\n" + USAGE[lang0] + "\n");
      return 2;
    }
    throw e;
  }
}

async function lintCommand(args: string[], lang0: Lang, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      config: { type: "string" },
      "no-aws": { type: "boolean", default: false },
      aws: { type: "boolean", default: false },
      fix: { type: "boolean", default: false },
      color: { type: "boolean", default: false },
    },
  });
  const cliLang = values.lang === undefined ? undefined : parseLang(values.lang, lang0);
  const format = values.format ?? "text";
  if (!["text", "json", "sarif"].includes(format)) throw new UsageError(fmt(M.badFormat, { value: format })[lang0]);
  if (positionals.length === 0) throw new UsageError(M.noFiles[cliLang ?? lang0]);

  let explicitConfig: CaseDraftConfig | undefined;
  if (values.config) {
    const loaded = loadConfigFile(values.config, cliLang ?? lang0, err);
    if (!loaded) return 2;
    explicitConfig = loaded;
  }
  const aws = lazySession();
  const results: FileResult[] = [];
  const summaries = new Map<FileResult, Readiness>();
  let ioError = false;
  let lang = cliLang ?? lang0;
  for (const file of positionals) {
    let text: string;
    try {
      text = fs.readFileSync(file, "utf8");
    } catch (e) {
      err.write(fmt(M.cannotRead, { file, error: (e as NodeJS.ErrnoException).code ?? String(e) })[lang] + "\n");
      ioError = true;
      continue;
    }
    const config = explicitConfig ?? findConfig(path.dirname(path.resolve(file)), cliLang ?? lang0, err);
    const options = optionsFromConfig(config, { lang: cliLang ?? lang0, timeZone: machineTimeZone() });
    if (cliLang) options.lang = cliLang;
    lang = options.lang ?? lang;
    let doc = new CaseDocument(text);
    // arn-other-account and the az-name fix need the current account: asked only when the draft has ARNs or AZ names.
    if (!values["no-aws"]) options.aws = await awsContextFor(doc, aws.session, (m) => aws.warnOnce(`AWS: ${m[lang]}`, err));
    let findings = lintDocument(doc, options);
    if (values.fix) {
      const fixed = fixAll(text, findings);
      if (fixed.applied > 0) {
        fs.writeFileSync(file, fixed.text);
        err.write(fmt(M.fixed, { file, count: fixed.applied })[lang] + "\n");
        doc = new CaseDocument(fixed.text);
        findings = lintDocument(doc, options);
      }
    }
    const ready = readiness(doc, findings);
    const result = { file, findings, sections: ready.filled.length };
    summaries.set(result, ready);
    results.push(result);
  }
  if (format === "json") out.write(toJson(results));
  else if (format === "sarif") out.write(toSarif(results, lang, VERSION, docsBase()));
  else {
    // The same readiness summary as the status bar: sections, findings by level, characters left, secrets.
    const summary = (r: FileResult) => {
      const ready = summaries.get(r);
      return ready ? fmt(M.summary, { file: r.file, summary: readinessLine(ready, lang) })[lang] : r.file;
    };
    out.write(toText(results, lang, summary, Boolean(values.color) || (process.stdout.isTTY ?? false)));
  }
  aws.dispose();
  if (ioError) return 2;
  return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

/** One AWS session for a lint run, created (and the SDK loaded) only if a draft needs it. */
function lazySession(): { session: () => AwsSession; warnOnce: (line: string, err: NodeJS.WritableStream) => void; dispose: () => void } {
  let session: AwsSession | undefined;
  const warned = new Set<string>();
  return {
    session: () => (session ??= cliSession()),
    // The same failure (no credentials, timeout) is said once per run, not once per draft.
    warnOnce: (line, err) => {
      if (!warned.has(line)) err.write(line + "\n");
      warned.add(line);
    },
    dispose: () => session?.dispose(),
  };
}

function newCommand(args: string[], lang0: Lang, out: NodeJS.WritableStream): number {
  const { values } = parseArgs({ args, options: { lang: { type: "string" }, plain: { type: "boolean", default: false } } });
  const lang = parseLang(values.lang, lang0);
  out.write(draftText(lang, !values.plain));
  return 0;
}

/**
 * `casedraft render [--redact] [--lang ja|en] FILE`: the text for the Support Center on stdout. It refuses while
 * the draft holds a secret (exit 1, the secrets listed on stderr) unless `--redact`, which prints the text with
 * every secret redacted (the file is not changed). Over the 8,000-character limit it prints the text and says by
 * how much on stderr (exit 1).
 */
function renderCommand(args: string[], lang0: Lang, out: NodeJS.WritableStream, err: NodeJS.WritableStream): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { redact: { type: "boolean", default: false }, lang: { type: "string" }, config: { type: "string" } },
  });
  const cliLang = values.lang === undefined ? undefined : parseLang(values.lang, lang0);
  const lang = cliLang ?? lang0;
  if (positionals.length !== 1) throw new UsageError(M.renderOne[lang]);
  const file = positionals[0];
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    err.write(fmt(M.cannotRead, { file, error: (e as NodeJS.ErrnoException).code ?? String(e) })[lang] + "\n");
    return 2;
  }
  const config = values.config ? loadConfigFile(values.config, lang, err) : findConfig(path.dirname(path.resolve(file)), lang, err);
  if (!config) return 2;
  const options = optionsFromConfig(config, { lang, timeZone: machineTimeZone() });
  if (cliLang) options.lang = cliLang;
  const outLang = options.lang ?? lang;
  let doc = new CaseDocument(text);
  let secrets = secretFindings(doc, options);
  if (secrets.length > 0 && !values.redact) {
    for (const f of secrets) err.write(`${file}:${f.line}:${f.column}  ${f.message}  [secret]\n`);
    err.write(fmt(M.renderRefused, { file, count: secrets.length })[outLang] + "\n");
    return 1;
  }
  // Redact until no secret is left (overlapping ones take a second round).
  for (let round = 0; round < 3 && secrets.length > 0; round++) {
    doc = new CaseDocument(fixAll(doc.text, secrets).text);
    secrets = secretFindings(doc, options);
  }
  if (secrets.length > 0) {
    err.write(fmt(M.renderRefused, { file, count: secrets.length })[outLang] + "\n");
    return 1;
  }
  out.write(renderPlainText(doc));
  const characters = renderedLength(doc);
  if (characters <= SUPPORT_CENTER_LIMIT) return 0;
  err.write(fmt(M.renderTooLong, { file, characters, limit: SUPPORT_CENTER_LIMIT, over: characters - SUPPORT_CENTER_LIMIT })[outLang] + "\n");
  return 1;
}

function secretFindings(doc: CaseDocument, options: Partial<LintOptions>): Finding[] {
  return lintDocument(doc, options).filter((f) => f.ruleId === "secret");
}

function loadConfigFile(file: string, lang: Lang, err: NodeJS.WritableStream): CaseDraftConfig | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    err.write(fmt(M.cannotRead, { file, error: (e as NodeJS.ErrnoException).code ?? String(e) })[lang] + "\n");
    return undefined;
  }
  const parsed = parseConfigText(text);
  for (const p of parsed.problems) err.write(fmt(M.configProblem, { file, message: p.message[lang] })[lang] + "\n");
  return parsed.config;
}

const configCache = new Map<string, CaseDraftConfig>();

/** The nearest `.casedraft.json` from a folder upwards (problems in it are printed, the rest of it still applies). */
function findConfig(dir: string, lang: Lang, err: NodeJS.WritableStream): CaseDraftConfig {
  const cached = configCache.get(dir);
  if (cached) return cached;
  let config: CaseDraftConfig = {};
  for (let d = dir; ; d = path.dirname(d)) {
    const candidate = path.join(d, CONFIG_FILE);
    if (fs.existsSync(candidate)) {
      config = loadConfigFile(candidate, lang, err) ?? {};
      break;
    }
    if (path.dirname(d) === d) break;
  }
  configCache.set(dir, config);
  return config;
}

function docsBase(): string {
  return "file://" + path.resolve(__dirname, "..", "docs", "rules").split(path.sep).join("/");
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`casedraft: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
