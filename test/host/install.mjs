// Installs the integration-test host (code-server and playwright-core, pinned in ./package.json) into
// test/host/node_modules, offline apart from the npm registry. Run directly (`node test/host/install.mjs`) or
// through run.mjs; it does nothing when a complete install of the pinned versions is already there.
// CASEDRAFT_CHROMIUM names another Chromium binary than Debian's /usr/bin/chromium.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const hostDir = path.dirname(fileURLToPath(import.meta.url));
export const codeServerDir = path.join(hostDir, "node_modules", "code-server");
export const vscodeDir = path.join(codeServerDir, "lib", "vscode");
export const chromiumPath = process.env.CASEDRAFT_CHROMIUM ?? "/usr/bin/chromium";

// code-server's own postinstall runs a nested `npm install` in lib/vscode and lib/vscode/extensions. npm 11 blocks
// dependency install scripts there too, and rejects `--allow-scripts` passed down through the environment in
// project installs, so the approvals go into a project .npmrc written next to each nested package.json. These are
// the dependencies of lib/vscode with install scripts (native modules, and rg's download); npm 10 ignores the
// setting and runs them anyway.
const NESTED_ALLOW_SCRIPTS = [
  "@parcel/watcher",
  "@vscode/deviceid",
  "@vscode/ripgrep",
  "@vscode/spdlog",
  "@vscode/windows-process-tree",
  "@vscode/windows-registry",
  "kerberos",
  "native-watchdog",
  "node-pty",
];

// @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache already holds the release asset. The
// asset name is fixed by the package version (lib/postinstall.js: VERSION, getTarget()); prefillRipgrepCache()
// fails on a version this table does not know, so bumping code-server cannot silently fall back to GitHub.
const RIPGREP_ASSETS = {
  "1.15.11": {
    x64: "ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz",
    arm64: "ripgrep-v13.0.0-10-aarch64-unknown-linux-musl.tar.gz",
  },
};

const DEBIAN_NEEDS = [
  { pkg: "chromium", path: chromiumPath, why: "the headless browser that opens the workbench", atRunTime: true },
  { pkg: "ripgrep", path: "/usr/bin/rg", why: "stands in for the rg binary @vscode/ripgrep would download" },
  { pkg: "libkrb5-dev", path: "/usr/include/gssapi/gssapi.h", why: "the kerberos native module builds against it" },
  { pkg: "g++", path: "/usr/bin/g++", why: "node-gyp compiles the native modules" },
  { pkg: "make", path: "/usr/bin/make", why: "node-gyp compiles the native modules" },
  { pkg: "python3", path: "/usr/bin/python3", why: "node-gyp runs gyp" },
];

/** Files that exist only after every step of the install succeeded. */
const INSTALLED_FILES = [
  path.join(codeServerDir, "out", "node", "entry.js"),
  path.join(vscodeDir, "node_modules", "@vscode", "ripgrep", "bin", "rg"),
  path.join(vscodeDir, "node_modules", "node-pty", "build", "Release", "pty.node"),
  path.join(hostDir, "node_modules", "playwright-core", "package.json"),
];
const stampFile = path.join(hostDir, "node_modules", ".casedraft-host-installed");

function fail(message) {
  throw new Error(`test host install: ${message}`);
}

/** Fails naming the Debian packages to install when any is missing. */
export function checkDebianPackages(needs = DEBIAN_NEEDS) {
  const missing = needs.filter((n) => !fs.existsSync(n.path));
  if (missing.length === 0) return;
  const lines = missing.map((n) => `  ${n.pkg}: ${n.path} not found (${n.why})`);
  const install = `apt-get install -y ${missing.map((n) => n.pkg).join(" ")}`;
  fail(`missing Debian packages:\n${lines.join("\n")}\nInstall them with: ${install}`);
}

/** Hash of what decides the install: the pinned manifest and lockfile, and the Node major it was built for. */
function installKey() {
  const hash = createHash("sha256");
  for (const f of ["package.json", "package-lock.json"]) hash.update(fs.readFileSync(path.join(hostDir, f)));
  hash.update(`node ${process.versions.node.split(".")[0]}`);
  return hash.digest("hex");
}

export function isInstalled() {
  if (!INSTALLED_FILES.every((f) => fs.existsSync(f))) return false;
  return fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8").trim() === installKey();
}

