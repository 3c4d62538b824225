// vsce scans every packaged file with secretlint and refuses to package when it finds a secret. The secret rule's
// documentation and the bundle hold fake credentials (rule examples), so this runs the same scan on them.
import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..", "..");

interface LintResult {
  ok: boolean;
  results?: { ruleId?: string }[];
}

// vsce's own scan (the configuration it packages with), loaded at run time: it is a dev tool, not a dependency.
const { lintText } = require("@vscode/vsce/out/secretLint.js") as { lintText(text: string, file: string, secrets: boolean, dotenv: boolean): Promise<LintResult> };

describe("packaging: vsce's secret scan passes on files that hold fake credentials", function () {
  this.timeout(60000);
  const files = ["docs/rules/en/secret.md", "docs/rules/ja/secret.md", "dist/extension.js"];
  for (const file of files) {
    it(file, async () => {
      const text = fs.readFileSync(path.join(ROOT, file), "utf8");
      const r = await lintText(text, path.basename(file), true, false);
      assert.ok(r.ok, `${file}: ${(r.results ?? []).map((x) => x.ruleId).join(", ")}`);
    });
  }

  it("the scan does catch the examples when the page's secretlint-disable comments are removed (the test can fail)", async () => {
    const text = fs.readFileSync(path.join(ROOT, "docs/rules/en/secret.md"), "utf8").replace(/<!-- secretlint-(?:disable|enable) -->/g, "");
    assert.equal((await lintText(text, "secret.md", true, false)).ok, false);
  });
});
