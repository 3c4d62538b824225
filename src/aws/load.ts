/**
 * Loads dist/aws.js (the AWS SDK and the lookups) on first use. The bundle sits next to the bundle that requires
 * it (dist/extension.js, dist/cli.js); the require is built at run time so esbuild leaves it alone.
 */
import path from "node:path";
import type { AwsModule } from "./types";

let loaded: AwsModule | undefined;

/** The AWS module, loaded from `dir` (default: this bundle's folder). Throws when the bundle is missing. */
export function loadAws(dir: string = __dirname): AwsModule {
  if (loaded) return loaded;
  const file = path.join(dir, "aws.js");
  // A plain `require(file)` with a computed path: esbuild keeps it as a runtime require instead of bundling.
  const nodeRequire = typeof require === "function" ? require : undefined;
  if (!nodeRequire) throw new Error("no require: the AWS bundle needs Node");
  loaded = nodeRequire(file) as AwsModule;
  return loaded;
}

/** Whether the AWS bundle has been loaded (activation must not load it). */
export function awsLoaded(): boolean {
  return loaded !== undefined;
}
