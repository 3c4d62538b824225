// Loaded before any test (.mocharc.json "require"): the unit suite never reaches AWS or the EC2 instance metadata
// address (169.254.169.254), whatever the machine's environment holds. `casedraft lint` asks for the current account
// when a draft has ARNs, so without this a CLI test on such a draft would run the SDK's default chain for real.
// Tests that exercise AWS point the SDK at the local stand-in (test/aws-standin) with their own variables.
for (const name of [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
]) {
  delete process.env[name];
}
process.env.AWS_EC2_METADATA_DISABLED = "true";
process.env.AWS_CONFIG_FILE = "/nonexistent/casedraft-unit-tests/config";
process.env.AWS_SHARED_CREDENTIALS_FILE = "/nonexistent/casedraft-unit-tests/credentials";
// Any call that still gets out goes to a closed port on this machine.
process.env.AWS_ENDPOINT_URL = "http://127.0.0.1:9";
