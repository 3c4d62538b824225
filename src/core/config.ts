/**
 * `.casedraft.json` (JSONC) and settings: parsed and validated here, shared by the CLI and the extension.
 * A bad value never crashes anything: it is dropped and reported with the key that holds it.
 */
import { parse as parseJsonc, printParseErrorCode, type ParseError } from "jsonc-parser";
import { fmt } from "./i18n";
import { RULE_IDS } from "./rules";
import type { GlossaryTerm, Lang, LintOptions, Localized, RuleSetting } from "./types";

export const CONFIG_FILE = ".casedraft.json";
export const SEVERITIES: readonly RuleSetting[] = ["error", "warning", "info", "hint", "off"];

export interface CaseDraftConfig {
  language?: Lang | "auto";
  rules?: Record<string, RuleSetting>;
  glossary?: GlossaryTerm[];
  timeZone?: string;
  include?: string[];
}

export interface ConfigProblem {
  /** The key that holds the bad value, as a path: `rules.relative-time`, `glossary[2].term`. */
  key: string;
  message: Localized;
}

export interface ParsedConfig {
  config: CaseDraftConfig;
  problems: ConfigProblem[];
}

const KNOWN_KEYS = new Set(["$schema", "language", "rules", "glossary", "timeZone", "include"]);

/** Parses the text of a `.casedraft.json`. */
export function parseConfigText(text: string): ParsedConfig {
  const errors: ParseError[] = [];
  const value: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length > 0) {
    const e = errors[0];
    const where = lineCol(text, e.offset);
    return {
      config: {},
      problems: [
        {
          key: "(file)",
          message: fmt(
            {
              ja: "{file} の JSON を読めません({line} 行 {column} 列: {error})。",
              en: "{file} is not valid JSON ({error} at line {line}, column {column}).",
            },
            { file: CONFIG_FILE, error: printParseErrorCode(e.error), ...where },
          ),
        },
      ],
    };
  }
  return validateConfig(value);
}

/** Validates a configuration object (from the file or from settings). */
export function validateConfig(value: unknown): ParsedConfig {
  const problems: ConfigProblem[] = [];
  const config: CaseDraftConfig = {};
  const bad = (key: string, expected: Localized, got: unknown) =>
    problems.push({
      key,
      message: {
        ja: `設定「${key}」の値 ${show(got)} は使えません。${expected.ja}`,
        en: `Setting "${key}" has the value ${show(got)}; ${expected.en}`,
      },
    });
  if (value === undefined || value === null) return { config, problems };
  if (typeof value !== "object" || Array.isArray(value)) {
    bad("(root)", { ja: "オブジェクト({ ... })を書いてください。", en: "expected an object ({ ... })." }, value);
    return { config, problems };
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) {
    if (!KNOWN_KEYS.has(key)) {
      problems.push({
        key,
        message: {
          ja: `設定「${key}」は不明なキーです。使えるキー: ${[...KNOWN_KEYS].join(", ")}`,
          en: `Unknown setting "${key}"; known keys: ${[...KNOWN_KEYS].join(", ")}.`,
        },
      });
    }
  }
  if (v.language !== undefined) {
    if (v.language === "ja" || v.language === "en" || v.language === "auto") config.language = v.language;
    else bad("language", { ja: "\"ja\"、\"en\"、\"auto\" のいずれかです。", en: "expected \"ja\", \"en\" or \"auto\"." }, v.language);
  }
  if (v.rules !== undefined) {
    if (!v.rules || typeof v.rules !== "object" || Array.isArray(v.rules)) {
      bad("rules", { ja: "ルール ID と重要度の対応({ \"relative-time\": \"off\" })を書いてください。", en: "expected an object such as { \"relative-time\": \"off\" }." }, v.rules);
    } else {
      config.rules = {};
      for (const [id, setting] of Object.entries(v.rules as Record<string, unknown>)) {
        if (!RULE_IDS.has(id)) {
          const close = closestRule(id);
          problems.push({
            key: `rules.${id}`,
            message: {
              ja: `設定「rules.${id}」: ルール ID「${id}」は存在しません。${close ? `「${close}」ですか?` : ""}`,
              en: `Setting "rules.${id}": there is no rule "${id}".${close ? ` Did you mean "${close}"?` : ""}`,
            },
          });
        } else if (typeof setting === "string" && (SEVERITIES as string[]).includes(setting)) {
          config.rules[id] = setting as RuleSetting;
        } else if (typeof setting === "boolean") {
          config.rules[id] = setting ? "warning" : "off";
        } else {
          bad(`rules.${id}`, { ja: "\"error\"、\"warning\"、\"info\"、\"hint\"、\"off\" のいずれかです。", en: "expected \"error\", \"warning\", \"info\", \"hint\" or \"off\"." }, setting);
        }
      }
    }
  }
  if (v.glossary !== undefined) {
    if (!Array.isArray(v.glossary)) {
      bad("glossary", { ja: "用語の配列([\"社内略語\", { \"term\": \"…\", \"meaning\": \"…\" }])を書いてください。", en: "expected an array of terms ([\"nickname\", { \"term\": \"…\", \"meaning\": \"…\" }])." }, v.glossary);
    } else {
      config.glossary = [];
      v.glossary.forEach((g: unknown, i: number) => {
        if (typeof g === "string" && g.trim()) config.glossary?.push({ term: g.trim() });
        else if (g && typeof g === "object" && typeof (g as GlossaryTerm).term === "string" && (g as GlossaryTerm).term.trim()) {
          const t = g as GlossaryTerm;
          config.glossary?.push({ term: t.term.trim(), ...(typeof t.meaning === "string" ? { meaning: t.meaning } : {}) });
        } else bad(`glossary[${i}]`, { ja: "文字列か { \"term\": \"…\" } を書いてください。", en: "expected a string or { \"term\": \"…\" }." }, g);
      });
    }
  }
  if (v.timeZone !== undefined) {
    if (typeof v.timeZone === "string" && /^[A-Za-z][A-Za-z0-9_+\-/:]{0,40}$/.test(v.timeZone)) config.timeZone = v.timeZone;
    else bad("timeZone", { ja: "\"JST\" や \"UTC\" のようなタイムゾーン名です。", en: "expected a zone name such as \"JST\" or \"UTC\"." }, v.timeZone);
  }
  if (v.include !== undefined) {
    if (Array.isArray(v.include) && v.include.every((g) => typeof g === "string")) config.include = v.include as string[];
    else bad("include", { ja: "glob パターンの配列です(例: [\"cases/**/*.md\"])。", en: "expected an array of glob patterns (e.g. [\"cases/**/*.md\"])." }, v.include);
  }
  return { config, problems };
}

