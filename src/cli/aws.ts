/**
 * AWS for the CLI: loads dist/aws.js only when a command needs it, and gives `lint` the options.aws context
 * (the current account when the draft has ARNs with an account id; AZ IDs when it names AZs).
 */
import { AZ_NAME } from "../core/rules/az-name";
import type { AwsContext, CaseDocument, Localized } from "../core";
import { classifyArn } from "../aws/arn";
import { regionOfAzName } from "../aws/partitions";
import { frontMatterProfile } from "../aws/profile";
import { findArns, identifierText } from "../aws/text";
import { loadAws } from "../aws/load";
import type { AwsSession } from "../aws/types";

export const DEFAULT_TIMEOUT_MS = 3000;

/** The timeout for lookups: CASEDRAFT_AWS_TIMEOUT_MS when it is a sane number, else 3 s. */
export function cliTimeoutMs(): number {
  const n = Number(process.env.CASEDRAFT_AWS_TIMEOUT_MS);
  return Number.isFinite(n) && n >= 100 && n <= 60000 ? n : DEFAULT_TIMEOUT_MS;
}

/** A session for one CLI run (no file watching: the process ends soon). */
export function cliSession(): AwsSession {
  // Node 20 is what VS Code 1.99 ships; the SDK's notice about Node 22 would only clutter the CLI's stderr.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  return loadAws().createSession({ timeoutMs: cliTimeoutMs(), watchFiles: false });
}

/** What a draft needs from AWS: whether it has ARNs with account ids, and the Regions of the AZ names it has. */
export function awsNeeds(doc: CaseDocument): { account: boolean; regions: string[] } {
  const text = identifierText(doc);
  let account = false;
  for (const found of findArns(text)) {
    if (/^\d{12}$/.test(classifyArn(found.arn).account ?? "")) {
      account = true;
      break;
    }
  }
  const regions = new Set<string>();
  for (const m of doc.prose.matchAll(AZ_NAME)) regions.add(regionOfAzName(m[0]));
  return { account, regions: [...regions] };
}

/** The lint context for a draft; empty when it needs nothing or AWS cannot answer (lint never fails for AWS). */
export async function awsContextFor(doc: CaseDocument, session: () => AwsSession, warn: (message: Localized) => void): Promise<AwsContext> {
  const needs = awsNeeds(doc);
  if (!needs.account && needs.regions.length === 0) return {};
  const s = session();
  const profile = frontMatterProfile(doc.text);
  const identity = await s.identity(profile);
  if (!identity.ok) {
    warn({ ja: `${identity.error.reason.ja} ${identity.error.fix.ja}`, en: `${identity.error.reason.en} ${identity.error.fix.en}` });
    return {};
  }
  const azIds: Record<string, string> = {};
  for (const region of needs.regions) {
    const r = await s.azIds(profile, region);
    if (r.ok) Object.assign(azIds, r.value.ids);
  }
  return { account: identity.value.account, ...(Object.keys(azIds).length ? { azIds } : {}) };
}
