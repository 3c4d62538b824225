// Called by run.mjs before code-server starts: starts the AWS stand-in (test/aws-standin, compiled into out/) and
// returns the environment that points the extension host's AWS SDK at it — temporary shared config and credentials
// files with one profile per test key, AWS_ENDPOINT_URL_STS / _EC2, and no instance metadata. The variables that
// could let the SDK find other credentials are emptied (the SDK treats empty as unset).
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export async function setup({ tmpDir }) {
  const server = path.join(root, "out", "test", "aws-standin", "server.js");
  if (!fs.existsSync(server)) throw new Error(`no ${server}: run npm run compile-tests first`);
  const { startStandIn, writeAwsFiles, FOREIGN_AWS_ENV } = require(server);
  const standIn = await startStandIn({ slowMs: 1500 });
  const env = Object.fromEntries(FOREIGN_AWS_ENV.map((name) => [name, ""]));
  Object.assign(env, writeAwsFiles(path.join(tmpDir, "aws"), standIn.url), {
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  });
  return { env, teardown: () => standIn.close() };
}
