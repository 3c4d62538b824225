/**
 * Fake credentials for the `secret` rule's examples and tests, built when the module loads.
 *
 * They are assembled from short repeated seeds on purpose: the packaged extension and the repository must not
 * hold a literal that a secret scanner (vsce runs secretlint on every packaged file, hosting services scan
 * pushes) takes for a real credential. None of these was ever a key.
 */

/** `seed` repeated to exactly `n` characters. */
function fill(seed: string, n: number): string {
  return seed.repeat(Math.ceil(n / seed.length)).slice(0, n);
}

export const FAKE = {
  /** An access key id: AKIA + 16 upper-case letters and digits. */
  keyId: "AKIA" + fill("Q7ZV3M", 16),
  /** A temporary access key id. */
  tempKeyId: "ASIA" + fill("W4XR9P", 16),
  /** A secret access key: 40 base64 characters, ending in `/` as one in sixteen real keys do. */
  secretKey: fill("kR8vT2xN5bQj", 39) + "/",
  /** Another, ending in a letter. */
  secretKey2: fill("Zp4Lm9Qw2Xc7", 40),
  /** A session token with the prefix of current STS tokens. */
  sessionToken: "IQoJb3JpZ2luX2Vj" + fill("EJr3kP9x/zQ7mW2vT5nB8cY4", 220),
  /** The body of a PEM private key (base64 lines). */
  privateKeyBody: [fill("MIIEpAIBAAKCAQEA7", 64), fill("q3Vt9Lx2Rm8Kp5Wz", 64), fill("Hj4Nc6Bv1Xs0Ty7U", 40) + "=="].join("\n"),
  /** A classic GitHub personal access token. */
  githubToken: "ghp_" + fill("Xq7Lr2Vd9Mk4", 36),
  /** A Slack bot token. */
  slackToken: "xoxb-" + fill("20481", 12) + "-" + fill("77310", 13) + "-" + fill("Tq9Vz3Lm", 24),
  /** An npm access token. */
  npmToken: "npm_" + fill("Vb3Kq8Rz1Wd6", 36),
  /** A password. */
  password: "Hx" + fill("7!qZ", 10),
} as const;

/** A pasted ~/.aws/credentials file with a long-term key pair. */
export function credentialsFile(keyId: string = FAKE.keyId, secretKey: string = FAKE.secretKey): string {
  return `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secretKey}\nregion = ap-northeast-1\n`;
}

/** A PEM private key block. */
export function privateKeyBlock(body: string = FAKE.privateKeyBody, label = "RSA PRIVATE KEY"): string {
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
}
