/**
 * Everything generated from rule metadata: the rule pages (ja/en), the README rule table, the JSON schema of
 * `.casedraft.json`, the `caseDraft.rules` setting's schema and the snippet file. `npm run build` writes them;
 * a test fails when a file on disk differs from what this produces.
 */
import { SEVERITIES } from "./config";
import { RULES } from "./rules";
import { snippetFile } from "./template";
import type { Lang, Rule } from "./types";

const CATEGORY: Record<Rule["category"], { ja: string; en: string }> = {
  structure: { ja: "構成", en: "Structure" },
  wording: { ja: "言葉づかい", en: "Wording" },
  aws: { ja: "AWS", en: "AWS" },
  safety: { ja: "安全", en: "Safety" },
};

const SEVERITY_NAME: Record<string, { ja: string; en: string }> = {
  error: { ja: "エラー", en: "error" },
  warning: { ja: "警告", en: "warning" },
  info: { ja: "情報", en: "info" },
  hint: { ja: "ヒント", en: "hint" },
};

function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const f = "`".repeat(longest + 1);
  return `${f}markdown\n${text.replace(/\n$/, "")}\n${f}`;
}

export function rulePage(rule: Rule, lang: Lang): string {
  const d = rule.docs[lang];
  const ja = lang === "ja";
  const lines = [
    `# ${rule.id}`,
    "",
    `${ja ? "分類" : "Category"}: ${CATEGORY[rule.category][lang]} · ${ja ? "既定の重要度" : "Default severity"}: ${SEVERITY_NAME[rule.defaultSeverity][lang]}${rule.needsIdentity ? (ja ? " · AWS 認証情報が必要" : " · needs AWS credentials") : ""}`,
    "",
    d.summary,
    "",
    `## ${ja ? "なぜ" : "Why"}`,
    "",
    d.why,
    "",
    `## ${ja ? "直し方" : "How to fix"}`,
    "",
    d.fix,
    "",
    `## ${ja ? "例" : "Examples"}`,
    "",
  ];
  // The secret rule's examples hold fake credentials; secret scanners (vsce runs secretlint on every packaged
  // file) honour secretlint's own disable comments, invisible in the rendered page.
  const fakeSecrets = rule.category === "safety";
  if (fakeSecrets) lines.push("<!-- secretlint-disable -->", "");
  for (const ex of rule.examples.notOk) lines.push(ja ? "指摘される:" : "Reported:", "", fence(ex.text), "");
  for (const ex of rule.examples.ok) lines.push(ja ? "指摘されない:" : "Not reported:", "", fence(ex.text), "");
  if (fakeSecrets) lines.push("<!-- secretlint-enable -->", "");
  lines.push(
    `## ${ja ? "無効にするには" : "Turning it off"}`,
    "",
    ja ? "ファイル全体(`.casedraft.json` または設定 `caseDraft.rules`):" : "Everywhere (`.casedraft.json` or the setting `caseDraft.rules`):",
    "",
    "```json",
    `{ "rules": { "${rule.id}": "off" } }`,
    "```",
    "",
    ja ? "一部だけ(下書きの中のコメント):" : "In part (comments in the draft):",
    "",
    "```markdown",
    `<!-- casedraft-disable-next-line ${rule.id} -->`,
    `<!-- casedraft-disable ${rule.id} -->`,
    `<!-- casedraft-enable ${rule.id} -->`,
    "```",
    "",
  );
  return lines.join("\n");
}

export const README_TABLE_START = "<!-- rules:start (generated from rule metadata: npm run build) -->";
export const README_TABLE_END = "<!-- rules:end -->";

export function readmeTable(): string {
  const rows = ["| id | category | default | what it finds / 内容 |", "|---|---|---|---|"];
  for (const r of RULES) {
    // Plain ids, no relative links: the packaged README has no repository to resolve them against.
    rows.push(`| \`${r.id}\` | ${r.category} | ${r.defaultSeverity} | ${r.docs.en.summary} / ${r.docs.ja.summary} |`);
  }
  return `${README_TABLE_START}\n${rows.join("\n")}\n${README_TABLE_END}`;
}

/** The schema of the `rules` object, shared by `.casedraft.json` and the `caseDraft.rules` setting. */
export function rulesSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const r of RULES) {
    properties[r.id] = { enum: [...SEVERITIES], description: `${r.docs.en.summary} (default: ${r.defaultSeverity})` };
  }
  return {
    type: "object",
    description: "Per-rule severity or \"off\". / ルールごとの重要度または \"off\"。",
    properties,
    additionalProperties: false,
  };
}

/**
 * The `caseDraft.rules` setting's schema for package.json: the same rules, with each description a `%key%` that
 * package.nls.json / package.nls.ja.json translate (see `ruleNls`).
 */
export function rulesSettingSchema(): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const r of RULES) properties[r.id] = { enum: [...SEVERITIES], description: `%${ruleNlsKey(r.id)}%` };
  return { type: "object", properties, additionalProperties: false };
}

function ruleNlsKey(id: string): string {
  return `rule.${id}.description`;
}

/** The setting's rule descriptions in one language, for package.nls(.ja).json. */
export function ruleNls(lang: "ja" | "en"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of RULES) {
    out[ruleNlsKey(r.id)] = lang === "ja" ? `${r.docs.ja.summary}(既定: ${r.defaultSeverity})` : `${r.docs.en.summary} (default: ${r.defaultSeverity})`;
  }
  return out;
}

export function configSchema(): Record<string, unknown> {
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: "Support Case Draft configuration (.casedraft.json)",
    type: "object",
    additionalProperties: false,
    properties: {
      $schema: { type: "string" },
      language: { enum: ["auto", "ja", "en"], description: "Language of messages. / メッセージの言語。" },
      rules: rulesSchema(),
      glossary: {
        type: "array",
        description: "In-house terms and nicknames a stranger cannot know (high-context). / 社外の人には通じない社内用語・呼び名。",
        items: {
          anyOf: [
            { type: "string", minLength: 1 },
            {
              type: "object",
              required: ["term"],
              additionalProperties: false,
              properties: { term: { type: "string", minLength: 1 }, meaning: { type: "string" } },
            },
          ],
        },
      },
      timeZone: { type: "string", description: "Zone added by fixes, e.g. JST or UTC. / 修正で付けるタイムゾーン。" },
      include: { type: "array", items: { type: "string" }, description: "More globs of case drafts besides *.case.md. / *.case.md 以外に下書きとして扱う glob。" },
    },
  };
}

/** Every generated file, by path relative to the project root. */
export function generatedFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const r of RULES) for (const lang of ["ja", "en"] as const) files[`docs/rules/${lang}/${r.id}.md`] = rulePage(r, lang);
  files["schemas/casedraft.schema.json"] = JSON.stringify(configSchema(), null, 2) + "\n";
  files["snippets/case-draft.code-snippets"] = JSON.stringify(snippetFile(), null, 2) + "\n";
  return files;
}