/** Merges configurations, later ones winning key by key (rules merged per rule, glossaries concatenated). */
export function mergeConfigs(...configs: CaseDraftConfig[]): CaseDraftConfig {
  const out: CaseDraftConfig = {};
  for (const c of configs) {
    if (c.language) out.language = c.language;
    if (c.rules) out.rules = { ...(out.rules ?? {}), ...c.rules };
    if (c.glossary) out.glossary = [...(out.glossary ?? []), ...c.glossary];
    if (c.timeZone) out.timeZone = c.timeZone;
    if (c.include) out.include = [...(out.include ?? []), ...c.include];
  }
  return out;
}

/** Lint options from a configuration and the environment's defaults. */
export function optionsFromConfig(config: CaseDraftConfig, defaults: { lang: Lang; timeZone: string }): Partial<LintOptions> {
  return {
    lang: config.language && config.language !== "auto" ? config.language : defaults.lang,
    rules: config.rules ?? {},
    glossary: config.glossary ?? [],
    timeZone: config.timeZone ?? defaults.timeZone,
  };
}

/** A short zone name for this machine's time zone ("JST" for Asia/Tokyo, "UTC", else "UTC+9"-style). */
export function machineTimeZone(now = new Date()): string {
  let iana = "";
  try {
    iana = Intl.DateTimeFormat().resolvedOptions().timeZone ?? "";
  } catch {
    iana = "";
  }
  const named: Record<string, string> = { "Asia/Tokyo": "JST", "Asia/Seoul": "KST", UTC: "UTC", "Etc/UTC": "UTC", GMT: "UTC", "Etc/GMT": "UTC", "Asia/Singapore": "SGT" };
  if (named[iana]) return named[iana];
  const offset = -now.getTimezoneOffset();
  if (offset === 0) return "UTC";
  const h = Math.trunc(Math.abs(offset) / 60);
  const m = Math.abs(offset) % 60;
  return `UTC${offset > 0 ? "+" : "-"}${h}${m ? ":" + String(m).padStart(2, "0") : ""}`;
}

function show(v: unknown): string {
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + "..." : s;
}

function closestRule(id: string): string | undefined {
  return [...RULE_IDS].find((r) => r.includes(id) || id.includes(r) || levenshtein(r, id) <= 3);
}

function levenshtein(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}
