/** Output formats of `casedraft lint`: text for people, JSON for programs, SARIF 2.1.0 for code-scanning tools. */
import { RULES } from "../core/rules";
import type { Finding, Lang, Severity } from "../core/types";

export interface FileResult {
  file: string;
  findings: Finding[];
  sections: number;
}

export interface JsonFinding {
  file: string;
  ruleId: string;
  severity: Severity;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

export function toJson(results: FileResult[]): string {
  const out: JsonFinding[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      out.push({ file: r.file, ruleId: f.ruleId, severity: f.severity, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, message: f.message });
    }
  }
  return JSON.stringify(out, null, 2) + "\n";
}

const SARIF_LEVEL: Record<Severity, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note", hint: "note" };

export function toSarif(results: FileResult[], lang: Lang, version: string, docsBase: string): string {
  const rules = RULES.map((r) => ({
    id: r.id,
    shortDescription: { text: r.docs[lang].summary },
    fullDescription: { text: r.docs[lang].why },
    help: { text: r.docs[lang].fix },
    helpUri: `${docsBase}/${lang}/${r.id}.md`,
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
  }));
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: { driver: { name: "casedraft", version, informationUri: `${docsBase}/${lang}/`, rules } },
        results: results.flatMap((r) =>
          r.findings.map((f) => ({
            ruleId: f.ruleId,
            ...(RULES.findIndex((x) => x.id === f.ruleId) >= 0 ? { ruleIndex: RULES.findIndex((x) => x.id === f.ruleId) } : {}),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.split("\\").join("/") },
                  region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + "\n";
}

const LABEL: Record<Severity, { ja: string; en: string }> = {
  error: { ja: "エラー", en: "error" },
  warning: { ja: "警告", en: "warning" },
  info: { ja: "情報", en: "info" },
  hint: { ja: "ヒント", en: "hint" },
};

export function toText(results: FileResult[], lang: Lang, summary: (r: FileResult) => string, color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const sevColor: Record<Severity, string> = { error: "31", warning: "33", info: "36", hint: "2" };
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      lines.push(`${r.file}:${f.line}:${f.column}  ${paint(sevColor[f.severity], LABEL[f.severity][lang])}  ${f.message}  ${paint("2", `[${f.ruleId}]`)}`);
    }
    lines.push(summary(r));
  }
  return lines.join("\n") + "\n";
}
