// SPEC §4 in the settings: an untrusted workspace makes no AWS call and cannot change the profile, Region or
// endpoints; endpoints are machine-scoped; the manifest declares it.
import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { resolveAwsSettings } from "../../src/vscode/aws/settingsPolicy";

const ROOT = path.join(__dirname, "..", "..", "..");

describe("AWS settings and workspace trust", () => {
  const levels = {
    enabled: { defaultValue: true, workspaceValue: true },
    profile: { defaultValue: "", globalValue: "mine", workspaceValue: "theirs" },
    region: { defaultValue: "", workspaceValue: "us-west-2" },
    timeoutMs: { defaultValue: 3000, workspaceValue: 1000 },
    endpoints: { defaultValue: {}, globalValue: { sts: "http://127.0.0.1:4566" }, workspaceValue: { sts: "http://evil.invalid", ec2: "http://evil.invalid" } },
  };

  it("trusted: the workspace's profile and Region apply, endpoints only from the user's settings", () => {
    const s = resolveAwsSettings(levels, true);
    assert.equal(s.enabled, true);
    assert.equal(s.profile, "theirs");
    assert.equal(s.region, "us-west-2");
    assert.equal(s.timeoutMs, 1000);
    assert.deepEqual(s.endpoints, { sts: "http://127.0.0.1:4566" });
  });

  it("untrusted: nothing is enabled and no workspace value is read", () => {
    const s = resolveAwsSettings(levels, false);
    assert.equal(s.enabled, false);
    assert.equal(s.profile, "mine");
    assert.equal(s.region, undefined);
    assert.deepEqual(s.endpoints, { sts: "http://127.0.0.1:4566" });
  });

  it("off when the setting says so; the timeout is clamped; non-http endpoints are dropped", () => {
    assert.equal(resolveAwsSettings({ enabled: { globalValue: false } }, true).enabled, false);
    assert.equal(resolveAwsSettings({ timeoutMs: { globalValue: 5 } }, true).timeoutMs, 200);
    assert.equal(resolveAwsSettings({ timeoutMs: { globalValue: Number.NaN } }, true).timeoutMs, 3000);
    assert.deepEqual(resolveAwsSettings({ endpoints: { globalValue: { sts: "file:///etc/passwd", ec2: 3 } } }, true).endpoints, {});
  });

  it("the manifest: limited support in untrusted workspaces, AWS settings restricted, endpoints machine-scoped", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations: string[] } };
      contributes: { configuration: { properties: Record<string, { scope?: string }> }[]; commands: { command: string }[] };
    };
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, "limited");
    for (const key of ["caseDraft.aws.profile", "caseDraft.aws.region", "caseDraft.aws.enabled"]) {
      assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes(key), key);
    }
    assert.equal(pkg.contributes.configuration[0].properties["caseDraft.aws.endpoints"].scope, "machine");
    assert.ok(pkg.contributes.commands.some((c) => c.command === "caseDraft.selectProfile"));
  });
});
