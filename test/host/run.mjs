// Runs the integration suite inside a real VS Code extension host: code-server's, opened by headless Chromium.
// code-server rejects --extensionTestsPath, so the development extension and the test entry travel in the
// workbench URL's `payload`; the workbench runs the tests in the remote (Node) extension host and calls
// window.codeAutomationExit(code) when they end. The extension host's console reaches the page console, which is
// forwarded here; test/integration/index.ts frames the suite's output with `@@BEGIN` and `@@RESULT {json}` lines.
//
//   node test/host/run.mjs [--extension-dir DIR] [--tests FILE.js] [--fixtures DIR] [--timeout SECONDS]
//                          [--verbose] [--keep]
//
// The last line printed is always `integration (VS Code X.Y.Z): N passed, N failed`; the exit code is non-zero
// when anything failed, nothing ran, or the suite did not report.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { format, parseArgs } from "node:util";
import { chromiumPath, codeServerDir, ensureInstalled, vscodeDir } from "./install.mjs";
import {
  BEGIN_PREFIX,
  createRunDirs,
  defaultFixtures,
  defaultTestsPath,
  hostDir,
  parseResult,
  projectRoot,
  RESULT_PREFIX,
  runSetup,
  summarize,
  testEnv,
} from "./session.mjs";

const { values: opts } = parseArgs({
  options: {
    "extension-dir": { type: "string", default: projectRoot },
    tests: { type: "string", default: defaultTestsPath },
    fixtures: { type: "string", default: defaultFixtures },
    timeout: { type: "string", default: "600" }, // seconds for the whole run, install excluded
    verbose: { type: "boolean", default: false }, // stream code-server's and the workbench's own output too
    keep: { type: "boolean", default: false }, // leave the temporary folder for inspection
  },
});

const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage", // small /dev/shm in containers crashes tabs
];

const say = (line) => process.stdout.write(`${line}\n`);
// A reader that goes away (`| head`) must not kill the runner before it has stopped code-server and Chromium.
process.stdout.on("error", () => {});
const errorText = (e) => (e instanceof Error ? e.message : String(e));

/** VS Code's version in the installed code-server, for when the suite could not report it. */
function hostVscodeVersion() {
  try {
    return JSON.parse(fs.readFileSync(path.join(vscodeDir, "package.json"), "utf8")).version;
  } catch {
    return "unknown";
  }
}

/** The run's folders (see session.mjs) and a config file for code-server. */
function prepareDirs() {
  const dirs = createRunDirs(opts.fixtures);
  dirs.configFile = path.join(dirs.tmpDir, "code-server.yaml");
  // Without a config file code-server writes one, with a generated password, into ~/.config/code-server.
  fs.writeFileSync(dirs.configFile, "# the other settings are given on the command line\nauth: none\n");
  return dirs;
}

function mkdir(...parts) {
  const dir = path.join(...parts);
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/** The environment of code-server, which its extension hosts inherit. */
function serverEnv(dirs, extra) {
  const env = {
    ...process.env,
    ...testEnv(dirs, extra),
    // code-server keeps its logs under $XDG_DATA_HOME, VS Code its IPC sockets and the TypeScript server its
    // files under $TMPDIR: all go into the run's folder, which is removed at the end.
    XDG_DATA_HOME: mkdir(dirs.tmpDir, "xdg-data"),
    TMPDIR: mkdir(dirs.tmpDir, "tmp"),
  };
  // code-server reads these too; an inherited PORT would override --bind-addr.
  for (const name of ["PORT", "PASSWORD", "HASHED_PASSWORD", "VSCODE_PROXY_URI"]) delete env[name];
  return env;
}

/** Splits a stream into lines. */
function eachLine(stream, onLine) {
  let rest = "";
  stream.setEncoding("utf8");
  stream.on("data", (chunk) => {
    const lines = (rest + chunk).split("\n");
    rest = lines.pop() ?? "";
    lines.forEach(onLine);
  });
  stream.on("end", () => rest && onLine(rest));
}

/** Starts code-server on a port the OS picks; `url` resolves once it listens, `exited` rejects when it dies. */
function startCodeServer(dirs, env, onLine) {
  const args = [
    path.join(codeServerDir, "out", "node", "entry.js"),
    ...["--config", dirs.configFile, "--bind-addr", "127.0.0.1:0", "--auth", "none"],
    ...["--user-data-dir", dirs.userDataDir, "--extensions-dir", dirs.extensionsDir],
    ...["--disable-telemetry", "--disable-update-check", "--disable-workspace-trust"],
    ...["--disable-getting-started-override", "--ignore-last-opened"],
  ];
  // A process group of its own, so the server and the extension hosts it forks can be killed together.
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  // Last resort when the runner ends abruptly (an uncaught error, process.exit from a signal handler).
  process.once("exit", () => {
    try {
      process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  });
  const exited = new Promise((_, reject) => {
    child.on("error", reject);
    child.on("exit", (code, signal) => reject(new Error(`code-server exited (${code ?? signal})`)));
  });
  const url = new Promise((resolve, reject) => {
    const watch = (line) => {
      onLine(line);
      const m = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(line);
      if (m) resolve(m[1]);
    };
    eachLine(child.stdout, watch);
    eachLine(child.stderr, watch);
    exited.catch(reject);
  });
  exited.catch(() => {}); // observed through `url` and by the caller
  return { child, url, exited };
}

/** Ends the process group led by `child`: SIGTERM, then SIGKILL for whatever is left after a grace period. */
async function killGroup(child) {
  const signalGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // the group is gone
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once("exit", resolve));
    signalGroup("SIGTERM");
    const timer = setTimeout(() => signalGroup("SIGKILL"), 5000);
    await gone;
    clearTimeout(timer);
  }
  signalGroup("SIGKILL"); // extension hosts that outlived the server
}

