// The integration suite in desktop VS Code through @vscode/test-electron, for machines that have VS Code or can
// download it from Microsoft (`npm run test:electron`). CI uses test/host/run.mjs instead: this machine's kind
// cannot reach the VS Code update server. Same suite, same fixture workspace copy, setup hook and environment.
//
//   node test/electron/run.mjs [--vscode-version 1.99.3|stable|insiders] [--code /path/to/code] [--keep]
//
// Without --code it downloads (and caches in .vscode-test/) the oldest VS Code that package.json's engines.vscode
// accepts, so the suite proves that minimum. Like the code-server runner, it ends with
// `integration (VS Code X.Y.Z): N passed, N failed`.
import { runTests } from "@vscode/test-electron";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  createRunDirs,
  defaultTestsPath,
  parseResult,
  projectRoot,
  runSetup,
  summarize,
  testEnv,
} from "../host/session.mjs";

const { values: opts } = parseArgs({
  options: {
    "vscode-version": { type: "string" },
    code: { type: "string", default: process.env.VSCODE_EXECUTABLE },
    keep: { type: "boolean", default: false },
  },
});

/** `^1.99.0` → `1.99.0`: the oldest VS Code the extension claims to support. */
function minimumVscode() {
  const { engines } = JSON.parse(fs.readFileSync(path.join(projectRoot, "package.json"), "utf8"));
  return /\d+\.\d+\.\d+/.exec(engines.vscode)?.[0] ?? "stable";
}

/** Watches this process's stdout, where test-electron copies VS Code's, for index.ts's result line. */
function watchForResult() {
  const box = { result: undefined };
  let partial = ""; // a line can arrive in pieces
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const lines = (partial + String(chunk)).split("\n");
    partial = lines.pop() ?? "";
    for (const line of lines) box.result = parseResult(line) ?? box.result;
    return write(chunk, ...rest);
  };
  return box;
}

async function main() {
  const dirs = createRunDirs();
  const setup = await runSetup(dirs);
  const seen = watchForResult();
  const vscode = opts.code
    ? { vscodeExecutablePath: path.resolve(opts.code) }
    : { version: opts["vscode-version"] ?? minimumVscode() };
  let exitCode = 1;
  try {
    exitCode = await runTests({
      ...vscode,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: defaultTestsPath,
      extensionTestsEnv: testEnv(dirs, setup.env),
      // The folder to open comes first; fresh profile folders keep the machine's own settings and extensions out.
      launchArgs: [dirs.workspaceDir, `--user-data-dir=${dirs.userDataDir}`, `--extensions-dir=${dirs.extensionsDir}`],
    });
  } catch (e) {
    // runTests rejects on a non-zero exit (TestRunFailedError) and when VS Code cannot be downloaded.
    console.log(`electron runner: ${e instanceof Error ? e.message : e}`);
  } finally {
    await setup.teardown();
    if (opts.keep) console.log(`kept ${dirs.tmpDir}`);
    else fs.rmSync(dirs.tmpDir, { recursive: true, force: true });
  }
  const summary = summarize(seen.result, exitCode, "unknown");
  console.log(summary.line);
  return summary.code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e);
    console.log(summarize(undefined, 1, "unknown").line);
    process.exit(1);
  },
);
