// Issue 4 in a real VS Code: ARN / resource id / AZ hovers resolved with the current credentials, the identity in
// the status bar, profile switching, faults, and the az-name fix. The extension host's AWS SDK talks to the local
// stand-in that test/host/setup.mjs starts (profiles alpha and beta in two accounts, one profile per fault).
import * as assert from "node:assert/strict";
import * as http from "node:http";
import * as vscode from "vscode";
import { activate, apply, closeAll, codeAction, diagnosticsUntil, openDraft, ruleOf, setSetting, waitFor } from "./util";

const ARN_111 = "arn:aws:ec2:ap-northeast-1:111111111111:instance/i-0123456789abcdef0";

interface AwsStatus {
  visible: boolean;
  state: string;
  text: string;
  tooltip: string;
  profile: string;
  profileSource: string;
  account?: string;
  principal?: string;
  reason?: string;
}

function draft(frontMatter = "", extra = ""): string {
  return `${frontMatter}# EC2 instance i-0123456789abcdef0 stops\n\n## Where\n\n- Instance: ${ARN_111}\n- AZ: ap-northeast-1a\n${extra}`;
}

/** The hover text at the first occurrence of `needle` in the editor's document. */
async function hoverText(editor: vscode.TextEditor, needle: string, offsetInNeedle = 5): Promise<string> {
  const at = editor.document.getText().indexOf(needle);
  assert.ok(at >= 0, `${needle} is in the draft`);
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, editor.document.positionAt(at + offsetInNeedle))) ?? [];
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n");
}

/** Hovers until the text matches (a lookup in flight finishes; the first hover may come from an older state). */
function hoverUntil(editor: vscode.TextEditor, needle: string, ok: RegExp, what: string, timeoutMs = 10000): Promise<string> {
  return waitFor(() => hoverText(editor, needle), (t) => ok.test(t), what, timeoutMs);
}

function status(): Promise<AwsStatus> {
  return Promise.resolve(vscode.commands.executeCommand<AwsStatus>("caseDraft.aws.status"));
}

function statusUntil(ok: (s: AwsStatus) => boolean, what: string): Promise<AwsStatus> {
  return waitFor(status, ok, what);
}

/** What the stand-in received (it serves its request log on GET /__requests). */
function standInRequests(): Promise<{ service: string; action: string; verified: boolean }[]> {
  const base = process.env.AWS_ENDPOINT_URL_STS;
  assert.ok(base, "the host was started with test/host/setup.mjs");
  return new Promise((resolve, reject) => {
    http
      .get(`${base}/__requests`, (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString("utf8")));
        res.on("end", () => resolve(JSON.parse(body) as { service: string; action: string; verified: boolean }[]));
      })
      .on("error", reject);
  });
}

async function useProfile(name: string | undefined): Promise<void> {
  await vscode.commands.executeCommand("caseDraft.selectProfile", null);
  await setSetting("aws.profile", name);
}

