// `npm test`: builds, compiles the tests, runs the unit tests (mocha, configured by .mocharc.json) and then the
// integration suite in a real VS Code extension host (test/host/run.mjs, which installs code-server on first use).
// Output streams as it comes. The last line is `N passed, N failed` over both suites; the exit code is non-zero
// when a step fails, a test fails, or either suite ran no test.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

/** Runs a command with its output passed through; resolves with the exit code and the output's text. */
function run(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["inherit", "pipe", "pipe"] });
    let text = "";
    const pass = (to) => (chunk) => {
      to.write(chunk);
      text += chunk;
    };
    child.stdout.on("data", pass(process.stdout));
    child.stderr.on("data", pass(process.stderr));
    child.on("error", (e) => resolve({ code: 1, text: `${text}\n${e.message}` }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), text }));
  });
}

const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");

function heading(title) {
  console.log(`\n=== ${title} ===`);
}

/** Counts from mocha's spec summary (`N passing`, `N failing`); a failed run without a failing test counts one. */
function unitCounts({ code, text }) {
  const count = (word) => Number(new RegExp(`^\\s*(\\d+) ${word}\\b`, "m").exec(plain(text))?.[1] ?? 0);
  const passed = count("passing");
  const failed = count("failing");
  return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
}

/** Counts from the runner's last line, `integration (VS Code X.Y.Z): N passed, N failed`. */
function integrationCounts({ code, text }) {
  const last = plain(text).trimEnd().split("\n").pop() ?? "";
  const m = /^integration \(VS Code [^)]*\): (\d+) passed, (\d+) failed$/.exec(last);
  const passed = Number(m?.[1] ?? 0);
  const failed = Number(m?.[2] ?? 0);
  return { passed, failed: code !== 0 && failed === 0 ? 1 : failed };
}

async function main() {
  for (const script of ["build", "compile-tests"]) {
    heading(`npm run ${script}`);
    const { code } = await run(npm, ["run", script]);
    if (code !== 0) {
      console.log(`npm run ${script} failed (exit ${code})`);
      console.log("0 passed, 1 failed");
      return 1;
    }
  }

  heading("unit tests (mocha)");
  const mocha = path.join(root, "node_modules", "mocha", "bin", "mocha.js");
  // Piped, mocha would drop its colours; keep them when the output goes to a terminal anyway.
  const unit = unitCounts(await run(process.execPath, [mocha, ...(process.stdout.isTTY ? ["--color"] : [])]));

  heading("integration tests (VS Code extension host)");
  const integration = integrationCounts(await run(process.execPath, [path.join(root, "test", "host", "run.mjs")]));

  heading("summary");
  const problems = [];
  if (unit.passed + unit.failed === 0) problems.push("the unit suite ran no test");
  if (integration.passed + integration.failed === 0) problems.push("the integration suite ran no test");
  problems.forEach((p) => console.log(p));
  console.log(`unit: ${unit.passed} passed, ${unit.failed} failed`);
  console.log(`integration: ${integration.passed} passed, ${integration.failed} failed`);
  // A suite that ran nothing is a failure too, so the last line never reads as green when the exit code is not.
  const failed = unit.failed + integration.failed + problems.length;
  console.log(`${unit.passed + integration.passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log("0 passed, 1 failed");
    process.exit(1);
  },
);
