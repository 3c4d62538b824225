/**
 * ARN parsing and classification without credentials: partition, service (with its full name), Region (with its
 * name), account, resource type (the IAM dataset's key) and resource id.
 *
 * Classification picks the MOST specific ARN format that matches, not the first: `instance/${InstanceId}` beats
 * `${ResourceType}/${ResourceId}`, and `${BucketName}/${ObjectName}` beats `${BucketName}` for `bucket/key`.
 * Pure: no node built-ins and no SDK, so the lint core's rules may import it.
 */
import { fmt } from "../core/i18n";
import type { Localized } from "../core/types";
import { ARN_FORMATS, SERVICE_NAMES } from "./generated/arn-data";
import { isPartition, partitionByPattern, partitionName, partitionOfRegion, regionName } from "./partitions";

/** ARNs longer than this are not classified (the longest real ones are about 2,000 characters). */
export const MAX_ARN_LENGTH = 2048;

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

export type ArnProblemCode =
  | "incomplete"
  | "unknown-partition"
  | "unknown-service"
  | "unknown-region"
  | "region-partition-mismatch"
  | "region-not-used"
  | "region-missing"
  | "bad-account"
  | "account-missing"
  | "resource-missing"
  | "too-long";

export interface ArnProblem {
  code: ArnProblemCode;
  /** Structural problems (the ARN cannot be right) are errors; names the data may not know yet are warnings. */
  severity: "error" | "warning";
  message: Localized;
}

export interface ArnResourcePart {
  /** The variable's name in the IAM dataset's format, e.g. "InstanceId". */
  name: string;
  value: string;
}

export interface ArnInfo {
  arn: string;
  valid: boolean;
  partition: string | null;
  service: string | null;
  serviceName: string | null;
  region: string | null;
  regionName: string | null;
  account: string | null;
  /** The IAM dataset's resource type key (e.g. "instance"), or null when no format matches. */
  resourceType: string | null;
  resourceId: string | null;
  /** The IAM service prefix whose dataset entry matched (differs from `service` for a few, e.g. aco-automation). */
  iamPrefix: string | null;
  /** The ARN format that matched, e.g. arn:${Partition}:ec2:${Region}:${Account}:instance/${InstanceId}. */
  format: string | null;
  resourceParts: ArnResourcePart[];
  problems: ArnProblem[];
}

interface Token {
  literal?: string;
  variable?: string;
}

interface ArnFormat {
  service: string;
  region: string;
  account: string;
  resource: string;
  prefix: string;
  key: string;
  tokens: Token[];
  literalLength: number;
  variableCount: number;
  /** `*` in the resource: formats for "all X" rank below the format naming X's parts. */
  wildcardCount: number;
}

interface ServiceIndex {
  formats: ArnFormat[];
  /** Every format of the service has a Region / none has one (undefined: it depends on the resource). */
  regionAlways: boolean;
  regionNever: boolean;
  accountAlways: boolean;
  accountNever: boolean;
  /** Literal account fields some format uses ("aws" for AWS managed policies). */
  accountLiterals: Set<string>;
}

let index: Map<string, ServiceIndex> | undefined;

/**
 * Formats that real ARNs use but the IAM dataset lacks (it lists resources that policies can name, and an STS
 * session is not one): the caller ARN of every assumed role is one of these.
 */
const SUPPLEMENTARY_FORMATS = ["sts\t\t${Account}\tassumed-role/${RoleName}/${RoleSessionName}\t\tassumed-role"];

function isVariable(field: string): boolean {
  return field.startsWith("${") || field === "*";
}

/** `instance/${InstanceId}` -> [literal "instance/", variable "InstanceId"]; a `*` matches like a variable. */
function tokenize(resource: string): Token[] {
  const tokens: Token[] = [];
  const re = /\$\{([^}$]*)\}|\*/g;
  let at = 0;
  for (const m of resource.matchAll(re)) {
    const start = m.index ?? 0;
    if (start > at) tokens.push({ literal: resource.slice(at, start) });
    tokens.push({ variable: m[1] ?? "*" });
    at = start + m[0].length;
  }
  if (at < resource.length) tokens.push({ literal: resource.slice(at) });
  return tokens;
}