describe("AWS hovers, identity and profiles in the extension host", function () {
  this.timeout(60000);
  before(async () => {
    await activate();
    await setSetting("language", "en");
  });
  afterEach(async () => {
    await setSetting("aws.timeoutMs", undefined);
    await closeAll();
  });
  after(async () => {
    await useProfile(undefined);
    await setSetting("language", undefined);
  });

  it("the ARN hover names the parts and says 'same account' for profile alpha; the status bar shows alpha", async () => {
    await useProfile("alpha");
    const editor = await openDraft(draft());
    const text = await hoverUntil(editor, ARN_111, /Same account/, "same account");
    assert.match(text, /Amazon EC2/);
    assert.match(text, /Asia Pacific \(Tokyo\)/);
    assert.match(text, /instance/);
    assert.match(text, /i-0123456789abcdef0/);
    assert.match(text, /arn:aws:iam::111111111111:user\/alice/);
    assert.match(text, /profile alpha/);
    assert.match(text, /console\.aws\.amazon\.com\/ec2\/home/);
    const s = await statusUntil((x) => x.state === "ok" && x.account === "111111111111", "status for alpha");
    assert.equal(s.visible, true);
    assert.equal(s.profile, "alpha");
    assert.equal(s.principal, "user alice");
  });

  it("switching the profile setting to beta: 'other account', the status bar and arn-other-account follow", async () => {
    await useProfile("alpha");
    const editor = await openDraft(draft());
    await hoverUntil(editor, ARN_111, /Same account/, "same account first");
    await diagnosticsUntil(editor.document.uri, (d) => !d.some((x) => ruleOf(x) === "arn-other-account"), "no arn-other-account under alpha");
    await useProfile("beta");
    const text = await hoverUntil(editor, ARN_111, /Other account/, "other account after switching");
    assert.match(text, /222222222222/);
    assert.match(text, /assumed-role\/Admin\/bob/);
    const s = await statusUntil((x) => x.account === "222222222222", "status for beta");
    assert.equal(s.principal, "role Admin");
    assert.equal(s.profile, "beta");
    const diags = await diagnosticsUntil(editor.document.uri, (d) => d.some((x) => ruleOf(x) === "arn-other-account"), "arn-other-account under beta");
    const other = diags.find((x) => ruleOf(x) === "arn-other-account");
    assert.equal(other?.severity, vscode.DiagnosticSeverity.Information);
    assert.match(String(other?.message), /111111111111.*222222222222/);
  });

  it("aws-profile: in the front matter wins over the setting, per draft", async () => {
    await useProfile("alpha");
    const editor = await openDraft(draft("---\naws-profile: beta\n---\n"));
    await hoverUntil(editor, ARN_111, /Other account/, "other account from the front matter");
    const s = await statusUntil((x) => x.account === "222222222222", "status follows the draft");
    assert.equal(s.profileSource, "front matter");
  });

  it("Select AWS Profile sets the profile for the workspace, over the setting", async () => {
    await useProfile("alpha");
    const editor = await openDraft(draft());
    await hoverUntil(editor, ARN_111, /Same account/, "alpha first");
    await vscode.commands.executeCommand("caseDraft.selectProfile", "beta");
    await hoverUntil(editor, ARN_111, /Other account/, "beta after selecting it");
    assert.equal((await statusUntil((x) => x.profile === "beta", "selected")).profileSource, "selected");
    await vscode.commands.executeCommand("caseDraft.selectProfile", null);
    await hoverUntil(editor, ARN_111, /Same account/, "back to the setting's alpha");
  });

  it("a hanging endpoint: the hover comes within the timeout and says why", async () => {
    await setSetting("aws.timeoutMs", 1000);
    await useProfile("hang");
    const editor = await openDraft(draft());
    const t = Date.now();
    const text = await hoverText(editor, ARN_111);
    const took = Date.now() - t;
    assert.match(text, /did not answer within 1 s \(timeout\)/, text);
    assert.match(text, /Amazon EC2/, "the parts are shown all the same");
    assert.ok(took < 1000 + 2000, `hover took ${took} ms`);
  });

  const faults: [string, RegExp, string][] = [
    ["nocreds", /No AWS credentials were found \(profile nocreds\)/, "none"],
    ["expired", /session token\) of the profile expired have expired/, "expired"],
    ["throttle", /throttled/, "none"],
    ["malformed", /could not be read/, "none"],
  ];
  for (const [profile, reason, state] of faults) {
    it(`profile ${profile}: the hover says why, and the status bar shows '${state}'`, async () => {
      await useProfile(profile);
      const editor = await openDraft(draft());
      const text = await hoverUntil(editor, ARN_111, reason, `${profile} reason`);
      assert.match(text, /Could not check the account/);
      await statusUntil((x) => x.state === state && x.profile === profile, `status ${state}`);
    });
  }

  it("an expired session's hover gives the command to renew it", async () => {
    await useProfile("expired");
    const editor = await openDraft(draft());
    const text = await hoverUntil(editor, ARN_111, /aws sso login --profile expired/, "renew command");
    assert.match(text, /expired/);
  });

  it("the AZ name hover gives its AZ ID in the current account, and the az-name fix writes it", async () => {
    await useProfile("alpha");
    const editor = await openDraft(draft());
    const text = await hoverUntil(editor, "ap-northeast-1a", /apne1-az4/, "AZ ID in alpha");
    assert.match(text, /111111111111/);
    const diags = await diagnosticsUntil(editor.document.uri, (d) => d.some((x) => ruleOf(x) === "az-name" && /apne1-az4/.test(x.message)), "az-name with the AZ ID");
    const az = diags.find((x) => ruleOf(x) === "az-name");
    assert.ok(az);
    await apply(await codeAction(editor.document.uri, az.range, "quickfix", /apne1-az4/));
    assert.match(editor.document.getText(), /- AZ: apne1-az4\n/);
  });

  it("the same AZ name is another AZ ID in beta's account", async () => {
    await useProfile("beta");
    const editor = await openDraft(draft());
    await hoverUntil(editor, "ap-northeast-1a", /apne1-az1/, "AZ ID in beta");
  });

  it("a resource id hover gives its type", async () => {
    const editor = await openDraft(draft("", "- Volume: vol-0123456789abcdef\n"));
    assert.match(await hoverText(editor, "i-0123456789abcdef0 stops", 3), /EC2 instance/);
    const bad = await hoverText(editor, "vol-0123456789abcdef\n", 3);
    assert.match(bad, /EBS volume/);
    assert.match(bad, /Malformed/);
  });

  it("arn-malformed and resource-id-malformed need no credentials", async () => {
    await useProfile("nocreds");
    const editor = await openDraft(draft("", "- arn:aws:ec2:ap-northest-1:123456789012:instance/i-0123456789abcdef0\n- vol-0123456789abcdef\n"));
    await diagnosticsUntil(
      editor.document.uri,
      (d) => d.some((x) => ruleOf(x) === "arn-malformed") && d.some((x) => ruleOf(x) === "resource-id-malformed"),
      "both rules",
    );
  });

  it("the status bar is for case drafts only", async () => {
    await openDraft(draft());
    await statusUntil((x) => x.visible, "shown for a draft");
    await closeAll();
    await statusUntil((x) => !x.visible, "hidden without a draft");
  });

  it("only allow-listed, signed calls reached the endpoint", async () => {
    const requests = await standInRequests();
    assert.ok(requests.length > 0);
    for (const r of requests) {
      assert.ok(["sts:GetCallerIdentity", "ec2:DescribeAvailabilityZones"].includes(`${r.service}:${r.action}`), JSON.stringify(r));
      assert.ok(r.verified, JSON.stringify(r));
    }
  });
});
