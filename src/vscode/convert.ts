/** Core results (1-based lines and columns, offsets) to VS Code objects and back. */
import * as vscode from "vscode";
import type { Edit, Finding, Severity } from "../core";

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export const DIAGNOSTIC_SOURCE = "case-draft";

export function findingRange(f: Finding): vscode.Range {
  return new vscode.Range(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1);
}

export function toDiagnostic(f: Finding, docs: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(findingRange(f), f.message, SEVERITY[f.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: f.ruleId, target: docs };
  return d;
}

export function ruleIdOf(d: vscode.Diagnostic): string | undefined {
  if (d.source !== DIAGNOSTIC_SOURCE) return undefined;
  return typeof d.code === "object" ? String(d.code.value) : d.code === undefined ? undefined : String(d.code);
}

export function editRange(document: vscode.TextDocument, e: Edit): vscode.Range {
  return new vscode.Range(document.positionAt(e.start), document.positionAt(e.end));
}