/**
 * A workbench console message as `{ level, text }`. The workbench's log service prints `%c INFO`, a CSS string,
 * then a printf-style message and its arguments; the extension host's console.log (the tests' output) arrives the
 * same way, so the arguments are formatted here as Node would.
 */
async function consoleLine(msg) {
  let args;
  try {
    args = await Promise.all(msg.args().map((a) => a.jsonValue()));
  } catch {
    args = []; // the page went away: fall back to the preformatted text
  }
  if (args.length === 0) return { level: msg.type(), text: msg.text() };
  const logService = typeof args[0] === "string" ? /^%c\s*(INFO|WARN|ERR|DEBUG|TRACE)$/.exec(args[0]) : null;
  if (logService) return { level: logService[1], text: format(...args.slice(2)) };
  return { level: msg.type(), text: format(...args) };
}

/**
 * Opens the workbench with the test payload; resolves with the code it passes to codeAutomationExit. Before that,
 * the suite's output (between @@BEGIN and @@RESULT) has gone to `onSuiteLine`, the workbench's own messages to
 * `onOtherLine`, and the parsed result to `onResult`.
 */
async function openWorkbench(browser, base, dirs, extensionDir, testsPath, { onSuiteLine, onOtherLine, onResult }) {
  const page = await browser.newPage();
  let consoleQueue = Promise.resolve(); // console messages are formatted asynchronously but handled in order
  let inSuite = false;
  page.on("console", (msg) => {
    consoleQueue = consoleQueue.then(async () => {
      const { level, text } = await consoleLine(msg);
      if (text.startsWith(BEGIN_PREFIX)) inSuite = true;
      else if (text.startsWith(RESULT_PREFIX)) {
        inSuite = false;
        const result = parseResult(text);
        if (result) onResult(result);
        else onSuiteLine(`integration runner: unreadable result line: ${text}`);
      } else if (inSuite) onSuiteLine(text);
      else onOtherLine(`[workbench ${level}] ${text}`);
    });
  });
  page.on("pageerror", (e) => onOtherLine(`[workbench pageerror] ${e.message}`));
  const crashed = new Promise((_, reject) => page.on("crash", () => reject(new Error("the workbench page crashed"))));
  let exit;
  const exitCalled = new Promise((resolve) => (exit = resolve));
  await page.exposeFunction("codeAutomationExit", (code) => exit(Number(code)));

  const authority = new URL(base).host;
  const payload = [
    ["extensionDevelopmentPath", `vscode-remote://${authority}${extensionDir}`],
    ["extensionTestsPath", `vscode-remote://${authority}${testsPath}`],
  ];
  const query = new URLSearchParams({ folder: dirs.workspaceDir, payload: JSON.stringify(payload) });
  const url = `${base}/?${query}`;
  onOtherLine(`opening ${url}`);
  await page.goto(url);
  return Promise.race([exitCalled.then(async (code) => (await consoleQueue, code)), crashed]);
}

