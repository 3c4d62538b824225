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
  it("reports its activation time, measured from the bundle's first statement (printed, not judged)", async () => {
    const ext = vscode.extensions.getExtension<{ activationMs: number; host: string }>(EXTENSION_ID);
    assert.ok(ext);
    const api = await ext.activate();
    assert.equal(api.host, "desktop");
    assert.ok(Number.isFinite(api.activationMs) && api.activationMs > 0, `activationMs ${api.activationMs}`);
    console.log(`      activation: ${api.activationMs.toFixed(1)} ms (module evaluation and activate)`);
  });
});
