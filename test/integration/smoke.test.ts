// The harness itself: a real VS Code, the extension under development loaded, the runner's workspace and
// environment visible to the extension host.
import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";
import { EXTENSION_ID } from "./util";

describe("smoke: the extension host", () => {
  it("is a real VS Code 1.x", () => {
    assert.match(vscode.version, /^1\.\d+\.\d+/);
  });

  it("has the extension under development", () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is loaded`);
  });

  it("opened the runner's temporary copy of the fixture workspace", () => {
    const expected = process.env.CASEDRAFT_TEST_WORKSPACE;
    assert.ok(expected, "CASEDRAFT_TEST_WORKSPACE reaches the extension host");
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, "a workspace folder is open");
    assert.equal(path.resolve(folder.uri.fsPath), path.resolve(expected));
  });
});

describe("smoke: activation", () => {
  it("reports its activation time: loading the bundle and activate (printed, not judged)", async () => {
    const ext = vscode.extensions.getExtension<{ activationMs: number; activateMs: number; host: string }>(EXTENSION_ID);
    assert.ok(ext);
    const api = await ext.activate();
    assert.equal(api.host, "desktop");
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs > 0, `activationMs ${api.activationMs}`);
    assert.ok(api.activateMs >= 0 && api.activateMs <= api.activationMs);
    // Reading and compiling the bundle happen before its first statement: time a fresh load of the same file
    // (its top level only builds objects, it registers nothing) to add them.
    const main = path.join(ext.extensionPath, "dist", "extension.js");
    const resolved = require.resolve(main);
    const cached = require.cache[resolved];
    delete require.cache[resolved];
    const t = performance.now();
    require(resolved);
    const loadMs = performance.now() - t;
    if (cached) require.cache[resolved] = cached;
    console.log(
      `      activation: ${(loadMs + api.activateMs).toFixed(1)} ms = load, compile and evaluate ${loadMs.toFixed(1)} ms + activate ${api.activateMs.toFixed(1)} ms` +
        ` (first load in the host: ${api.activationMs.toFixed(1)} ms from the first statement)`,
    );
  });
});

describe("smoke: the manifest as the host shows it", () => {
  it("every manifest string is translated: no %key% is left, down to each rule of the caseDraft.rules setting", () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const left: string[] = [];
    const walk = (v: unknown, at: string) => {
      if (typeof v === "string" && /^%[\w.-]+%$/.test(v)) left.push(`${at}: ${v}`);
      else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, `${at}.${k}`);
    };
    walk((ext.packageJSON as { contributes: unknown }).contributes, "contributes");
    assert.deepEqual(left, []);
    const rules = (ext.packageJSON as { contributes: { configuration: { properties: Record<string, { properties: Record<string, { description: string }> }> }[] } })
      .contributes.configuration[0].properties["caseDraft.rules"].properties;
    assert.match(rules["title-vague"].description, /level-1 heading|見出し 1/);
  });
});
