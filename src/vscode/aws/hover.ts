/**
 * Hovers on identifiers in case drafts: an ARN (its parts with names, a console link, and whether its account is
 * the current credentials' account), a resource id (its type), an AZ name (its AZ ID in the current account).
 * Lookups are bounded by the AWS timeout; a failed one says why and what to do, and the rest of the hover stands.
 */
import * as vscode from "vscode";
import { AZ_NAME } from "../../core/rules/az-name";
import type { Lang } from "../../core/types";
import { classifyArn, type ArnInfo } from "../../aws/arn";
import { consoleUrl } from "../../aws/console";
import { partitionName, regionName, regionOfAzName } from "../../aws/partitions";
import { findResourceIds, type ResourceIdInfo } from "../../aws/resourceIds";
import { arnAt } from "../../aws/text";
import type { AwsFailure, IdentityResult } from "../../aws/types";
import { isCaseDraft } from "../documents";
import { uiLang } from "../i18n";
import type { AwsController } from "./controller";

/** What the hover asks of AWS: the desktop's controller, or the web's stand-in that says it needs the desktop. */
export type AwsLookups = Pick<AwsController, "identity" | "profileFor" | "azIds" | "cachedIdentity">;

type Words = Record<string, { ja: string; en: string }>;

const W = {
  arn: { ja: "ARN", en: "ARN" },
  partition: { ja: "パーティション", en: "Partition" },
  service: { ja: "サービス", en: "Service" },
  region: { ja: "リージョン", en: "Region" },
  account: { ja: "アカウント", en: "Account" },
  resourceType: { ja: "リソース種別", en: "Resource type" },
  resourceId: { ja: "リソース ID", en: "Resource id" },
  none: { ja: "(なし)", en: "(none)" },
  unknown: { ja: "(不明)", en: "(unknown)" },
  console: { ja: "AWS コンソールで開く", en: "Open in the AWS console" },
  same: { ja: "✓ 同じアカウント: 現在の認証情報のアカウントです。", en: "✓ Same account: this is the current credentials' account." },
  other: {
    ja: "⚠ 別のアカウント: 現在の認証情報のアカウントは {current} です。サポートは起票したアカウントのリソースしか調べられません。",
    en: "⚠ Other account: the current credentials are in account {current}. Support only looks at resources of the account the case is opened from.",
  },
  noAccount: { ja: "この ARN にはアカウントがありません(S3 バケットや AWS 管理ポリシーなど)。", en: "This ARN names no account (S3 buckets, AWS managed policies...)." },
  caller: { ja: "現在の認証情報: {arn}(プロファイル {profile}、{source})", en: "Current credentials: {arn} (profile {profile}, {source})" },
  cannotCheck: { ja: "アカウントを確認できませんでした: ", en: "Could not check the account: " },
  azId: { ja: "AZ 名 {az} は、アカウント {account} では AZ ID **{id}** です(プロファイル {profile})。AZ 名はアカウントごとに別のゾーンを指すので、AZ ID で書いてください。", en: "In account {account}, the AZ name {az} is the AZ ID **{id}** (profile {profile}). AZ names map to other zones in other accounts: write the AZ ID." },
  azUnknown: { ja: "アカウント {account} には AZ 名 {az} がありません。", en: "Account {account} has no AZ named {az}." },
  cannotAz: { ja: "AZ ID を調べられませんでした: ", en: "Could not look up the AZ ID: " },
  wellFormed: { ja: "形は正しい ID です(プレフィックスと 8 桁または 17 桁の 16 進数)。", en: "Well formed (the prefix and 8 or 17 hex digits)." },
  malformed: { ja: "⚠ 形が正しくありません: ID はプレフィックスの後に 8 桁か 17 桁の小文字の 16 進数です。", en: "⚠ Malformed: an id is the prefix and 8 or 17 lowercase hex digits." },
} satisfies Words;

function say(word: { ja: string; en: string }, lang: Lang, values: Record<string, string> = {}): string {
  return word[lang].replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}

/** Inline code that survives any text: backticks inside become a longer fence. */
function code(s: string): string {
  const fence = s.includes("`") ? "``" : "`";
  return `${fence}${s.replace(/\n/g, " ")}${fence}`;
}

function row(label: string, value: string | null, note?: string | null): string {
  const cell = (s: string) => s.replace(/\|/g, "\\|");
  return `| ${cell(label)} | ${value ? code(value) : ""}${note ? ` ${cell(note)}` : ""} |`;
}

