// Bundles the extension (Node and browser), the CLI and the importable core with esbuild.
// The AWS SDK is split into its own lazily required chunk so activation stays small.
import * as esbuild from "esbuild";
import fs from "node:fs";

const production = process.argv.includes("--production");

// secretlint's recommended preset imports node-forge (~800 kB) and node:fs lazily, only to read GCP .p12 key files
// from disk. Drafts are text and the core never reads files, so those dynamic imports become a module that throws
// (the preset catches it) instead of being bundled.
const secretlintLazyImports = {
  name: "secretlint-lazy-imports",
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) =>
      args.kind === "dynamic-import" && args.importer.includes("secretlint-rule-preset-recommend")
        ? { path: args.path, namespace: "not-bundled" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "not-bundled" }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not bundled: only GCP .p12 files need it`)});`,
      loader: "js",
    }));
  },
};
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  logLevel: "warning",
  legalComments: "none",
  // jsonc-parser's UMD build requires its parts dynamically; its ES module build bundles cleanly.
  mainFields: ["module", "main"],
  plugins: [secretlintLazyImports],
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
  // The AWS SDK and the lookups: required at run time by extension.js and cli.js on the first AWS lookup.
  esbuild.build({
    ...common,
    entryPoints: { aws: "src/aws/bundle.ts" },
    outdir: "dist",
    platform: "node",
    format: "cjs",
    target: "node20",
  }),
]);
const cli = "dist/cli.js";
fs.writeFileSync(cli, "#!/usr/bin/env node\n" + fs.readFileSync(cli, "utf8"));
fs.chmodSync(cli, 0o755);
