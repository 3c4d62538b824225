// Bundles the extension (Node and browser), the CLI and the importable core with esbuild.
// The AWS SDK is split into its own lazily required chunk so activation stays small.
import * as esbuild from "esbuild";
import fs from "node:fs";
import { builtinModules } from "node:module";

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
// The web extension (vscode.dev): the same features without Node. Its bundle must not import a Node built-in.
// secretlint's preset imports node:path for `basename` alone: src/vscode/web-path.ts stands in for it.
const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const web = await esbuild.build({
  ...common,
  entryPoints: { web: "src/vscode/web.ts" },
  outdir: "dist",
  platform: "browser",
  format: "cjs",
  target: "es2022",
  external: ["vscode"],
  metafile: true,
  // The web extension host is a web worker: no DOM. "worker" picks packages' worker builds (e.g.
  // decode-named-character-reference's, where the "browser" one calls document.createElement).
  conditions: ["worker"],
  define: { "process.env.NODE_ENV": '"production"' },
  alias: { "node:path": "./src/vscode/web-path.ts" },
});
const nodeInputs = Object.values(web.metafile.outputs).flatMap((o) => o.imports.filter((i) => nodeBuiltins.has(i.path)).map((i) => i.path));
if (nodeInputs.length > 0) throw new Error(`dist/web.js imports Node built-ins: ${[...new Set(nodeInputs)].join(", ")}`);

const cli = "dist/cli.js";
fs.writeFileSync(cli, "#!/usr/bin/env node\n" + fs.readFileSync(cli, "utf8"));
fs.chmodSync(cli, 0o755);
