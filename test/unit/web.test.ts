// The web extension (package.json "browser": dist/web.js) for vscode.dev. No web extension host can be
// downloaded on these machines, so the real bundle runs here in a node:vm context holding only what a browser
// worker has (no require but "vscode", no process, no Buffer, no Node modules), against a small recording stand-in
// for the `vscode` API. It must activate, lint a case draft into diagnostics, and say that AWS needs the desktop.
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { builtinModules } from "node:module";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const BUNDLE = path.join(ROOT, "dist", "web.js");
const SEED = "# 問い合わせ\n\n今朝から AWS につながりません。障害など起きていないでしょうか。\n";
const ARN_DRAFT = "# EC2: 接続できない\n\n## Where\n\narn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0\n";

/** The parts of the `vscode` API the extension touches, recording what it registers and shows. */
function fakeVscode(language = "ja") {
  class Position {
    constructor(readonly line: number, readonly character: number) {}
  }
  class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
      this.start = typeof a === "number" ? new Position(a, b as number) : a;
      this.end = typeof a === "number" ? new Position(c as number, d as number) : (b as Position);
    }
  }
  class Uri {
    constructor(readonly scheme: string, readonly path: string) {}
    static parse(s: string) {
      const m = /^([\w+.-]+):(.*)$/.exec(s);
      return new Uri(m ? m[1] : "file", m ? m[2] : s);
    }
    static joinPath(u: Uri, ...parts: string[]) {
      return new Uri(u.scheme, [u.path, ...parts].join("/"));
    }
    toString() {
      return `${this.scheme}://${this.path}`;
    }
  }
  class EventEmitter<T> {
    private listeners: ((e: T) => void)[] = [];
    event = (l: (e: T) => void) => {
      this.listeners.push(l);
      return { dispose: () => undefined };
    };
    fire(e: T) {
      this.listeners.forEach((l) => l(e));
    }
    dispose() {}
  }
  class MarkdownString {
    value = "";
    supportThemeIcons = false;
    isTrusted = false;
    constructor(v = "") {
      this.value = v;
    }
    appendMarkdown(s: string) {
      this.value += s;
      return this;
    }
    appendText(s: string) {
      this.value += s;
      return this;
    }
    appendCodeblock(s: string) {
      this.value += "\n```\n" + s + "\n```\n";
      return this;
    }
  }
  class Kind {
    constructor(readonly value: string) {}
    append(s: string) {
      return new Kind(`${this.value}.${s}`);
    }
  }
  const plain = (name: string) =>
    class {
      readonly kind = name;
      constructor(...args: unknown[]) {
        Object.assign(this, { args });
      }
    };
  const event = () => () => ({ dispose: () => undefined });
  const opened = new EventEmitter<unknown>();
  const diagnostics = new Map<string, { message: string; code: unknown }[]>();
  const commands = new Map<string, (...args: unknown[]) => unknown>();
  const hovers: { provideHover: (...a: unknown[]) => unknown }[] = [];
  const messages: string[] = [];
  const textDocuments: unknown[] = [];
  const api = {
    Position,
    Range,
    Uri,
    EventEmitter,
    MarkdownString,
    Selection: Range,
    Diagnostic: class {
      code: unknown;
      source?: string;
      constructor(readonly range: Range, readonly message: string, readonly severity: number) {}
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    Hover: class {
      constructor(readonly contents: MarkdownString, readonly range?: Range) {}
    },
    CodeAction: plain("CodeAction"),
    CodeLens: plain("CodeLens"),
    WorkspaceEdit: plain("WorkspaceEdit"),
    SnippetString: plain("SnippetString"),
    SnippetTextEdit: plain("SnippetTextEdit"),
    ThemeColor: plain("ThemeColor"),
    RelativePattern: plain("RelativePattern"),
    Disposable: class {
      constructor(readonly dispose: () => void) {}
    },
    CodeActionKind: { QuickFix: new Kind("quickfix"), SourceFixAll: new Kind("source.fixAll"), Empty: new Kind("") },
    StatusBarAlignment: { Left: 1, Right: 2 },
    TextEditorRevealType: { InCenterIfOutsideViewport: 2 },
    env: { language, clipboard: { writeText: async () => undefined } },
    workspace: {
      textDocuments,
      workspaceFolders: undefined,
      getWorkspaceFolder: () => undefined,
      getConfiguration: () => ({ get: (_k: string, d?: unknown) => d, inspect: () => undefined }),
      fs: {
        readFile: async () => {
          throw Object.assign(new Error("FileNotFound"), { code: "FileNotFound" });
        },
      },
      createFileSystemWatcher: () => ({ onDidChange: event(), onDidCreate: event(), onDidDelete: event(), dispose() {} }),
      onDidOpenTextDocument: opened.event,
      onDidChangeTextDocument: event(),
      onDidCloseTextDocument: event(),
      onDidChangeConfiguration: event(),
      onDidChangeWorkspaceFolders: event(),
      onDidGrantWorkspaceTrust: event(),
      isTrusted: true,
    },
    window: {
      activeTextEditor: undefined,
      visibleTextEditors: [],
      onDidChangeActiveTextEditor: event(),
      createOutputChannel: () => ({ appendLine() {}, append() {}, show() {}, dispose() {} }),
      createStatusBarItem: () => ({ show() {}, hide() {}, dispose() {} }),
      showInformationMessage: async (m: string) => {
        messages.push(m);
        return undefined;
      },
      showWarningMessage: async (m: string) => {
        messages.push(m);
        return undefined;
      },
      showErrorMessage: async (m: string) => {
        messages.push(m);
        return undefined;
      },
    },
    languages: {
      createDiagnosticCollection: () => ({
        set: (uri: Uri, d: { message: string; code: unknown }[]) => diagnostics.set(uri.toString(), d),
        delete: (uri: Uri) => diagnostics.delete(uri.toString()),
        clear: () => diagnostics.clear(),
        dispose() {},
      }),
      registerCodeActionsProvider: () => ({ dispose() {} }),
      registerCodeLensProvider: () => ({ dispose() {} }),
      registerHoverProvider: (_s: unknown, p: { provideHover: (...a: unknown[]) => unknown }) => {
        hovers.push(p);
        return { dispose() {} };
      },
      match: () => 0,
    },
    commands: {
      registerCommand: (id: string, f: (...args: unknown[]) => unknown) => {
        commands.set(id, f);
        return { dispose() {} };
      },
      executeCommand: async () => undefined,
    },
  };
  const open = (name: string, text: string) => {
    const lines = text.split("\n");
    const starts = lines.reduce<number[]>((acc, l, i) => (i === 0 ? [0] : [...acc, acc[i - 1] + lines[i - 1].length + 1]), []);
    const doc = {
      uri: new Uri("file", `/work/${name}`),
      fileName: `/work/${name}`,
      languageId: "markdown",
      version: 1,
      isClosed: false,
      lineCount: lines.length,
      getText: () => text,
      lineAt: (n: number) => ({ text: lines[n], range: new Range(n, 0, n, lines[n].length) }),
      positionAt: (o: number) => {
        let line = 0;
        while (line + 1 < starts.length && starts[line + 1] <= o) line++;
        return new Position(line, o - starts[line]);
      },
      offsetAt: (p: Position) => starts[p.line] + p.character,
    };
    textDocuments.push(doc);
    opened.fire(doc);
    return doc;
  };
  return { api, diagnostics, commands, hovers, messages, open };
}

