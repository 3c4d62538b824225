// Bundles the extension (Node and browser), the CLI and the importable core with esbuild.
// The AWS SDK is split into its own lazily required chunk so activation stays small.
import * as esbuild from "esbuild";
import fs from "node:fs";

const production = process.argv.includes("--production");
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: "warning",
  legalComments: "none",
  // jsonc-parser's UMD build requires its parts dynamically; its ES module build bundles cleanly.
  mainFields: ["module", "main"],
};

fs.rmSync("dist", { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: { extension: "src/vscode/extension.ts" },
    outdir: "dist",
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
  }),
  esbuild.build({
    ...common,
    entryPoints: { cli: "src/cli/main.ts", core: "src/core/index.ts" },
    outdir: "dist",
    platform: "node",
    format: "cjs",
    target: "node20",
    banner: { js: "" },
  }),
]);
const cli = "dist/cli.js";
fs.writeFileSync(cli, "#!/usr/bin/env node\n" + fs.readFileSync(cli, "utf8"));
fs.chmodSync(cli, 0o755);
