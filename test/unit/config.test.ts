import * as assert from "node:assert/strict";
import { lint, mergeConfigs, optionsFromConfig, parseConfigText, validateConfig } from "../../src/core";

describe(".casedraft.json", () => {
  it("reads JSONC with comments and trailing commas", () => {
    const { config, problems } = parseConfigText('{\n // team settings\n "rules": { "title-vague": "off", },\n "language": "ja",\n}');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.rules, { "title-vague": "off" });
    assert.equal(config.language, "ja");
  });

  it("a syntax error names the file and the position", () => {
    const { problems } = parseConfigText('{ "rules": { "title-vague": "off" ');
    assert.equal(problems.length, 1);
    assert.match(problems[0].message.en, /\.casedraft\.json.*line 1/);
    assert.match(problems[0].message.ja, /行/);
  });

  it("an unknown rule id names the key and suggests the closest id", () => {
    const { config, problems } = validateConfig({ rules: { "title-vauge": "off", "section-missing": "error" } });
    assert.equal(problems[0].key, "rules.title-vauge");
    assert.match(problems[0].message.en, /Did you mean "title-vague"/);
    assert.deepEqual(config.rules, { "section-missing": "error" });
  });

  it("a bad severity names the key and the allowed values", () => {
    const { problems } = validateConfig({ rules: { "title-vague": "loud" } });
    assert.equal(problems[0].key, "rules.title-vague");
    assert.match(problems[0].message.en, /"loud".*"error", "warning", "info", "hint" or "off"/);
  });

  it("bad values elsewhere name their key; good values still apply", () => {
    const { config, problems } = validateConfig({ language: "fr", glossary: ["ok", 3], timeZone: "Tokyo time!", include: "x", colour: 1 });
    assert.deepEqual(problems.map((p) => p.key).sort(), ["colour", "glossary[1]", "include", "language", "timeZone"]);
    assert.deepEqual(config.glossary, [{ term: "ok" }]);
  });

  it("settings override the file rule by rule", () => {
    const merged = mergeConfigs({ rules: { "title-vague": "off", "section-missing": "info" } }, { rules: { "title-vague": "error" } });
    assert.deepEqual(merged.rules, { "title-vague": "error", "section-missing": "info" });
    const options = optionsFromConfig(merged, { lang: "en", timeZone: "UTC" });
    const f = lint("# Help\n", options);
    assert.equal(f.find((x) => x.ruleId === "title-vague")?.severity, "error");
    assert.equal(f.find((x) => x.ruleId === "section-missing")?.severity, "info");
  });
});
