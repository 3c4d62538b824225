/**
 * Lints case drafts as the user types and publishes diagnostics.
 *
 * Linting is debounced per document and tagged with the document version: a result computed for an older
 * version than the one now in the editor is dropped, so only the latest text is ever reported, and typing in a
 * large draft never queues up work for text that no longer exists.
 */
import * as vscode from "vscode";
import { CaseDocument, lintDocument, type AwsContext, type Finding } from "../core";
import type { ConfigurationStore } from "./configuration";
import { isCaseDraft } from "./documents";
import { toDiagnostic } from "./convert";

export interface LintResult {
  version: number;
  doc: CaseDocument;
  findings: Finding[];
}

/** Supplies the AWS context (current account, AZ IDs) for a draft; the AWS module sets one when it loads. */
export type AwsContextProvider = (doc: vscode.TextDocument) => AwsContext;

const DEBOUNCE_MS = 250;

export class LintService implements vscode.Disposable {
  readonly diagnostics = vscode.languages.createDiagnosticCollection("case-draft");
  private readonly results = new Map<string, LintResult>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument>();
  private readonly disposables: vscode.Disposable[] = [];
  private awsContext: AwsContextProvider = () => ({});
  /** Fires after a document's diagnostics were updated. */
  readonly onDidLint = this.emitter.event;

  constructor(
    private readonly config: ConfigurationStore,
    private readonly docsUri: (ruleId: string) => vscode.Uri,
    private readonly log: vscode.OutputChannel,
  ) {
    this.disposables.push(
      this.diagnostics,
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document, DEBOUNCE_MS)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      config.onDidChange(() => this.relintAll()),
    );
  }

  setAwsContextProvider(provider: AwsContextProvider): void {
    this.awsContext = provider;
    this.relintAll();
  }

  /** Re-lints every open case draft (settings, config file, identity or trust changed). */
  relintAll(): void {
    this.results.clear();
    for (const d of vscode.workspace.textDocuments) {
      if (isCaseDraft(d)) this.schedule(d, 0);
      else this.diagnostics.delete(d.uri);
    }
  }

  /** The lint result for the document's current version, computed now if the debounced run has not happened yet. */
  resultFor(document: vscode.TextDocument): LintResult | undefined {
    if (!isCaseDraft(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.results.get(key);
    if (cached && cached.version === document.version) return cached;
    return this.lintNow(document);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    if (!isCaseDraft(document)) {
      this.diagnostics.delete(document.uri);
      return;
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (document.isClosed) return;
        this.lintNow(document);
      }, delay),
    );
  }

  private lintNow(document: vscode.TextDocument): LintResult | undefined {
    const version = document.version;
    try {
      const doc = new CaseDocument(document.getText());
      const findings = lintDocument(doc, { ...this.config.optionsFor(document), aws: this.awsContext(document) });
      // The editor may have moved on while we worked (a synchronous run cannot be overtaken, but be explicit).
      if (document.version !== version) return undefined;
      const result = { version, doc, findings };
      this.results.set(document.uri.toString(), result);
      this.diagnostics.set(document.uri, findings.map((f) => toDiagnostic(f, this.docsUri(f.ruleId))));
      this.emitter.fire(document);
      return result;
    } catch (e) {
      this.log.appendLine(`lint failed for ${document.uri.toString()}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      return undefined;
    }
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
    this.diagnostics.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.disposables.forEach((d) => d.dispose());
  }
}