function parseFormatLine(line: string): ArnFormat {
  const [service, region, account, resource, prefix, key] = line.split("\t");
  const tokens = tokenize(resource);
  return {
    service,
    region,
    account,
    resource,
    prefix: prefix || service,
    key,
    tokens,
    literalLength: tokens.reduce((n, t) => n + (t.literal?.length ?? 0), 0),
    variableCount: tokens.filter((t) => t.variable !== undefined).length,
    wildcardCount: tokens.filter((t) => t.variable === "*").length,
  };
}

/** The dataset, parsed and grouped by service on first use. */
function services(): Map<string, ServiceIndex> {
  if (index) return index;
  index = new Map();
  for (const line of [...ARN_FORMATS.split("\n"), ...SUPPLEMENTARY_FORMATS]) {
    const f = parseFormatLine(line);
    let s = index.get(f.service);
    if (!s) {
      s = { formats: [], regionAlways: true, regionNever: true, accountAlways: true, accountNever: true, accountLiterals: new Set() };
      index.set(f.service, s);
    }
    s.formats.push(f);
    if (f.region === "") s.regionAlways = false;
    else s.regionNever = false;
    if (f.account === "") s.accountAlways = false;
    else s.accountNever = false;
    if (f.account !== "" && !isVariable(f.account)) s.accountLiterals.add(f.account);
  }
  return index;
}

/** Whether the dataset knows a service (the service field of ARNs, e.g. "ec2", "elasticloadbalancing"). */
export function isKnownService(service: string): boolean {
  return services().has(service);
}

/** The full name of a service: by its IAM prefix, else by the prefix most of its ARN formats come from. */
export function serviceFullName(service: string): string | undefined {
  const direct = SERVICE_NAMES[service];
  if (direct) return direct;
  const formats = services().get(service)?.formats ?? [];
  const counts = new Map<string, number>();
  for (const f of formats) counts.set(f.prefix, (counts.get(f.prefix) ?? 0) + 1);
  const best = [...counts].sort((a, b) => b[1] - a[1])[0];
  return best ? SERVICE_NAMES[best[0]] : undefined;
}

/** Splits an ARN into its six fields; undefined when it has fewer than six. */
export function splitArn(arn: string): ArnParts | undefined {
  if (!arn.startsWith("arn:")) return undefined;
  const fields: string[] = [];
  let at = 4;
  for (let i = 0; i < 4; i++) {
    const colon = arn.indexOf(":", at);
    if (colon < 0) return undefined;
    fields.push(arn.slice(at, colon));
    at = colon + 1;
  }
  const [partition, service, region, account] = fields;
  return { partition, service, region, account, resource: arn.slice(at) };
}

const WILDCARD = /[*?]/;
const ACCOUNT_ID = /^\d{12}$/;

/** Checks the fields that can be checked without credentials; returns the problems found. */
export function validateArn(arn: string): ArnProblem[] {
  if (arn.length > MAX_ARN_LENGTH) return [problem("too-long", "error", M.tooLong, { max: MAX_ARN_LENGTH })];
  const parts = splitArn(arn);
  if (!parts) return [problem("incomplete", "error", M.incomplete, { arn: shorten(arn) })];
  const problems: ArnProblem[] = [];
  const { partition, service, region, account, resource } = parts;
  if (!isPartition(partition) && !WILDCARD.test(partition)) {
    problems.push(problem("unknown-partition", "error", M.unknownPartition, { partition, suggestion: partitionSuggestion(region) }));
  }
  const svc = services().get(service);
  if (!svc && !WILDCARD.test(service)) problems.push(problem("unknown-service", "warning", M.unknownService, { service }));
  problems.push(...regionProblems(parts, svc));
  problems.push(...accountProblems(account, service, svc));
  if (resource === "") problems.push(problem("resource-missing", "error", M.resourceMissing, {}));
  return problems;
}

function regionProblems({ partition, service, region }: ArnParts, svc: ServiceIndex | undefined): ArnProblem[] {
  if (WILDCARD.test(region)) return [];
  if (region === "") return svc?.regionAlways ? [problem("region-missing", "error", M.regionMissing, { service })] : [];
  if (svc?.regionNever) return [problem("region-not-used", "error", M.regionNotUsed, { service, region })];
  const known = partitionOfRegion(region);
  if (known && isPartition(partition) && known !== partition) {
    return [problem("region-partition-mismatch", "error", M.regionPartition, { region, partition, known })];
  }
  if (known) return [];
  const fits = partitionByPattern(region);
  // A new Region fits its partition's pattern before the SDK's list has it: a warning, not an error.
  return [problem("unknown-region", fits ? "warning" : "error", M.unknownRegion, { region })];
}

