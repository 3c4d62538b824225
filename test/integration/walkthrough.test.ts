// The getting-started walkthrough (issue 6): contributed with its five steps, every step's media shipped, every
// command its buttons run registered, and the walkthrough opens in the real workbench. The flow it teaches
// (new draft, snippet, hover, quick fix) is run here as a user following it would.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activate, closeAll, EXTENSION_ID, waitFor } from "./util";

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string };
  completionEvents?: string[];
}

const WALKTHROUGH = "caseDraft.gettingStarted";

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return ext;
}

async function nls(lang: "" | ".ja"): Promise<Record<string, string>> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extension().extensionUri, `package.nls${lang}.json`));
  return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
}

function steps(): Step[] {
  const pkg = extension().packageJSON as { contributes: { walkthroughs: { id: string; steps: Step[] }[] } };
  const walkthrough = pkg.contributes.walkthroughs.find((w) => w.id === WALKTHROUGH);
  assert.ok(walkthrough, "the walkthrough is contributed");
  return walkthrough.steps;
}

describe("getting-started walkthrough in the extension host", function () {
  this.timeout(30000);
  before(activate);
  after(closeAll);

  it("has the five steps of the issue, each titled and described in English and Japanese", async () => {
    const ids = steps().map((s) => s.id);
    assert.deepEqual(ids, ["createDraft", "fillSnippet", "readHover", "quickFix", "awsIdentity"]);
    const [en, ja] = [await nls(""), await nls(".ja")];
    for (const s of steps()) {
      for (const field of ["title", "description"] as const) {
        const k = `walkthrough.${s.id}.${field}`;
        assert.ok(en[k], `${k} in package.nls.json`);
        assert.match(ja[k] ?? "", /[\u3040-\u30ff\u4e00-\u9fff]/, `${k} in Japanese in package.nls.ja.json`);
        // The host shows the manifest localised: the step carries one of the two texts, not the %key%.
        assert.ok([en[k], ja[k]].includes(s[field]), `${s.id}.${field} is localised in the host: ${s[field]}`);
      }
    }
  });

  it("ships every step's media with the extension", async () => {
    for (const s of steps()) {
      const file = s.media.markdown ?? s.media.image;
      assert.ok(file, `${s.id} has media`);
      const stat = await vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, file));
      assert.ok(stat.size > 0, `${file} is not empty`);
    }
  });

  it("every button and completion event names a command that exists", async () => {
    const commands = new Set(await vscode.commands.getCommands(true));
    const [en, ja] = [await nls(""), await nls(".ja")];
    const named = new Set<string>();
    for (const s of steps()) {
      const k = `walkthrough.${s.id}.description`;
      for (const text of [en[k], ja[k]]) for (const m of text.matchAll(/\(command:([\w.]+)/g)) named.add(m[1]);
      for (const e of s.completionEvents ?? []) if (e.startsWith("onCommand:")) named.add(e.slice("onCommand:".length));
    }
    assert.ok(named.has("caseDraft.newDraft") && named.has("caseDraft.selectProfile"));
    assert.deepEqual([...named].filter((c) => !commands.has(c)), []);
  });

  it("opens in the workbench", async () => {
    const before = vscode.window.tabGroups.all.flatMap((g) => g.tabs).length;
    await vscode.commands.executeCommand("workbench.action.openWalkthrough", `${EXTENSION_ID}#${WALKTHROUGH}`, false);
    const tabs = await waitFor(
      () => vscode.window.tabGroups.all.flatMap((g) => g.tabs),
      (t) => t.length > before,
      "the walkthrough's editor tab",
    );
    assert.ok(tabs.some((t) => t.isActive), "a tab is active");
    await closeAll();
  });

  it("the flow it teaches works: new draft, the 5w2h-en snippet by name, a heading hover, a quick fix", async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>("caseDraft.newDraft", { lang: "en", letter: false });
    assert.ok(editor, "the new-draft command returns its editor");
    assert.match(editor.document.fileName, /\.case\.md$/);
    assert.match(editor.document.getText(), /^## When/m);

    // Step 2: the snippet the walkthrough names, inserted as the user would pick it.
    await vscode.commands.executeCommand("editor.action.selectAll");
    await vscode.commands.executeCommand("editor.action.insertSnippet", { langId: "markdown", name: "5W2H draft (English)" });
    await waitFor(() => editor.document.getText(), (t) => /^## How Much/m.test(t), "the 5W2H snippet's text");

    // Step 3: hover on a heading.
    const line = editor.document.getText().split("\n").findIndex((l) => /^## When/.test(l));
    const hovers = await waitFor(
      async () => (await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", editor.document.uri, new vscode.Position(line, 4))) ?? [],
      (h) => h.length > 0,
      "a hover on the When heading",
    );
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === "string" ? c : c.value))).join("\n");
    assert.match(text, /When/);

    // Step 4: a quick fix is offered on a finding of the fresh draft (placeholders left).
    const diags = await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === "case-draft"), (d) => d.length > 0, "findings on the fresh draft");
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", editor.document.uri, diags[0].range, "quickfix");
    assert.ok((actions ?? []).length > 0, "quick fixes are offered");
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });
});
