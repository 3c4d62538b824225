/**
 * Lint options for a draft: `.casedraft.json` of its workspace folder, then the `caseDraft.*` settings on top.
 * Problems in `.casedraft.json` appear as diagnostics on that file, at the key that holds them.
 */
import * as vscode from "vscode";
import { findNodeAtLocation, parseTree, type JSONPath } from "jsonc-parser";
import {
  CONFIG_FILE,
  machineTimeZone,
  mergeConfigs,
  optionsFromConfig,
  parseConfigText,
  validateConfig,
  type CaseDraftConfig,
  type ConfigProblem,
  type LintOptions,
} from "../core";
import { setConfigIncludes } from "./documents";
import { uiLang } from "./i18n";

export class ConfigurationStore implements vscode.Disposable {
  private readonly fileConfigs = new Map<string, CaseDraftConfig>();
  private readonly problems: vscode.DiagnosticCollection;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];
  /** Fires when anything that changes lint results changed: the file or the settings. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly log: vscode.OutputChannel) {
    this.problems = vscode.languages.createDiagnosticCollection("case-draft-config");
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reload = () => void this.reload();
    this.disposables.push(
      this.problems,
      this.emitter,
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(reload),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration("caseDraft")) this.emitter.fire();
      }),
    );
  }

  /** Reads every workspace folder's `.casedraft.json`. */
  async reload(): Promise<void> {
    this.fileConfigs.clear();
    this.problems.clear();
    const includes: string[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE);
      let text: string;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      } catch {
        continue;
      }
      const parsed = parseConfigText(text);
      this.fileConfigs.set(folder.uri.toString(), parsed.config);
      includes.push(...(parsed.config.include ?? []));
      this.report(uri, text, parsed.problems);
    }
    setConfigIncludes(includes);
    this.emitter.fire();
  }

  private report(uri: vscode.Uri, text: string, problems: ConfigProblem[]): void {
    if (problems.length === 0) return;
    const lang = uiLang();
    const tree = parseTree(text);
    const diagnostics = problems.map((p) => {
      const node = tree && p.key !== "(file)" && p.key !== "(root)" ? findNodeAtLocation(tree, keyPath(p.key)) : undefined;
      // Point at the key itself when there is one ("rules.foo" -> the property name "foo").
      const target = node?.parent?.type === "property" ? node.parent.children?.[0] ?? node : node;
      const start = target ? positionOf(text, target.offset) : new vscode.Position(0, 0);
      const end = target ? positionOf(text, target.offset + target.length) : new vscode.Position(0, 1);
      const d = new vscode.Diagnostic(new vscode.Range(start, end), p.message[lang], vscode.DiagnosticSeverity.Error);
      d.source = "case-draft";
      return d;
    });
    this.problems.set(uri, diagnostics);
    this.log.appendLine(`${uri.fsPath}: ${diagnostics.map((d) => d.message).join(" / ")}`);
  }

  /** Lint options for a document. */
  optionsFor(doc: vscode.TextDocument): Partial<LintOptions> {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    const fileConfig = (folder && this.fileConfigs.get(folder.uri.toString())) || {};
    const settings = vscode.workspace.getConfiguration("caseDraft", doc.uri);
    const fromSettings = validateConfig({
      rules: settings.get("rules") ?? {},
      glossary: settings.get("glossary") ?? [],
      ...(settings.get<string>("timeZone") ? { timeZone: settings.get<string>("timeZone") } : {}),
    });
    for (const p of fromSettings.problems) this.warnOnce(p);
    const config = mergeConfigs(fileConfig, fromSettings.config);
    return { ...optionsFromConfig(config, { lang: uiLang(), timeZone: machineTimeZone() }), lang: uiLang() };
  }

  private readonly warned = new Set<string>();

  private warnOnce(p: ConfigProblem): void {
    const message = p.message[uiLang()];
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.log.appendLine(message);
    void vscode.window.showWarningMessage(`Support Case Draft: ${message}`);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** "rules.relative-time" -> ["rules", "relative-time"], "glossary[2]" -> ["glossary", 2]. */
function keyPath(key: string): JSONPath {
  const path: JSONPath = [];
  const first = key.indexOf(".");
  const head = first < 0 ? key : key.slice(0, first);
  const index = /^(\w+)\[(\d+)\]$/.exec(head);
  if (index) path.push(index[1], Number(index[2]));
  else path.push(head);
  if (first >= 0) path.push(key.slice(first + 1));
  return path;
}

function positionOf(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = before.split("\n").length - 1;
  return new vscode.Position(line, offset - (before.lastIndexOf("\n") + 1));
}
