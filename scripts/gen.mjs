// Writes the files generated from rule metadata (docs, schema, snippets, README table, caseDraft.rules setting and
// its translated descriptions in package.nls(.ja).json).
// Run by `npm run gen` after bundling; `--check` only reports drift (exit 1) without writing.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const core = require("../dist/core.js");
const check = process.argv.includes("--check");
const drift = [];

function put(file, text) {
  const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined;
  if (old === text) return;
  drift.push(file);
  if (!check) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

for (const [file, text] of Object.entries(core.generatedFiles())) put(file, text);

const readme = fs.readFileSync("README.md", "utf8");
const a = readme.indexOf(core.README_TABLE_START);
const b = readme.indexOf(core.README_TABLE_END);
if (a >= 0 && b > a) put("README.md", readme.slice(0, a) + core.readmeTable() + readme.slice(b + core.README_TABLE_END.length));

const pkgText = fs.readFileSync("package.json", "utf8");
const pkg = JSON.parse(pkgText);
const conf = [].concat(pkg.contributes?.configuration ?? []);
for (const c of conf) if (c.properties?.["caseDraft.rules"]) {
  const old = c.properties["caseDraft.rules"];
  c.properties["caseDraft.rules"] = { ...core.rulesSettingSchema(), default: {}, markdownDescription: old.markdownDescription, scope: old.scope };
}
put("package.json", JSON.stringify(pkg, null, 2) + "\n");

// The setting's rule descriptions, translated through package.nls(.ja).json like every manifest string.
for (const [file, lang] of [["package.nls.json", "en"], ["package.nls.ja.json", "ja"]]) {
  const nls = JSON.parse(fs.readFileSync(file, "utf8"));
  const kept = Object.fromEntries(Object.entries(nls).filter(([k]) => !/^rule\.[\w-]+\.description$/.test(k)));
  put(file, JSON.stringify({ ...kept, ...core.ruleNls(lang) }, null, 2) + "\n");
}

if (check && drift.length) {
  console.log(`generated files out of date (run npm run build): ${drift.join(", ")}`);
  process.exit(1);
}
