/**
 * A local stand-in for AWS STS and EC2 on 127.0.0.1, for tests of the real SDK path (no AWS is reachable here).
 * It speaks the real wire protocols — STS Query/XML GetCallerIdentity, EC2 Query/XML DescribeAvailabilityZones —
 * verifies every request's SigV4 signature with @smithy/signature-v4 against the test credentials, and answers per
 * access key. Some keys are faults: hang (never answers), slow, throttle, malformed XML, expired token.
 *
 *   node out/test/aws-standin/server.js DIR   # writes DIR/config and DIR/credentials, prints the env to use
 */
import { createHash, createHmac, type Hash, type Hmac } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { SignatureV4 } from "@smithy/signature-v4";
import type { SourceData } from "@smithy/types";

export type Fault = "none" | "hang" | "slow" | "throttle" | "malformed" | "expired";

export interface TestKey {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  account: string;
  user: string;
  fault: Fault;
}

/** Two accounts with working keys, and one key per fault. Secrets are test values, not real credentials. */
export const KEYS: Record<string, TestKey> = {
  alpha: { accessKeyId: "AKIAALPHAALPHAALPHA1", secretAccessKey: "alpha-test-secret-not-real-0000000000000", account: "111111111111", user: "user/alice", fault: "none" },
  beta: {
    accessKeyId: "ASIABETABETABETABET2",
    secretAccessKey: "beta-test-secret-not-real-00000000000000",
    sessionToken: "beta-test-session-token-not-real",
    account: "222222222222",
    user: "assumed-role/Admin/bob",
    fault: "none",
  },
  hang: { accessKeyId: "AKIAHANGHANGHANGHAN3", secretAccessKey: "hang-test-secret-not-real-00000000000000", account: "333333333333", user: "user/hang", fault: "hang" },
  slow: { accessKeyId: "AKIASLOWSLOWSLOWSLO4", secretAccessKey: "slow-test-secret-not-real-00000000000000", account: "444444444444", user: "user/slow", fault: "slow" },
  throttle: { accessKeyId: "AKIATHROTTLETHROTTL5", secretAccessKey: "throttle-test-secret-not-real-0000000000", account: "555555555555", user: "user/throttle", fault: "throttle" },
  malformed: { accessKeyId: "AKIAMALFORMEDMALFOR6", secretAccessKey: "malformed-test-secret-not-real-000000000", account: "666666666666", user: "user/malformed", fault: "malformed" },
  expired: {
    accessKeyId: "ASIAEXPIREDEXPIREDE7",
    secretAccessKey: "expired-test-secret-not-real-00000000000",
    sessionToken: "expired-test-session-token-not-real",
    account: "777777777777",
    user: "assumed-role/Old/session",
    fault: "expired",
  },
};

/** AZ name -> AZ ID differs per account, as it does in AWS's older Regions. */
const AZ_IDS: Record<string, Record<string, string>> = {
  "111111111111": { a: "az4", c: "az1", d: "az2" },
  "222222222222": { a: "az1", c: "az2", d: "az4" },
};

const REGION_SHORT: Record<string, string> = { "ap-northeast-1": "apne1", "us-east-1": "use1", "us-west-2": "usw2", "eu-west-1": "euw1" };

export interface RecordedRequest {
  service: string;
  action: string;
  accessKeyId: string;
  verified: boolean;
}

export interface StandIn {
  url: string;
  port: number;
  /** Every request received, in order (what the allow-list test inspects). */
  requests: RecordedRequest[];
  /** Milliseconds the "slow" key waits before answering. */
  slowMs: number;
  close(): Promise<void>;
}

/** SHA-256 and HMAC-SHA-256 in the shape @smithy/signature-v4 expects. */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: SourceData) {
    this.hash = secret ? createHmac("sha256", bytes(secret)) : createHash("sha256");
  }
  update(data: SourceData): void {
    this.hash.update(bytes(data));
  }
  async digest(): Promise<Uint8Array> {
    return new Uint8Array(this.hash.digest());
  }
}