function accountProblems(account: string, service: string, svc: ServiceIndex | undefined): ArnProblem[] {
  if (WILDCARD.test(account)) return [];
  if (account === "") return svc?.accountAlways ? [problem("account-missing", "error", M.accountMissing, { service })] : [];
  if (ACCOUNT_ID.test(account) || svc?.accountLiterals.has(account)) return [];
  return [problem("bad-account", "error", M.badAccount, { account: shorten(account) })];
}

function partitionSuggestion(region: string): string {
  return partitionOfRegion(region) ?? partitionByPattern(region) ?? "aws";
}

/**
 * Matches a resource against a format's tokens. Returns the variables' values with the smallest number of values
 * that contain `/` or `:` (a value holding a separator means a less specific reading), or undefined when the
 * format does not match. Dynamic programming over (token, offset): O(tokens x length^2) at worst, no backtracking.
 */
function matchTokens(tokens: Token[], s: string): { penalty: number; values: string[] } | undefined {
  const n = s.length;
  const memo = new Map<number, { penalty: number; values: string[] } | null>();
  const go = (i: number, p: number): { penalty: number; values: string[] } | null => {
    const key = i * (n + 1) + p;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let result: { penalty: number; values: string[] } | null = null;
    const t = tokens[i];
    if (!t) result = p === n ? { penalty: 0, values: [] } : null;
    else if (t.literal !== undefined) result = s.startsWith(t.literal, p) ? go(i + 1, p + t.literal.length) : null;
    else {
      for (let e = p + 1; e <= n; e++) {
        const rest = go(i + 1, e);
        if (!rest) continue;
        const value = s.slice(p, e);
        const penalty = rest.penalty + (/[/:]/.test(value) ? 1 : 0);
        if (!result || penalty < result.penalty) result = { penalty, values: [value, ...rest.values] };
      }
    }
    memo.set(key, result);
    return result;
  };
  return go(0, 0) ?? undefined;
}

function fieldMatches(format: string, value: string): boolean {
  if (format === "*") return true;
  if (format.startsWith("${")) return value !== "";
  return format === value;
}

interface Candidate {
  format: ArnFormat;
  values: string[];
  score: number[];
}

