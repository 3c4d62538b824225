/**
 * The current AWS identity for case drafts in the status bar: account, role or user, profile, and its state
 * (ok / expired / none / off). Clicking it runs Select AWS Profile.
 */
import * as vscode from "vscode";
import type { Lang } from "../../core/types";
import type { IdentityResult } from "../../aws/types";
import { isCaseDraft } from "../documents";
import { uiLang } from "../i18n";
import type { AwsController } from "./controller";

export type IdentityState = "ok" | "expired" | "none" | "off" | "loading";

/** What the item shows, for tests (command caseDraft.aws.status) and the tooltip. */
export interface AwsStatus {
  visible: boolean;
  state: IdentityState;
  text: string;
  tooltip: string;
  profile: string;
  profileSource: string;
  account?: string;
  principal?: string;
  arn?: string;
  reason?: string;
}

/** "user/alice" -> "user alice", "assumed-role/Admin/session" -> "role Admin": what the caller is, without noise. */
export function principalOf(arn: string): string {
  const resource = arn.split(":").slice(5).join(":");
  const [kind, name] = resource.split("/");
  if (kind === "assumed-role" || kind === "role") return `role ${name ?? ""}`.trim();
  if (kind === "user") return `user ${resource.slice("user/".length).split("/").pop() ?? ""}`.trim();
  if (kind === "root" || resource === "root") return "root";
  return resource;
}

function stateOf(result: IdentityResult | undefined): IdentityState {
  if (!result) return "loading";
  if (result.ok) return "ok";
  if (result.error.kind === "untrusted" || result.error.kind === "disabled") return "off";
  if (result.error.kind === "expired-token" || result.error.kind === "sso-expired") return "expired";
  return "none";
}

const ICONS: Record<IdentityState, string> = { ok: "$(pass)", expired: "$(warning)", none: "$(circle-slash)", off: "$(debug-disconnect)", loading: "$(sync~spin)" };

export class AwsStatusItem implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem("caseDraft.awsIdentity", vscode.StatusBarAlignment.Left, 99);
  private readonly disposables: vscode.Disposable[] = [];
  /** The last result per profile, shown once the session's cache of it has expired. */
  private readonly last = new Map<string, IdentityResult>();
  private status: AwsStatus = { visible: false, state: "off", text: "", tooltip: "", profile: "", profileSource: "" };

  constructor(private readonly aws: AwsController) {
    this.item.name = "Support Case Draft: AWS identity";
    this.item.command = "caseDraft.selectProfile";
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        // aws-profile: in the front matter may have changed.
        if (e.document === vscode.window.activeTextEditor?.document) this.update();
      }),
      aws.onDidChange(() => this.update()),
    );
    this.refresh();
  }

  get snapshot(): AwsStatus {
    return { ...this.status };
  }

  /** Shows what is known now; update() asks for the identity when nothing is known for the draft's profile. */
  refresh(): void {
    this.update();
  }

  private readonly pending = new Set<string>();

  /** One lookup per profile at a time (within the AWS timeout); the item updates when it ends. */
  private lookup(document: vscode.TextDocument, key: string): void {
    if (this.pending.has(key)) return;
    this.pending.add(key);
    void this.aws.identity(document).then((r) => {
      this.pending.delete(key);
      this.last.set(key, r);
      this.update();
    });
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCaseDraft(document)) {
      this.status = { ...this.status, visible: false };
      this.item.hide();
      return;
    }
    const lang = uiLang();
    const choice = this.aws.profileFor(document);
    const blocked = this.aws.blocked();
    const cached = this.aws.cachedIdentity(document);
    const result: IdentityResult | undefined = blocked ? { ok: false, error: blocked, at: Date.now() } : cached ?? this.last.get(profileKey(choice));
    if (cached) this.last.set(profileKey(choice), cached);
    // Nothing cached (first view, a switched profile, an expired entry): ask, and show the last state meanwhile.
    if (!cached && !blocked) this.lookup(document, profileKey(choice));
    const state = stateOf(result);
    const base = { visible: true, state, profile: choice.label, profileSource: choice.source };
    if (result?.ok) {
      const principal = principalOf(result.value.arn);
      this.status = { ...base, account: result.value.account, principal, arn: result.value.arn, text: `${ICONS.ok} ${result.value.account} · ${principal} · ${choice.label}`, tooltip: tooltipOk(result.value.arn, choice.label, choice.source, lang) };
    } else if (result) {
      const reason = result.error.reason[lang];
      this.status = { ...base, reason, text: `${ICONS[state]} AWS · ${choice.label}`, tooltip: `${reason}\n${result.error.fix[lang]}` };
    } else {
      this.status = { ...base, text: `${ICONS.loading} AWS · ${choice.label}`, tooltip: lang === "ja" ? "AWS の認証情報を確認しています…" : "Checking the AWS credentials…" };
    }
    this.item.text = this.status.text;
    this.item.tooltip = `${this.status.tooltip}\n\n${lang === "ja" ? "クリックでプロファイルを選択" : "Click to select the profile"}`;
    this.item.backgroundColor = state === "expired" ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
    this.item.show();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function profileKey(choice: { name: string | undefined; label: string }): string {
  return choice.name ?? `(sdk default) ${choice.label}`;
}

function tooltipOk(arn: string, profile: string, source: string, lang: Lang): string {
  return lang === "ja" ? `AWS の認証情報: ${arn}\nプロファイル: ${profile}(${source})` : `AWS identity: ${arn}\nProfile: ${profile} (${source})`;
}