function bytes(data: SourceData): string | Uint8Array {
  if (typeof data === "string" || data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

interface Authorization {
  accessKeyId: string;
  date: string;
  region: string;
  service: string;
  signedHeaders: string[];
  signature: string;
}

const AUTH = /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, ?SignedHeaders=([^,]+), ?Signature=([0-9a-f]{64})$/;

function parseAuthorization(header: string | undefined): Authorization | undefined {
  const m = AUTH.exec(header ?? "");
  if (!m) return undefined;
  return { accessKeyId: m[1], date: m[2], region: m[3], service: m[4], signedHeaders: m[5].split(";"), signature: m[6] };
}

/** Recomputes the signature from the request as received, with the key's secret. */
async function signatureValid(req: http.IncomingMessage, body: string, auth: Authorization, key: TestKey): Promise<boolean> {
  const amzDate = String(req.headers["x-amz-date"] ?? "");
  const when = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(amzDate);
  if (!when) return false;
  const signingDate = new Date(Date.UTC(+when[1], +when[2] - 1, +when[3], +when[4], +when[5], +when[6]));
  const url = new URL(req.url ?? "/", "http://stand-in");
  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) headers[name] = String(req.headers[name] ?? "");
  const query: Record<string, string> = {};
  url.searchParams.forEach((v, k) => (query[k] = v));
  const signer = new SignatureV4({
    credentials: { accessKeyId: key.accessKeyId, secretAccessKey: key.secretAccessKey, ...(key.sessionToken ? { sessionToken: key.sessionToken } : {}) },
    region: auth.region,
    service: auth.service,
    sha256: Sha256,
  });
  const [hostname, port] = String(req.headers.host ?? "").split(":");
  const signed = await signer.sign(
    { method: req.method ?? "POST", protocol: "http:", hostname, port: port ? Number(port) : undefined, path: url.pathname, query, headers, body },
    { signingDate, signingRegion: auth.region, signingService: auth.service, signableHeaders: new Set(auth.signedHeaders) },
  );
  const expected = parseAuthorization(String(signed.headers.authorization ?? signed.headers.Authorization ?? ""));
  return expected?.signature === auth.signature;
}

function xml(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/xml", "x-amzn-requestid": "standin-request" });
  res.end(text);
}

function stsError(res: http.ServerResponse, status: number, code: string, message: string): void {
  xml(
    res,
    status,
    `<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>standin-request</RequestId></ErrorResponse>`,
  );
}

function ec2Error(res: http.ServerResponse, status: number, code: string, message: string): void {
  xml(res, status, `<?xml version="1.0" encoding="UTF-8"?><Response><Errors><Error><Code>${code}</Code><Message>${message}</Message></Error></Errors><RequestID>standin-request</RequestID></Response>`);
}

function error(service: string, res: http.ServerResponse, status: number, code: string, message: string): void {
  if (service === "ec2") ec2Error(res, status, code, message);
  else stsError(res, status, code, message);
}

function callerIdentity(key: TestKey): string {
  const service = key.user.startsWith("assumed-role/") ? "sts" : "iam";
  return `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:${service}::${key.account}:${key.user}</Arn><UserId>AIDASTANDIN${key.account}</UserId><Account>${key.account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>standin-request</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
}

function availabilityZones(key: TestKey, region: string): string {
  const mapping = AZ_IDS[key.account] ?? { a: "az1", c: "az2", d: "az3" };
  const short = REGION_SHORT[region] ?? region.replace(/-/g, "").slice(0, 5);
  const items = Object.entries(mapping)
    .map(([letter, id]) => `<item><zoneState>available</zoneState><regionName>${region}</regionName><zoneName>${region}${letter}</zoneName><zoneId>${short}-${id}</zoneId><zoneType>availability-zone</zoneType></item>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><DescribeAvailabilityZonesResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>standin-request</requestId><availabilityZoneInfo>${items}</availabilityZoneInfo></DescribeAvailabilityZonesResponse>`;
}

const ALLOWED_ACTIONS: Record<string, string> = { GetCallerIdentity: "sts", DescribeAvailabilityZones: "ec2" };

export async function startStandIn(options: { slowMs?: number } = {}): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const standIn: StandIn = { url: "", port: 0, requests, slowMs: options.slowMs ?? 1500, close: async () => undefined };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse, body: string): Promise<void> => {
    if (req.method === "GET" && req.url === "/__requests") {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(requests));
      return;
    }
    const action = new URLSearchParams(body).get("Action") ?? "";
    const auth = parseAuthorization(req.headers.authorization);
    const service = auth?.service ?? "";
    const key = Object.values(KEYS).find((k) => k.accessKeyId === auth?.accessKeyId);
    const verified = Boolean(auth && key && (await signatureValid(req, body, auth, key)));
    requests.push({ service, action, accessKeyId: auth?.accessKeyId ?? "", verified });
    if (!auth || !key) return error(service, res, 403, service === "ec2" ? "AuthFailure" : "InvalidClientTokenId", "The security token included in the request is invalid.");
    if (!verified) return error(service, res, 403, service === "ec2" ? "AuthFailure" : "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
    if (ALLOWED_ACTIONS[action] !== service) return error(service, res, 400, "InvalidAction", `The stand-in does not implement ${service}:${action}.`);
    switch (key.fault) {
      case "hang":
        return; // never answer; the socket is destroyed when the stand-in closes
      case "slow":
        await new Promise((r) => setTimeout(r, standIn.slowMs));
        break;
      case "throttle":
        return error(service, res, 400, service === "ec2" ? "RequestLimitExceeded" : "Throttling", "Rate exceeded");
      case "malformed":
        return xml(res, 200, "<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>arn:aws:iam::6666");
      case "expired":
        return error(service, res, 403, "ExpiredToken", "The security token included in the request is expired");
      default:
        break;
    }
    if (action === "GetCallerIdentity") xml(res, 200, callerIdentity(key));
    else xml(res, 200, availabilityZones(key, auth.region));
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((e: unknown) => {
        if (!res.headersSent) xml(res, 500, `<ErrorResponse><Error><Code>InternalFailure</Code><Message>${String(e)}</Message></Error></ErrorResponse>`);
      });
    });
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  standIn.port = typeof address === "object" && address ? address.port : 0;
  standIn.url = `http://127.0.0.1:${standIn.port}`;
  standIn.close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return standIn;
}

/**
 * Writes a shared config and credentials file for the test keys (one profile per key, plus "nocreds": a profile
 * with a Region and no credentials) and returns the environment that points the SDK at them and the stand-in.
 */
export function writeAwsFiles(dir: string, url: string): Record<string, string> {
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, "config");
  const credentials = path.join(dir, "credentials");
  const profiles = Object.keys(KEYS);
  fs.writeFileSync(config, [...profiles, "nocreds"].map((p) => `[profile ${p}]\nregion = ap-northeast-1\n`).join("\n"));
  fs.writeFileSync(
    credentials,
    profiles
      .map((p) => {
        const k = KEYS[p];
        return `[${p}]\naws_access_key_id = ${k.accessKeyId}\naws_secret_access_key = ${k.secretAccessKey}\n${k.sessionToken ? `aws_session_token = ${k.sessionToken}\n` : ""}`;
      })
      .join("\n"),
  );
  return {
    AWS_CONFIG_FILE: config,
    AWS_SHARED_CREDENTIALS_FILE: credentials,
    AWS_ENDPOINT_URL_STS: url,
    AWS_ENDPOINT_URL_EC2: url,
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

/** Variables that would let the SDK find credentials other than the test files'. */
export const FOREIGN_AWS_ENV = [
  "AWS_ACCESS_KEY_ID",
  "AWS_SECRET_ACCESS_KEY",
  "AWS_SESSION_TOKEN",
  "AWS_PROFILE",
  "AWS_DEFAULT_PROFILE",
  "AWS_REGION",
  "AWS_DEFAULT_REGION",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_ROLE_ARN",
  "AWS_ENDPOINT_URL",
];

if (require.main === module) {
  const dir = process.argv[2] ?? fs.mkdtempSync(path.join(os.tmpdir(), "aws-standin-"));
  void startStandIn().then((s) => {
    const env = writeAwsFiles(dir, s.url);
    for (const [k, v] of Object.entries(env)) process.stdout.write(`export ${k}=${v}\n`);
  });
}
