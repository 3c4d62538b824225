// Every regular expression in src/ is checked for catastrophic backtracking (exponential or polynomial) with
// recheck, the ReDoS checker by MakeNowJust-Labs. Literals and constant `new RegExp("...")` calls are read with
// the TypeScript compiler API; patterns built at run time from word lists are recorded by regexProbe.ts while the
// code runs. A vulnerable pattern fails with its file and line and the attack string recheck found.
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { check, type Diagnostics, type Parameters } from "recheck";
import { ROOT, scanSources, type RegexSource } from "./support/regexes";

/**
 * Patterns recheck cannot finish (its automaton blows up on bounded repeats such as `{0,62}`). Each is allowed
 * only with its reason and only while every quantifier in it is bounded and none is nested inside another
 * repeat (asserted below), so one match attempt costs at most a constant and a scan is linear in the text.
 * They are checked with a short timeout; a vulnerable verdict still fails. A pattern may never be here merely
 * for being vulnerable.
 */
const UNCHECKABLE: { file: string; source: RegExp; reason: string }[] = [
  {
    file: "src/core/scope.ts",
    source: /^\\b\(\?:root cause\|rca/,
    reason: "`[^.?!]{0,60}` between two word lists: at most 60 characters per attempt",
  },
  {
    file: "src/core/wording/nearby.ts",
    source: /^\(\?:約\|およそ/,
    reason: "counts: numbers are `{0,12}` digits and units are a finite list",
  },
  {
    file: "src/core/wording/nearby.ts",
    source: /^\\b\[a-z0-9\]\[a-z0-9-\]\{0,62\}/,
    reason: "host names: DNS label lengths {0,62}, {1,63}, {2,63}",
  },
  {
    file: "src/core/lexicon/urgency.ts",
    source: /^\(\?:severity\|priority/,
    reason: "a severity label at most 40 characters before the word, or a severity name and up to 8 blanks",
  },
];
const SHORT_TIMEOUT = 10_000;

/**
 * Deterministic analysis: the fuzzer's phases are limited by steps, not by wall-clock time, so a loaded CI
 * machine gets the same verdicts as a quiet one (with time limits, slow runs were taken for attacks). The PRNG
 * seed is fixed by default. The recall validation stays off (its default): with no time limit it never ends.
 * The overall timeout only catches a checker that never ends.
 */
const PARAMS: Parameters = {
  timeout: 120_000,
  incubationTimeout: null,
  attackTimeout: null,
  seedingTimeout: null,
};
const CONCURRENCY = 2;

interface Checked {
  regex: RegexSource;
  sites: string[];
  result: Diagnostics;
}

function runtimeRegexes(): RegexSource[] {
  const probe = path.join(ROOT, "out", "test", "unit", "support", "regexProbe.js");
  const out = execFileSync(process.execPath, ["--enable-source-maps", probe], { encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out) as RegexSource[];
}

/** One entry per distinct pattern, with every line that builds it. */
function distinct(regexes: RegexSource[]): { regex: RegexSource; sites: string[] }[] {
  const byKey = new Map<string, { regex: RegexSource; sites: string[] }>();
  for (const r of regexes) {
    const key = `${r.flags.replace(/[gy]/g, "")}/${r.source}`;
    const site = `${r.file}:${r.line}`;
    const entry = byKey.get(key);
    if (!entry) byKey.set(key, { regex: r, sites: [site] });
    else if (!entry.sites.includes(site)) entry.sites.push(site);
  }
  return [...byKey.values()];
}

async function checkAll(items: { regex: RegexSource; sites: string[] }[]): Promise<Checked[]> {
  const results: Checked[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++];
      const params = uncheckable(item) ? { ...PARAMS, timeout: SHORT_TIMEOUT } : PARAMS;
      results.push({ ...item, result: await check(item.regex.source, item.regex.flags, params) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

function uncheckableEntry(c: { regex: RegexSource; sites: string[] }) {
  return UNCHECKABLE.find((a) => c.sites.some((s) => s.startsWith(`${a.file}:`)) && a.source.test(c.regex.source));
}
function uncheckable(c: { regex: RegexSource; sites: string[] }): boolean {
  return uncheckableEntry(c) !== undefined;
}

/**
 * True when every quantifier of the pattern is bounded (`?`, `{n}`, `{n,m}`) and no quantified group contains
 * another quantifier: each match attempt then reads a bounded number of characters and backtracks a bounded
 * number of times.
 */
export function boundedOnly(source: string): boolean {
  const groupHasQuantifier: boolean[] = [];
  let lastAtomWasGroupWithQuantifier = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === "\\") {
      i++;
      lastAtomWasGroupWithQuantifier = false;
      continue;
    }
    if (ch === "[") {
      for (i++; i < source.length && source[i] !== "]"; i++) if (source[i] === "\\") i++;
      lastAtomWasGroupWithQuantifier = false;
      continue;
    }
    if (ch === "(") {
      groupHasQuantifier.push(false);
      continue;
    }
    if (ch === ")") {
      lastAtomWasGroupWithQuantifier = groupHasQuantifier.pop() ?? false;
      if (lastAtomWasGroupWithQuantifier && groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
      continue;
    }
    const isQuantifier = ch === "*" || ch === "+" || ch === "?" || (ch === "{" && /^\{\d+(?:,\d*)?\}/.test(source.slice(i)));
    if (!isQuantifier) {
      lastAtomWasGroupWithQuantifier = false;
      continue;
    }
    // `?` right after `(` is a group modifier, handled by not being preceded by an atom; lazy `??`/`+?` too.
    if (ch === "?" && (source[i - 1] === "(" || /[*+?}]/.test(source[i - 1] ?? ""))) continue;
    if (ch === "*" || ch === "+") return false;
    if (ch === "{") {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
      if (m?.[2] !== undefined && m[3] === "") return false;
      i += (m?.[0].length ?? 1) - 1;
    }
    // A bounded repeat of a group that itself repeats something multiplies the bounds: not allowed here.
    if (lastAtomWasGroupWithQuantifier && ch === "{") return false;
    if (groupHasQuantifier.length > 0) groupHasQuantifier[groupHasQuantifier.length - 1] = true;
    lastAtomWasGroupWithQuantifier = false;
  }
  return true;
}

function allowed(c: Checked): boolean {
  return uncheckable(c) && c.result.status === "unknown" && c.result.error.kind === "timeout";
}

function describeProblem(c: Checked): string {
  const r = c.result;
  const where = c.sites.join(", ");
  const shown = c.regex.source.length > 160 ? `${c.regex.source.slice(0, 160)}…` : c.regex.source;
  if (r.status === "vulnerable") return `${where}: /${shown}/${c.regex.flags} is ${r.complexity.summary}; attack: ${r.attack.pattern}`;
  if (r.status === "unknown") return `${where}: /${shown}/${c.regex.flags} could not be checked (${r.error.kind})`;
  return "";
}

describe("ReDoS: every regular expression in src/", function () {
  // recheck's fuzzer takes seconds on the large word-list alternations; the whole check is about a minute.
  this.timeout(600_000);
  const scan = scanSources([path.join(ROOT, "src")]);
  let recorded: RegexSource[] = [];
  let checked: Checked[] = [];

  before(async () => {
    recorded = runtimeRegexes();
    checked = await checkAll(distinct([...scan.regexes, ...recorded]));
  });

  it("the checker works here: a known-vulnerable pattern is caught", async () => {
    const r = await check("^(a+)+$", "", PARAMS);
    assert.equal(r.status, "vulnerable");
  });

  it("found the project's patterns", () => {
    assert.ok(scan.regexes.length > 100, `only ${scan.regexes.length} regex literals found`);
    assert.ok(recorded.length > 0, "the probe recorded no run-time pattern");
  });

  it("built every run-time pattern during the probe (each `new RegExp(expression)` site was run)", () => {
    const seen = new Set(recorded.map((r) => `${r.file}:${r.line}`));
    const missed = scan.dynamicSites.filter((s) => !seen.has(`${s.file}:${s.line}`));
    assert.deepEqual(
      missed.map((s) => `${s.file}:${s.line} ${s.code}`),
      [],
      "these RegExp calls build their pattern at run time but were never run by test/unit/support/regexProbe.ts: make the probe run them",
    );
  });

  it("has no pattern with exponential or polynomial backtracking", () => {
    const problems = checked.filter((c) => c.result.status !== "safe" && !allowed(c)).map(describeProblem);
    assert.deepEqual(problems.sort(), [], `${problems.length} of ${checked.length} patterns are not ReDoS-safe`);
  });

  it("lists as uncheckable only patterns that need it and that are linear by construction", () => {
    const stale = UNCHECKABLE.filter((a) => !checked.some((c) => uncheckableEntry(c) === a && c.result.status !== "safe"));
    assert.deepEqual(stale.map((a) => `${a.file}: ${a.source}`), [], "these entries match no pattern recheck cannot finish");
    const unbounded = checked.filter((c) => uncheckable(c) && !boundedOnly(c.regex.source));
    assert.deepEqual(unbounded.map((c) => `${c.sites.join(", ")}: ${c.regex.source.slice(0, 120)}`), []);
  });

  it("tells bounded patterns from unbounded and nested ones", () => {
    assert.equal(boundedOnly(String.raw`\b[a-z0-9][a-z0-9-]{0,62}\.[a-z]{2,63}\b`), true);
    assert.equal(boundedOnly(String.raw`(?:約|about)[ \t]?[0-9](?:[0-9,.]{0,12})`), true);
    assert.equal(boundedOnly("a+b"), false);
    assert.equal(boundedOnly("a{2,}"), false);
    assert.equal(boundedOnly("(?:a{0,9}){0,9}"), false);
    assert.equal(boundedOnly(String.raw`[+*]\*`), true);
  });
});
