import { classifyArn } from "../../aws/arn";
import { findArns, identifierText } from "../../aws/text";
import { fmt } from "../i18n";
import { defineRule } from "./util";

const ACCOUNT_ID = /^\d{12}$/;

export default defineRule({
  id: "arn-other-account",
  category: "aws",
  defaultSeverity: "info",
  needsIdentity: true,
  docs: {
    ja: {
      summary: "ARN のアカウントが、現在の AWS 認証情報のアカウントと違うことを知らせます(認証情報が必要です)。",
      why: "サポートが調べられるのは、ケースを起票したアカウントのリソースだけです。別アカウントのリソースについてのケースは、そのアカウントから起票し直すよう求められます。",
      fix: "そのリソースのアカウントからケースを起票するか、アカウントをまたぐ構成であることを書きます。例: 「アカウント 111111111111 のロールから、アカウント 222222222222 のバケットにアクセスしています(クロスアカウント)」。",
    },
    en: {
      summary: "Tells when an ARN's account is not the account of the current AWS credentials (needs credentials).",
      why: "Support can only look at resources in the account the case is opened from; a case about another account's resource is sent back to be opened from that account.",
      fix: "Open the case from the resource's account, or say that the setup spans accounts, e.g. \"a role in account 111111111111 reads a bucket in account 222222222222 (cross-account)\".",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\narn:aws:ec2:us-east-1:111111111111:instance/i-0123456789abcdef0\n", options: { aws: { account: "111111111111" } } },
      { text: "# T\n\narn:aws:iam::aws:policy/ReadOnlyAccess and arn:aws:s3:::bucket\n", options: { aws: { account: "111111111111" } } },
    ],
    notOk: [
      { text: "# T\n\narn:aws:ec2:us-east-1:222222222222:instance/i-0123456789abcdef0\n", count: 1, options: { aws: { account: "111111111111" } } },
    ],
  },
  check({ doc, options, report }) {
    const current = options.aws.account;
    if (!current) return;
    for (const found of findArns(identifierText(doc))) {
      const info = classifyArn(found.arn);
      if (!info.account || !ACCOUNT_ID.test(info.account) || info.account === current) continue;
      report({
        start: found.start,
        end: found.end,
        data: { account: info.account, current },
        message: fmt(
          {
            ja: "この ARN のアカウント {account} は、現在の認証情報のアカウント {current} と違います。サポートが調べられるのは起票したアカウントのリソースだけです。アカウント {account} から起票するか、アカウントをまたぐ構成であることを書いてください。例: 「アカウント {current} から {account} のリソースにアクセスしています」",
            en: "This ARN is in account {account}, not the current credentials' account {current}. Support only looks at resources of the account the case is opened from: open it from account {account}, or say the setup spans accounts, e.g. \"account {current} accesses this resource in account {account}\".",
          },
          { account: info.account, current },
        ),
      });
    }
  },
});