function better(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

/** The most specific format of the service that the ARN fits; `strictFields` also requires Region and account to fit. */
function bestFormat(parts: ArnParts, strictFields: boolean): Candidate | undefined {
  let best: Candidate | undefined;
  for (const format of services().get(parts.service)?.formats ?? []) {
    if (strictFields && !(fieldMatches(format.region, parts.region) && fieldMatches(format.account, parts.account))) continue;
    const m = matchTokens(format.tokens, parts.resource);
    if (!m) continue;
    // Fewest separator-holding values, then most literal text, then fewest wildcards and variables, then the
    // service's own dataset entry over another service's copy of the same format.
    const score = [-m.penalty, format.literalLength, -format.wildcardCount, -format.variableCount, format.prefix === parts.service ? 1 : 0];
    if (!best || better(score, best.score)) best = { format, values: m.values, score };
  }
  return best;
}

/** The resource id: what follows the format's leading literal (`instance/`), or the resource after its type. */
function resourceIdOf(resource: string, candidate: Candidate | undefined): string {
  const lead = candidate?.format.tokens[0]?.literal;
  if (lead !== undefined && candidate && candidate.format.tokens.length > 1) return resource.slice(lead.length);
  if (candidate) return resource;
  const sep = resource.search(/[/:]/);
  return sep >= 0 ? resource.slice(sep + 1) : resource;
}

/** Everything the hover and `casedraft arn` show about an ARN. Never throws. */
export function classifyArn(input: string): ArnInfo {
  const arn = String(input ?? "").trim();
  const problems = validateArn(arn);
  const parts = arn.length <= MAX_ARN_LENGTH ? splitArn(arn) : undefined;
  if (!parts) {
    return {
      arn,
      valid: false,
      partition: null,
      service: null,
      serviceName: null,
      region: null,
      regionName: null,
      account: null,
      resourceType: null,
      resourceId: null,
      iamPrefix: null,
      format: null,
      resourceParts: [],
      problems,
    };
  }
  const candidate = bestFormat(parts, true) ?? bestFormat(parts, false);
  const f = candidate?.format;
  const variables = f ? f.tokens.filter((t) => t.variable !== undefined).map((t) => t.variable as string) : [];
  return {
    arn,
    valid: problems.length === 0,
    partition: parts.partition,
    service: parts.service,
    serviceName: (f && SERVICE_NAMES[f.prefix]) ?? serviceFullName(parts.service) ?? null,
    region: parts.region,
    regionName: regionName(parts.region) ?? null,
    account: parts.account,
    resourceType: f?.key ?? null,
    resourceId: parts.resource === "" ? null : resourceIdOf(parts.resource, candidate),
    iamPrefix: f?.prefix ?? null,
    format: f ? `arn:\${Partition}:${f.service}:${f.region}:${f.account}:${f.resource}` : null,
    resourceParts: candidate ? variables.map((name, i) => ({ name, value: candidate.values[i] })) : [],
    problems,
  };
}

/** The partition's display name for an ARN's partition field, in both languages. */
export function arnPartitionName(partition: string): Localized | undefined {
  return partitionName(partition);
}

function problem(code: ArnProblemCode, severity: "error" | "warning", message: Localized, values: Record<string, string | number>): ArnProblem {
  return { code, severity, message: fmt(message, values) };
}

function shorten(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

const M = {
  tooLong: {
    ja: "ARN が長すぎます({max} 文字超)。ARN をそのままコピーして貼り付けてください。",
    en: "The ARN is too long (over {max} characters). Copy and paste the ARN as it is.",
  },
  incomplete: {
    ja: "「{arn}」は ARN の形になっていません。ARN は arn:パーティション:サービス:リージョン:アカウント:リソース の 6 つの部分からなります。例: arn:aws:ec2:ap-northeast-1:123456789012:instance/i-0123456789abcdef0",
    en: "\"{arn}\" is not a complete ARN: an ARN has six parts, arn:partition:service:region:account:resource, e.g. arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0.",
  },
  unknownPartition: {
    ja: "パーティション「{partition}」はありません。aws、aws-cn、aws-us-gov などです。例: arn:{suggestion}:…",
    en: "There is no partition \"{partition}\": it is aws, aws-cn, aws-us-gov or another AWS partition, e.g. arn:{suggestion}:….",
  },
  unknownService: {
    ja: "サービス「{service}」は ARN のサービス名として知られていません。綴りを確認してください。例: ec2、s3、rds、lambda",
    en: "\"{service}\" is not a known service name in ARNs. Check the spelling, e.g. ec2, s3, rds, lambda.",
  },
  unknownRegion: {
    ja: "リージョン「{region}」は AWS SDK の一覧にありません。綴りを確認してください。例: ap-northeast-1",
    en: "\"{region}\" is not a Region the AWS SDK knows. Check the spelling, e.g. us-east-1.",
  },
  regionPartition: {
    ja: "リージョン {region} はパーティション {known} のリージョンで、{partition} ではありません。例: arn:{known}:…:{region}:…",
    en: "Region {region} belongs to the partition {known}, not {partition}, e.g. arn:{known}:…:{region}:….",
  },
  regionNotUsed: {
    ja: "{service} の ARN にはリージョンを書きません(グローバルなリソースです)。例: arn:aws:{service}::123456789012:… (「{region}」を取り除く)",
    en: "{service} ARNs have no Region (the resource is global): remove \"{region}\", e.g. arn:aws:{service}::123456789012:….",
  },
  regionMissing: {
    ja: "{service} の ARN にはリージョンが必要です。例: arn:aws:{service}:ap-northeast-1:123456789012:…",
    en: "{service} ARNs need a Region, e.g. arn:aws:{service}:us-east-1:123456789012:….",
  },
  badAccount: {
    ja: "アカウント ID「{account}」が正しくありません。アカウント ID はハイフンなしの 12 桁の数字です。例: 123456789012",
    en: "\"{account}\" is not an account id: it is 12 digits without hyphens, e.g. 123456789012.",
  },
  accountMissing: {
    ja: "{service} の ARN にはアカウント ID(12 桁)が必要です。例: arn:aws:{service}:ap-northeast-1:123456789012:…",
    en: "{service} ARNs need the 12-digit account id, e.g. arn:aws:{service}:us-east-1:123456789012:….",
  },
  resourceMissing: {
    ja: "ARN の最後にリソース(例: instance/i-0123456789abcdef0)がありません。",
    en: "The ARN ends without its resource (e.g. instance/i-0123456789abcdef0).",
  },
} satisfies Record<string, Localized>;
