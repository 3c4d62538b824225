// The extensionTestsPath entry: the extension host requires this file and awaits run(). It runs every
// *.test.js compiled next to it with mocha (bdd) and reports each test on the console. test/host/run.mjs prints
// what comes between the `@@BEGIN` line and the closing `@@RESULT {json}` line, and reads the counts and the
// VS Code version from the latter.
import * as fs from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";
import * as vscode from "vscode";

export const BEGIN_MARKER = "@@BEGIN";
export const RESULT_PREFIX = "@@RESULT ";

export interface SuiteResult {
  vscode: string;
  passed: number;
  failed: number;
  pending: number;
}

/** Every *.test.js under `dir`, sorted so the order is the same on every machine. */
function testFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...testFiles(full));
    else if (entry.isFile() && entry.name.endsWith(".test.js")) found.push(full);
  }
  return found.sort();
}

function report(result: SuiteResult): void {
  console.log(`${RESULT_PREFIX}${JSON.stringify(result)}`);
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", reporter: "spec", color: false, timeout: 20000 });
  const files = testFiles(__dirname);
  files.forEach((f) => mocha.addFile(f));
  return new Promise((resolve, reject) => {
    try {
      if (files.length === 0) throw new Error(`no *.test.js files under ${__dirname}`);
      console.log(`${BEGIN_MARKER} ${files.length} test files, VS Code ${vscode.version}`);
      const runner = mocha.run(() => {
        const { passes = 0, failures = 0, pending = 0 } = runner.stats ?? {};
        report({ vscode: vscode.version, passed: passes, failed: failures, pending });
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (passes === 0) reject(new Error("no integration test ran"));
        else resolve();
      });
    } catch (e) {
      // A test file that fails to load throws here, before any test runs.
      console.error(e);
      report({ vscode: vscode.version, passed: 0, failed: 1, pending: 0 });
      reject(e);
    }
  });
}
