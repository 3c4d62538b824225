/**
 * `casedraft arn [--json] [--aws] [--profile P] [--lang ja|en] ARN...`: the classification the hover shows, one
 * object per ARN (SPEC §2.7). With --aws, also the current identity (STS GetCallerIdentity) and whether each ARN is
 * in that account, or `identityError` with the reason. Exit 0 when every ARN is valid, 1 when one is not, 2 usage.
 */
import { parseArgs } from "node:util";
import { classifyArn, type ArnInfo } from "../aws/arn";
import { consoleUrl } from "../aws/console";
import { partitionName } from "../aws/partitions";
import type { IdentityResult } from "../aws/types";
import { fmt } from "../core/i18n";
import type { Lang, Localized } from "../core/types";
import { cliSession } from "./aws";

/** `casedraft arn --json`: the classification's fields (SPEC §2.7), with problems and the account check as text. */
export type ArnJson = Pick<
  ArnInfo,
  "arn" | "valid" | "partition" | "service" | "serviceName" | "region" | "regionName" | "account" | "resourceType" | "resourceId" | "format"
> & {
  partitionName: string | null;
  consoleUrl: string | null;
  problems: { code: string; severity: string; message: string }[];
  identity?: { account: string; arn: string; profile: string };
  sameAccount?: boolean | null;
  identityError?: { kind: string; reason: string; fix: string };
};

const M = {
  noArns: { ja: "ARN を指定してください。例: casedraft arn arn:aws:s3:::my-bucket", en: "Give one or more ARNs, e.g. casedraft arn arn:aws:s3:::my-bucket" },
  badLang: { ja: "--lang は ja か en です(指定: {value})。", en: "--lang must be ja or en (got {value})." },
} satisfies Record<string, Localized>;

function toJson(info: ArnInfo, lang: Lang, identity: IdentityResult | undefined): ArnJson {
  const out: ArnJson = {
    arn: info.arn,
    valid: info.valid,
    partition: info.partition,
    service: info.service,
    serviceName: info.serviceName,
    region: info.region,
    regionName: info.regionName,
    account: info.account,
    resourceType: info.resourceType,
    resourceId: info.resourceId,
    partitionName: info.partition ? partitionName(info.partition)?.[lang] ?? null : null,
    format: info.format,
    consoleUrl: consoleUrl(info) ?? null,
    problems: info.problems.map((p) => ({ code: p.code, severity: p.severity, message: p.message[lang] })),
  };
  if (identity?.ok) {
    const { account, arn, profile } = identity.value;
    out.identity = { account, arn, profile };
    // An ARN without an account (S3 buckets, AWS managed policies) cannot be in another account.
    out.sameAccount = info.account && /^\d{12}$/.test(info.account) ? info.account === account : null;
  } else if (identity) {
    out.identityError = { kind: identity.error.kind, reason: identity.error.reason[lang], fix: identity.error.fix[lang] };
  }
  return out;
}

function toText(j: ArnJson, lang: Lang): string {
  const label = (ja: string, en: string) => (lang === "ja" ? ja : en);
  const lines = [j.arn];
  const row = (name: string, value: string | null | undefined, note?: string | null) => {
    if (value) lines.push(`  ${name.padEnd(14)}${value}${note ? `  (${note})` : ""}`);
  };
  row(label("パーティション", "partition"), j.partition, j.partitionName);
  row(label("サービス", "service"), j.service, j.serviceName);
  row(label("リージョン", "region"), j.region, j.regionName);
  row(label("アカウント", "account"), j.account);
  row(label("リソース種別", "resource type"), j.resourceType);
  row(label("リソース ID", "resource id"), j.resourceId);
  row(label("コンソール", "console"), j.consoleUrl);
  for (const p of j.problems) lines.push(`  ${p.severity}: ${p.message}`);
  if (j.identity) {
    const same = j.sameAccount === null ? label("アカウントなし", "no account in the ARN") : j.sameAccount ? label("同じアカウント", "same account") : label("別のアカウント", "other account");
    lines.push(`  ${label("認証情報", "identity").padEnd(14)}${j.identity.arn} (${label("プロファイル", "profile")} ${j.identity.profile}): ${same}`);
  }
  if (j.identityError) lines.push(`  ${label("認証情報", "identity").padEnd(14)}${j.identityError.reason} ${j.identityError.fix}`);
  return lines.join("\n");
}

export async function runArn(args: string[], lang0: Lang, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: "boolean", default: false }, aws: { type: "boolean", default: false }, profile: { type: "string" }, lang: { type: "string" } },
  });
  const lang: Lang = values.lang === undefined ? lang0 : values.lang === "ja" || values.lang === "en" ? values.lang : lang0;
  if (values.lang !== undefined && values.lang !== "ja" && values.lang !== "en") {
    err.write(fmt(M.badLang, { value: values.lang })[lang0] + "\n");
    return 2;
  }
  if (positionals.length === 0) {
    err.write(M.noArns[lang] + "\n");
    return 2;
  }
  let identity: IdentityResult | undefined;
  if (values.aws) {
    const session = cliSession();
    try {
      identity = await session.identity(values.profile || undefined);
    } finally {
      session.dispose();
    }
  }
  const results = positionals.map((arn) => toJson(classifyArn(arn), lang, identity));
  if (values.json) out.write(JSON.stringify(results, null, 2) + "\n");
  else out.write(results.map((r) => toText(r, lang)).join("\n\n") + "\n");
  return results.every((r) => r.valid) ? 0 : 1;
}