/** Runs the suite once; returns the process exit code after printing the final line. */
async function main() {
  const extensionDir = path.resolve(opts["extension-dir"]);
  const testsPath = path.resolve(opts.tests);
  if (!fs.existsSync(testsPath)) throw new Error(`no test entry at ${testsPath}: run \`npm run compile-tests\` first`);
  if (!fs.existsSync(path.join(extensionDir, "package.json"))) throw new Error(`no extension at ${extensionDir}`);
  await ensureInstalled();
  const playwright = path.join(hostDir, "node_modules", "playwright-core", "index.mjs");
  const { chromium } = await import(pathToFileURL(playwright).href);

  const dirs = prepareDirs();
  const cleanups = []; // undone in reverse order, whatever happened
  const cleanup = async () => {
    for (let undo = cleanups.pop(); undo; undo = cleanups.pop()) {
      await undo().catch((e) => say(`cleanup: ${errorText(e)}`));
    }
  };
  cleanups.push(async () => {
    if (opts.keep) say(`kept ${dirs.tmpDir}`);
    else fs.rmSync(dirs.tmpDir, { recursive: true, force: true });
  });
  const context = []; // code-server's and the workbench's own output, shown when the run fails
  const note = (line) => (opts.verbose ? say(line) : context.push(line));
  let result; // what index.ts reported
  let exitCode = 1;
  // A timeout or a signal ends the run like a failure: everything is stopped and the final line still printed.
  let timer;
  let onSignal;
  const stopped = new Promise((_, reject) => {
    const seconds = Number(opts.timeout);
    const timeout = new Error(`timed out after ${seconds} s; killing code-server and Chromium`);
    timer = setTimeout(() => reject(timeout), seconds * 1000);
    onSignal = (signal) => reject(new Error(`${signal}: stopping code-server and Chromium`));
    // `on`, not `once`: a second Ctrl+C must not kill the runner half-way through stopping code-server.
    ["SIGINT", "SIGTERM", "SIGHUP"].forEach((signal) => process.on(signal, onSignal));
  });
  const run = async () => {
    const setup = await runSetup(dirs);
    cleanups.push(() => setup.teardown());
    const server = startCodeServer(dirs, serverEnv(dirs, setup.env), (line) => note(`[code-server] ${line}`));
    cleanups.push(() => killGroup(server.child));
    const base = await server.url;
    // Signals are handled here (see `stopped`), so that code-server is stopped too and the final line printed.
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      headless: true,
      // Chromium's crash-report database and caches would otherwise land in ~/.config and ~/.cache.
      env: {
        ...process.env,
        XDG_CONFIG_HOME: mkdir(dirs.tmpDir, "chromium-config"),
        XDG_CACHE_HOME: mkdir(dirs.tmpDir, "chromium-cache"),
      },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    cleanups.push(() => browser.close());
    const handlers = { onSuiteLine: say, onOtherLine: note, onResult: (r) => (result = r) };
    return Promise.race([openWorkbench(browser, base, dirs, extensionDir, testsPath, handlers), server.exited]);
  };
  try {
    exitCode = await Promise.race([run(), stopped]);
    if (exitCode !== 0) say(`integration runner: the test run in the extension host ended with code ${exitCode}`);
  } catch (e) {
    say(`integration runner: ${errorText(e)}`);
  } finally {
    clearTimeout(timer);
    await cleanup();
    ["SIGINT", "SIGTERM", "SIGHUP"].forEach((signal) => process.off(signal, onSignal));
  }
  // A failed test explains itself; a run that broke down without one needs code-server's and the workbench's story.
  if (exitCode !== 0 && !result?.failed && context.length > 0) {
    say("integration runner: code-server and workbench output (last 80 lines):");
    context.slice(-80).forEach((line) => say(`  ${line}`));
  }
  if (!result) say("integration runner: the suite did not report a result (no @@RESULT line)");
  const summary = summarize(result, exitCode, hostVscodeVersion());
  say(summary.line);
  return summary.code;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    say(`integration runner: ${opts.verbose && e instanceof Error ? e.stack : errorText(e)}`);
    say(summarize(undefined, 1, hostVscodeVersion()).line);
    process.exit(1);
  },
);