function load(vscode: unknown): { activate: (ctx: unknown) => { lint: unknown; activationMs: number; host: string } } {
  const code = fs.readFileSync(BUNDLE, "utf8");
  const required: string[] = [];
  // What a browser's web worker offers, and nothing of Node's.
  const context = vm.createContext({
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    queueMicrotask,
    performance,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    AbortController,
    Intl,
    structuredClone,
    atob,
    btoa,
    crypto: globalThis.crypto,
  });
  const module = { exports: {} as Record<string, unknown> };
  const require = (id: string) => {
    required.push(id);
    if (id === "vscode") return vscode;
    throw new Error(`the web bundle required "${id}"`);
  };
  const wrapper = vm.runInContext(`(function (module, exports, require) {${code}\n})`, context, { filename: BUNDLE }) as (
    m: unknown,
    e: unknown,
    r: unknown,
  ) => void;
  wrapper(module, module.exports, require);
  assert.deepEqual([...new Set(required)], ["vscode"]);
  return module.exports as never;
}

const until = async (ok: () => boolean, what: string) => {
  for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  assert.ok(ok(), `timed out waiting for ${what}`);
};

describe("web extension (vscode.dev): dist/web.js without Node", function () {
  this.timeout(20000);

  it("package.json points the browser entry at the bundle", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { browser?: string };
    assert.equal(pkg.browser, "./dist/web.js");
    assert.ok(fs.existsSync(BUNDLE), "npm run build writes dist/web.js");
  });

  it("requires no Node built-in: only `vscode`", () => {
    const code = fs.readFileSync(BUNDLE, "utf8");
    const ids = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...ids], ["vscode"]);
    const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
    assert.deepEqual([...code.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((m) => m[1]).filter((id) => builtins.has(id)), []);
  });

  it("activates in a browser-like sandbox and lints a case draft into diagnostics", async () => {
    const fake = fakeVscode();
    const ext = load(fake.api);
    const api = ext.activate({ subscriptions: [], extensionUri: fake.api.Uri.parse("https://example.invalid/ext") });
    assert.equal(api.host, "web");
    assert.ok(api.activationMs >= 0 && Number.isFinite(api.activationMs));
    const doc = fake.open("seed.case.md", SEED);
    await until(() => fake.diagnostics.has(doc.uri.toString()), "diagnostics of the seed draft");
    const diags = fake.diagnostics.get(doc.uri.toString()) ?? [];
    const ids = diags.map((d) => (typeof d.code === "object" && d.code ? String((d.code as { value: unknown }).value) : String(d.code)));
    for (const id of ["title-vague", "section-missing", "relative-time", "vague-target"]) assert.ok(ids.includes(id), `${id} in ${ids.join(", ")}`);
    assert.match(diags.find((_, i) => ids[i] === "relative-time")?.message ?? "", /今朝/);
    // A README is not a case draft.
    const readme = fake.open("README.md", SEED);
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(fake.diagnostics.get(readme.uri.toString())?.length ?? 0, 0);
  });

  it("says plainly that the AWS features need the desktop, and still classifies ARNs offline", async () => {
    const fake = fakeVscode();
    load(fake.api).activate({ subscriptions: [], extensionUri: fake.api.Uri.parse("https://example.invalid/ext") });
    const select = fake.commands.get("caseDraft.selectProfile");
    assert.ok(select, "Select AWS Profile exists on the web");
    await select();
    assert.equal(fake.messages.length, 1);
    assert.match(fake.messages[0], /ブラウザー版の VS Code/);
    assert.match(fake.messages[0], /デスクトップ版/);

    const doc = fake.open("arn.case.md", ARN_DRAFT);
    const line = ARN_DRAFT.split("\n").findIndex((l) => l.startsWith("arn:"));
    const token = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) };
    const results = await Promise.all(fake.hovers.map((h) => h.provideHover(doc, new fake.api.Position(line, 10), token)));
    const text = results
      .filter(Boolean)
      .map((h) => (h as { contents: { value: string } }).contents.value)
      .join("\n");
    assert.match(text, /Amazon EC2|EC2/);
    assert.match(text, /instance/);
    assert.match(text, /ブラウザー版の VS Code/);
  });

  it("says it in English when VS Code's display language is English", async () => {
    const fake = fakeVscode("en");
    load(fake.api).activate({ subscriptions: [], extensionUri: fake.api.Uri.parse("https://example.invalid/ext") });
    await fake.commands.get("caseDraft.selectProfile")?.();
    assert.equal(fake.messages.length, 1);
    assert.match(fake.messages[0], /VS Code for the Web/);
    assert.match(fake.messages[0], /VS Code desktop/);
    assert.doesNotMatch(fake.messages[0], /[\u3040-\u30ff]/);
  });
});