/** The environment every npm step runs with. */
function npmEnv() {
  const env = { ...process.env, npm_config_yes: "true", npm_config_fund: "false", npm_config_audit: "false" };
  env.npm_config_ignore_scripts = "false"; // `npm rebuild` below exists to run them
  // code-server's postinstall refuses to run as root without it (npm 11 no longer knows the setting and warns).
  env.npm_config_unsafe_perm = "true";
  // node-gyp downloads Node's headers from nodejs.org unless told where they are; Debian/NodeSource nodejs ships
  // them under <prefix>/include/node.
  const prefix = path.resolve(process.execPath, "..", "..");
  const headers = path.join(prefix, "include", "node", "node.h");
  if (!env.npm_config_nodedir && fs.existsSync(headers)) env.npm_config_nodedir = prefix;
  return env;
}

function npm(args, cwd, env) {
  console.log(`test host install: npm ${args.join(" ")}  (in ${path.relative(process.cwd(), cwd) || "."})`);
  const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", args, { cwd, env, stdio: "inherit" });
  if (r.status !== 0) fail(`npm ${args.join(" ")} failed (exit ${r.status ?? r.signal})`);
}

/** Puts Debian's rg where @vscode/ripgrep looks for its download, as the release tarball it expects. */
function prefillRipgrepCache() {
  const shrinkwrap = JSON.parse(fs.readFileSync(path.join(vscodeDir, "npm-shrinkwrap.json"), "utf8"));
  const version = shrinkwrap.packages["node_modules/@vscode/ripgrep"]?.version;
  const asset = RIPGREP_ASSETS[version]?.[process.arch];
  if (!asset) {
    fail(`no known ripgrep release asset for @vscode/ripgrep ${version} on ${process.arch}: ` +
      "add it to RIPGREP_ASSETS (see that package's lib/postinstall.js)");
  }
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${version}`);
  const tarball = path.join(cacheDir, asset);
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "casedraft-rg-"));
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    fs.copyFileSync("/usr/bin/rg", path.join(staging, "rg"));
    const r = spawnSync("tar", ["czf", tarball, "-C", staging, "rg"], { stdio: "inherit" });
    if (r.status !== 0) fail(`could not write ${tarball}`);
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

/**
 * Runs `fn` holding a lock that other runs of this installer on the same checkout wait for: two `npm ci` in one
 * node_modules break each other. A lock left by a process that died is taken over. It lives in the temp folder,
 * keyed by the checkout's path, so nothing in the repository needs ignoring.
 */
async function withInstallLock(fn) {
  const key = createHash("sha256").update(hostDir).digest("hex").slice(0, 12);
  const lockDir = path.join(os.tmpdir(), `casedraft-host-install-${key}.lock`);
  const pidFile = path.join(lockDir, "pid");
  for (let waiting = false; ; waiting = true) {
    try {
      fs.mkdirSync(lockDir); // atomic: exactly one process creates it
      fs.writeFileSync(pidFile, String(process.pid));
      break;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
    const owner = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8") : NaN);
    if (owner && !isAlive(owner)) {
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!waiting) console.log(`test host install: waiting for another install (pid ${owner || "?"}) to finish`);
    await sleep(1000);
  }
  try {
    return await fn();
  } finally {
    fs.rmSync(lockDir, { recursive: true, force: true });
  }
}

/** Installs the pinned host unless it is already there. Resolves to whether it installed anything. */
export async function ensureInstalled() {
  if (isInstalled()) {
    checkDebianPackages(DEBIAN_NEEDS.filter((n) => n.atRunTime));
    return false;
  }
  return withInstallLock(() => (isInstalled() ? false : install()));
}

function install() {
  checkDebianPackages();
  const started = Date.now();
  const env = npmEnv();
  fs.rmSync(stampFile, { force: true });
  // First without any install script, so the nested packages can be approved and rg cached before they run.
  npm(["ci", "--ignore-scripts"], hostDir, env);
  for (const dir of [vscodeDir, path.join(vscodeDir, "extensions")]) {
    fs.writeFileSync(path.join(dir, ".npmrc"), `allow-scripts=${NESTED_ALLOW_SCRIPTS.join(",")}\n`);
  }
  prefillRipgrepCache();
  // Runs the install scripts approved in ./package.json (code-server's postinstall, which installs VS Code's
  // server dependencies, and argon2's native build).
  npm(["rebuild"], hostDir, env);
  const absent = INSTALLED_FILES.filter((f) => !fs.existsSync(f));
  if (absent.length > 0) fail(`install finished but these are missing:\n  ${absent.join("\n  ")}`);
  fs.writeFileSync(stampFile, `${installKey()}\n`);
  console.log(`test host install: done in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  ensureInstalled().then(
    (installed) => installed || console.log("test host install: already installed"),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
