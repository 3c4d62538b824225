// What both integration runners (test/host/run.mjs for code-server, test/electron/run.mjs for desktop VS Code)
// share: a fresh temporary folder per run, the user settings, the optional setup hook, the extension host's
// environment, and the result line that test/integration/index.ts prints.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const hostDir = path.dirname(fileURLToPath(import.meta.url));
export const projectRoot = path.resolve(hostDir, "..", "..");
export const defaultTestsPath = path.join(projectRoot, "out", "test", "integration", "index.js");
export const defaultFixtures = path.join(projectRoot, "test", "fixtures", "workspace");

/** Printed by test/integration/index.ts before the suite's output and, with the counts as JSON, after it. */
export const BEGIN_PREFIX = "@@BEGIN";
export const RESULT_PREFIX = "@@RESULT ";

// Settings that keep the workbench from doing anything the tests did not ask for.
export const USER_SETTINGS = {
  "files.autoSave": "off",
  "workbench.startupEditor": "none",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "window.restoreWindows": "none",
  "git.enabled": false,
  "npm.autoDetect": "off",
  "typescript.disableAutomaticTypeAcquisition": true,
  "editor.formatOnSave": false,
};

/** One temporary folder per run: a copy of the fixture workspace and fresh user-data and extensions folders. */
export function createRunDirs(fixtures = defaultFixtures) {
  const tmpDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-it-")));
  const dirs = {
    tmpDir,
    workspaceDir: path.join(tmpDir, "workspace"),
    userDataDir: path.join(tmpDir, "user-data"),
    extensionsDir: path.join(tmpDir, "extensions"),
  };
  fs.cpSync(fixtures, dirs.workspaceDir, { recursive: true });
  fs.mkdirSync(path.join(dirs.userDataDir, "User"), { recursive: true });
  fs.writeFileSync(path.join(dirs.userDataDir, "User", "settings.json"), JSON.stringify(USER_SETTINGS, null, 2));
  fs.mkdirSync(dirs.extensionsDir);
  return dirs;
}

/** Calls test/host/setup.mjs when it exists: `setup({ tmpDir, workspaceDir })` resolves to `{ env, teardown }`. */
export async function runSetup(dirs) {
  const file = path.join(hostDir, "setup.mjs");
  if (!fs.existsSync(file)) return { env: {}, teardown: async () => {} };
  const { setup } = await import(pathToFileURL(file).href);
  const result = (await setup({ tmpDir: dirs.tmpDir, workspaceDir: dirs.workspaceDir })) ?? {};
  return { env: result.env ?? {}, teardown: result.teardown ?? (async () => {}) };
}

/** Variables the extension host gets on top of the runner's own environment. */
export function testEnv(dirs, setupEnv) {
  return { ...setupEnv, CASEDRAFT_TEST_WORKSPACE: dirs.workspaceDir, CASEDRAFT_TEST_TMP: dirs.tmpDir };
}

/** Parses `@@RESULT {json}` anywhere in a line; undefined when the line is not one. */
export function parseResult(line) {
  const at = line.indexOf(RESULT_PREFIX);
  if (at < 0) return undefined;
  try {
    return JSON.parse(line.slice(at + RESULT_PREFIX.length));
  } catch {
    return undefined;
  }
}

/**
 * The runner's last line, `integration (VS Code X.Y.Z): N passed, N failed`, and its exit code. A suite that never
 * reported, or that ended badly without a failed test, counts as one failure; a suite that ran nothing fails.
 */
export function summarize(result, exitCode, fallbackVersion) {
  const passed = result?.passed ?? 0;
  const failed = (result?.failed ?? 0) + (!result || (exitCode !== 0 && !result.failed) ? 1 : 0);
  return {
    line: `integration (VS Code ${result?.vscode ?? fallbackVersion}): ${passed} passed, ${failed} failed`,
    code: failed === 0 && passed > 0 ? 0 : 1,
  };
}