export class AwsHover implements vscode.HoverProvider {
  constructor(private readonly aws: AwsLookups) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    if (!isCaseDraft(document)) return undefined;
    const line = document.lineAt(position.line).text;
    const at = (start: number, end: number) => new vscode.Range(position.line, start, position.line, end);
    const arn = arnAt(line, position.character);
    if (arn) return this.whenDone(token, this.arnHover(document, classifyArn(arn.arn), at(arn.start, arn.end)));
    const id = [...findResourceIds(line)].find((r) => r.start <= position.character && position.character <= r.end);
    if (id) return this.resourceIdHover(id, at(id.start, id.end));
    for (const m of line.matchAll(AZ_NAME)) {
      const start = m.index ?? 0;
      if (start <= position.character && position.character <= start + m[0].length) {
        return this.whenDone(token, this.azHover(document, m[0], at(start, start + m[0].length)));
      }
    }
    return undefined;
  }

  /** The hover, or nothing once the editor no longer wants it (the lookup goes on and fills the cache). */
  private whenDone(token: vscode.CancellationToken, hover: Promise<vscode.Hover>): Promise<vscode.Hover | undefined> {
    return new Promise((resolve) => {
      const sub = token.onCancellationRequested(() => resolve(undefined));
      hover.then(
        (h) => resolve(h),
        () => resolve(undefined),
      ).finally(() => sub.dispose());
    });
  }

  private async arnHover(document: vscode.TextDocument, info: ArnInfo, range: vscode.Range): Promise<vscode.Hover> {
    const lang = uiLang();
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${say(W.arn, lang)}** — ${info.serviceName ?? info.service ?? ""}${info.resourceType ? ` · ${info.resourceType}` : ""}\n\n`);
    md.appendMarkdown("| | |\n|---|---|\n");
    md.appendMarkdown(
      [
        row(say(W.partition, lang), info.partition, info.partition ? partitionName(info.partition)?.[lang] : null),
        row(say(W.service, lang), info.service, info.serviceName),
        row(say(W.region, lang), info.region || say(W.none, lang), info.region ? regionName(info.region) ?? say(W.unknown, lang) : null),
        row(say(W.account, lang), info.account || say(W.none, lang)),
        row(say(W.resourceType, lang), info.resourceType ?? say(W.unknown, lang)),
        row(say(W.resourceId, lang), info.resourceId),
      ].join("\n") + "\n\n",
    );
    for (const p of info.problems) md.appendMarkdown(`${p.severity === "error" ? "$(error)" : "$(warning)"} ${escape(p.message[lang])}\n\n`);
    const url = consoleUrl(info);
    if (url) md.appendMarkdown(`[${say(W.console, lang)}](${url})\n\n`);
    md.appendMarkdown(await this.accountCheck(document, info, lang));
    md.supportThemeIcons = true;
    return new vscode.Hover(md, range);
  }

  /** "same account" / "other account" against the current identity, with the caller and profile, or why not. */
  private async accountCheck(document: vscode.TextDocument, info: ArnInfo, lang: Lang): Promise<string> {
    if (!info.account || !/^\d{12}$/.test(info.account)) return escape(say(W.noAccount, lang));
    const identity: IdentityResult = await this.aws.identity(document);
    if (!identity.ok) return failureText(say(W.cannotCheck, lang), identity.error, lang);
    const choice = this.aws.profileFor(document);
    const caller = escape(say(W.caller, lang, { arn: identity.value.arn, profile: identity.value.profile, source: choice.source }));
    const verdict = info.account === identity.value.account ? say(W.same, lang) : say(W.other, lang, { current: identity.value.account });
    return `${escape(verdict)}\n\n${caller}`;
  }

  private resourceIdHover(id: ResourceIdInfo, range: vscode.Range): vscode.Hover {
    const lang = uiLang();
    const md = new vscode.MarkdownString();
    md.appendMarkdown(`**${escape(id.kind.name[lang])}** ${code(id.id)}\n\n`);
    md.appendMarkdown(escape(say(id.wellFormed ? W.wellFormed : W.malformed, lang)));
    return new vscode.Hover(md, range);
  }

  private async azHover(document: vscode.TextDocument, az: string, range: vscode.Range): Promise<vscode.Hover> {
    const lang = uiLang();
    const region = regionOfAzName(az);
    const md = new vscode.MarkdownString();
    md.supportThemeIcons = true;
    md.appendMarkdown(`**AZ** ${code(az)} — ${code(region)} ${escape(regionName(region) ?? "")}\n\n`);
    const result = await this.aws.azIds(document, region);
    if (!result.ok) md.appendMarkdown(failureText(say(W.cannotAz, lang), result.error, lang));
    else {
      const id = result.value.ids[az];
      const profile = this.aws.cachedIdentity(document);
      const values = { az: code(az), account: result.value.account, id: id ?? "", profile: profile?.ok ? profile.value.profile : "" };
      md.appendMarkdown(id ? say(W.azId, lang, values) : say(W.azUnknown, lang, values));
    }
    return new vscode.Hover(md, range);
  }
}

function failureText(prefix: string, error: AwsFailure, lang: Lang): string {
  return `$(warning) ${escape(prefix + error.reason[lang])}\n\n${escapeKeepCode(error.fix[lang])}`;
}

/** Markdown-escapes plain text (messages may hold * _ [ ] from ARNs); parentheses are safe once [ is escaped. */
function escape(s: string): string {
  return s.replace(/[\\`*_[\]|<>]/g, "\\$&");
}

/** Like escape, but keeps `code` spans (the fixes quote commands). */
function escapeKeepCode(s: string): string {
  return s
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : escape(part)))
    .join("");
}
