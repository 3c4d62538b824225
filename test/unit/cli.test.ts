// The CLI as a user runs it: the built dist/cli.js in a child process.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");
const CLI = path.join(ROOT, "dist", "cli.js");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8", ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonFinding {
  file: string;
  ruleId: string;
  severity: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

describe("casedraft CLI", () => {
  let dir: string;
  let seed: string;
  before(() => {
    assert.ok(fs.existsSync(CLI), "run npm run build first");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-cli-"));
    seed = path.join(dir, "seed.case.md");
    fs.writeFileSync(seed, "# 問い合わせ\n\n今朝から AWS につながりません。\n障害など起きていないでしょうか。\n");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("lint --format json: findings with 1-based positions and all fields", () => {
    const r = run(["lint", "--format", "json", "--no-aws", seed]);
    assert.equal(r.status, 0, r.stderr);
    const findings = JSON.parse(r.stdout) as JsonFinding[];
    assert.equal(findings.filter((f) => f.ruleId === "section-missing").length, 7);
    assert.equal(findings.filter((f) => f.ruleId === "title-vague").length, 1);
    for (const f of findings) {
      assert.equal(f.file, seed);
      assert.ok(f.line >= 1 && f.column >= 1 && f.endLine >= 1 && f.endColumn >= 1);
      assert.ok(["error", "warning", "info", "hint"].includes(f.severity));
    }
  });

  it("lint --format sarif: SARIF 2.1.0 with rules and results", () => {
    const r = run(["lint", "--format", "sarif", seed]);
    const sarif = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    assert.equal(sarif.version, "2.1.0");
    assert.ok(sarif.runs[0].tool.driver.rules.some((x) => x.id === "section-missing"));
    assert.ok(sarif.runs[0].results.length >= 8);
    assert.equal(sarif.runs[0].results[0].locations[0].physicalLocation.region.startLine, 1);
  });

  it("lint text: Japanese with --lang ja, a summary line per file", () => {
    const r = run(["lint", "--lang", "ja", seed]);
    assert.match(r.stdout, /件名「問い合わせ」/);
    assert.match(r.stdout, /5W2H 0\/7/);
  });

  it("exit 1 when a finding is at error level, 0 when only warnings", () => {
    assert.equal(run(["lint", seed]).status, 0);
    const config = path.join(dir, "strict.json");
    fs.writeFileSync(config, '{ "rules": { "title-vague": "error" } }');
    assert.equal(run(["lint", "--config", config, seed]).status, 1);
  });

  it("exit 2 for a missing file, an unknown option, a bad format", () => {
    const missing = run(["lint", path.join(dir, "nope.case.md")]);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /nope\.case\.md/);
    assert.equal(run(["lint", "--frobnicate", seed]).status, 2);
    assert.equal(run(["lint", "--format", "xml", seed]).status, 2);
    assert.equal(run(["lint"]).status, 2);
    assert.equal(run(["nonsense"]).status, 2);
  });

  it("finds .casedraft.json upwards from the file and reports its problems by key", () => {
    const sub = path.join(dir, "team", "cases");
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(dir, "team", ".casedraft.json"), '{ "rules": { "section-missing": "off", "titel-vague": "off" } }');
    const f = path.join(sub, "a.case.md");
    fs.writeFileSync(f, "# 問い合わせ\n");
    const r = run(["lint", "--format", "json", f]);
    const findings = JSON.parse(r.stdout) as JsonFinding[];
    assert.equal(findings.filter((x) => x.ruleId === "section-missing").length, 0);
    assert.match(r.stderr, /rules\.titel-vague/);
  });

  it("--fix applies the preferred fixes in place", () => {
    const f = path.join(dir, "fixme.case.md");
    fs.writeFileSync(f, "# Upload to S3 fails with 403\n\nIt started at 10:30.\n");
    run(["lint", "--fix", f]);
    const text = fs.readFileSync(f, "utf8");
    assert.match(text, /10:30 [A-Z]/);
    assert.match(text, /## When\n/);
    assert.match(text, /## How Much\n/);
  });

  it("new prints the template in either language", () => {
    const en = run(["new", "--lang", "en"]);
    assert.equal(en.status, 0);
    assert.match(en.stdout, /## How Much/);
    const ja = run(["new", "--lang", "ja"]);
    assert.match(ja.stdout, /## When\(発生日時\)/);
    assert.match(ja.stdout, /以上、よろしくお願いいたします。/);
  });

  it("render prints plain text without Markdown syntax", () => {
    const f = path.join(dir, "render.case.md");
    fs.writeFileSync(f, "---\nseverity: high\n---\n# Title\n\n## When\n\n- **First**: 2025-04-15 09:12 UTC\n\n<!-- note -->\n\n```\nerror 42\n```\n");
    const r = run(["render", f]);
    assert.equal(r.status, 0);
    assert.doesNotMatch(r.stdout, /\*\*|<!--|severity:|```/);
    assert.match(r.stdout, /First: 2025-04-15 09:12 UTC/);
    assert.match(r.stdout, /error 42/);
  });
});

describe("casedraft CLI: language", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-lang-"));
  const file = path.join(dir, "seed.case.md");
  fs.writeFileSync(file, "# 問い合わせ\n\n今朝から AWS につながりません。\n");
  const titleMessage = (r: Run) => (JSON.parse(r.stdout) as JsonFinding[]).find((f) => f.ruleId === "title-vague")?.message ?? "";
  const noLocale = { LANG: "", LC_ALL: "", LC_MESSAGES: "" };

  it("follows the locale when --lang is not given (LC_ALL, then LC_MESSAGES, then LANG)", () => {
    assert.match(titleMessage(run(["lint", "--format", "json", file], dir, { ...noLocale, LANG: "ja_JP.UTF-8" })), /件名/);
    assert.match(titleMessage(run(["lint", "--format", "json", file], dir, { ...noLocale, LANG: "en_US.UTF-8" })), /title/);
    assert.match(titleMessage(run(["lint", "--format", "json", file], dir, { ...noLocale, LANG: "en_US.UTF-8", LC_ALL: "ja_JP.UTF-8" })), /件名/);
  });

  it("--lang wins over the locale", () => {
    assert.match(titleMessage(run(["lint", "--format", "json", "--lang", "en", file], dir, { ...noLocale, LC_ALL: "ja_JP.UTF-8" })), /title/);
    assert.match(titleMessage(run(["lint", "--format", "json", "--lang", "ja", file], dir, { ...noLocale, LC_ALL: "en_US.UTF-8" })), /件名/);
  });

  it("usage errors speak the chosen language too", () => {
    const ja = run(["lint", "--format", "xml", file], dir, { ...noLocale, LC_ALL: "ja_JP.UTF-8" });
    const en = run(["lint", "--format", "xml", file], dir, { ...noLocale, LC_ALL: "en_US.UTF-8" });
    assert.equal(ja.status, 2);
    assert.equal(en.status, 2);
    assert.match(ja.stderr, /[\u3040-\u30ff]/);
    assert.doesNotMatch(en.stderr, /[\u3040-\u30ff]/);
  });
});
