// Rule metadata is the single source of the docs, the README table, the schema, the snippets and the settings
// schema: these fail when a file on disk drifts from what the metadata produces (fix: npm run gen).
import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { generatedFiles, readmeTable, RULES, rulesSchema, rulesSettingSchema, ruleNls } from "../../src/core";

const ROOT = path.join(__dirname, "..", "..", "..");

describe("generated files match rule metadata (npm run gen)", () => {
  for (const [file, text] of Object.entries(generatedFiles())) {
    it(file, () => assert.equal(fs.readFileSync(path.join(ROOT, file), "utf8"), text, `${file} is stale: run npm run gen`));
  }

  it("the README's rule table lists every rule", () => {
    const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
    assert.ok(readme.includes(readmeTable()), "README rule table is stale: run npm run gen");
    for (const r of RULES) assert.ok(readme.includes(`\`${r.id}\``), r.id);
  });

  it("the caseDraft.rules setting's schema lists every rule", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
      contributes: { configuration: { properties: Record<string, { properties?: unknown }> }[] };
    };
    const setting = pkg.contributes.configuration[0].properties["caseDraft.rules"];
    assert.deepEqual(Object.keys(setting.properties as object), Object.keys(rulesSchema().properties as object));
    assert.deepEqual(setting.properties, rulesSettingSchema().properties);
  });

  it("the setting's rule descriptions are translated in package.nls.json and package.nls.ja.json", () => {
    for (const [file, lang] of [["package.nls.json", "en"], ["package.nls.ja.json", "ja"]] as const) {
      const nls = JSON.parse(fs.readFileSync(path.join(ROOT, file), "utf8")) as Record<string, string>;
      for (const [key, text] of Object.entries(ruleNls(lang))) assert.equal(nls[key], text, `${file} ${key} is stale: run npm run gen`);
    }
  });

  it("every manifest string has an English and a Japanese translation", () => {
    const pkgText = fs.readFileSync(path.join(ROOT, "package.json"), "utf8");
    const keys = [...pkgText.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.json"), "utf8")) as Record<string, string>;
    const ja = JSON.parse(fs.readFileSync(path.join(ROOT, "package.nls.ja.json"), "utf8")) as Record<string, string>;
    for (const k of keys) {
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.ok(ja[k], `package.nls.ja.json lacks ${k}`);
    }
    assert.deepEqual(Object.keys(en).sort(), Object.keys(ja).sort());
  });
});
