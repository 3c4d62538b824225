// The precision corpus (test/fixtures/corpus): natural, well-written sentences must get no wording finding, vague
// ones must get the wording findings they are labelled with. Prints precision and recall per language.
import * as assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { lint, ruleById, type Finding } from "../../src/core";

const DIR = path.join(__dirname, "..", "..", "..", "test", "fixtures", "corpus");

interface Labelled {
  sentence: string;
  rules: string[];
}

function lines(file: string): string[] {
  return fs
    .readFileSync(path.join(DIR, file), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

function labelled(file: string): Labelled[] {
  return lines(file).map((l) => {
    const bar = l.indexOf(" | ");
    assert.ok(bar > 0, `${file}: "${l}" needs "rule-id | sentence"`);
    return { rules: l.slice(0, bar).split(",").map((r) => r.trim()), sentence: l.slice(bar + 3) };
  });
}

/** Wording findings of one sentence linted as a draft of its own (all severities, hints included). */
function wording(sentence: string): Finding[] {
  return lint(`# T\n\n${sentence}\n`, { lang: "en", timeZone: "UTC" }).filter((f) => ruleById(f.ruleId)?.category === "wording");
}

const show = (fs: Finding[]) => fs.map((f) => `${f.ruleId} "${f.data?.term ?? f.data?.abbreviation ?? ""}"`).join(", ");

for (const lang of ["ja", "en"] as const) {
  describe(`precision corpus (${lang})`, () => {
    const good = lines(`good-${lang}.txt`);
    const vague = labelled(`vague-${lang}.txt`);

    it("has at least 60 sentences of each kind, labelled with existing wording rules", () => {
      assert.ok(good.length >= 60, `${good.length} good sentences`);
      assert.ok(vague.length >= 60, `${vague.length} vague sentences`);
      for (const v of vague) for (const r of v.rules) assert.equal(ruleById(r)?.category, "wording", `${r} in "${v.sentence}"`);
    });

    it("precision and recall are 1 (printed)", () => {
      const falsePositives = good.map((s) => ({ s, found: wording(s) })).filter((x) => x.found.length > 0);
      const results = vague.map((v) => ({ v, found: wording(v.sentence) }));
      const truePositives = results.filter((r) => r.found.length > 0).length;
      const missedLabels = results.flatMap((r) => r.v.rules.filter((id) => !r.found.some((f) => f.ruleId === id)).map((id) => `${id}: ${r.v.sentence} (got ${show(r.found)})`));
      const labels = vague.reduce((n, v) => n + v.rules.length, 0);
      const precision = truePositives / Math.max(1, truePositives + falsePositives.length);
      const recall = truePositives / vague.length;
      const ruleRecall = (labels - missedLabels.length) / labels;
      console.log(
        `      corpus ${lang}: precision ${precision.toFixed(3)} (${falsePositives.length} of ${good.length} good sentences flagged), ` +
          `recall ${recall.toFixed(3)} (${truePositives} of ${vague.length} vague sentences flagged), labelled rules found ${ruleRecall.toFixed(3)} (${labels - missedLabels.length}/${labels})`,
      );
      assert.deepEqual(falsePositives.map((x) => `${x.s} -> ${show(x.found)}`), [], "good sentences with wording findings");
      assert.deepEqual(missedLabels, [], "labelled findings not produced");
    });
  });
}
