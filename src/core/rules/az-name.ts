import { fmt } from "../i18n";
import type { Fix, LintOptions, Localized } from "../types";
import { clauseAround } from "../wording/nearby";
import { judgedText } from "../wording/text";
import { defineRule } from "./util";

/**
 * An AZ name: a Region code plus a zone letter (ap-northeast-1c), or a Local Zone name (us-west-2-lax-1a).
 * Region codes (ap-northeast-1) have no letter and AZ IDs (apne1-az4) another shape, so neither matches; a name
 * inside a host name (ap-northeast-1a.fs-….efs…) is part of an identifier and is not judged either.
 */
export const AZ_NAME =
  /(?<![\w.-])(?:us-gov|us|eu|ap|sa|ca|me|af|il|mx|cn|eusc)-(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d(?:-[a-z]{3,4}-\d)?[a-z](?![\w-]|\.\w)/g;

/** An AZ ID: apne1-az4, use1-az6, usw2-lax1-az1. */
const AZ_ID = /\b[a-z]{2,5}\d-(?:[a-z]{3,4}\d-)?az\d{1,2}\b/;

function azMessage(az: string, azId: string | undefined): Localized {
  const region = az.replace(/(?:-[a-z]{3,4}-\d)?[a-z]$/, "");
  if (azId) {
    return fmt(
      {
        ja: "AZ 名「{az}」が指す物理的なゾーンはアカウントごとに異なります。このアカウントでは AZ ID {id} です。AZ ID で書いてください。例: {id}",
        en: "The AZ name \"{az}\" maps to a different physical zone in each account; in this account it is the AZ ID {id}. Write the AZ ID, e.g. {id}.",
      },
      { az, id: azId },
    );
  }
  return fmt(
    {
      ja: "AZ 名「{az}」が指す物理的なゾーンはアカウントごとに異なります。AZ ID を書いてください。例: {az} (AZ ID: apne1-az4)。AZ ID は `aws ec2 describe-availability-zones --region {region}` の ZoneId で確認できます。",
      en: "The AZ name \"{az}\" maps to a different physical zone in each account. Write the AZ ID, e.g. {az} (AZ ID: use1-az4); find it as ZoneId in `aws ec2 describe-availability-zones --region {region}`.",
    },
    { az, region },
  );
}

function azFixes(az: string, start: number, end: number, options: LintOptions): Fix[] {
  const id = options.aws.azIds?.[az];
  if (!id) return [];
  return [
    {
      title: fmt({ ja: "「{az}」を AZ ID {id} に置き換える", en: "Replace \"{az}\" with the AZ ID {id}" }, { az, id }),
      edits: [{ start, end, text: id }],
      preferred: true,
    },
  ];
}

export default defineRule({
  id: "az-name",
  category: "wording",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "ap-northeast-1c のような AZ 名を指摘します。リージョンコード(ap-northeast-1)や AZ ID(apne1-az4)は対象外です。",
      why: "古いリージョンでは、AZ 名と物理的なゾーンの対応がアカウントごとに異なります。あなたの ap-northeast-1c とサポートが見る ap-northeast-1c は別のゾーンかもしれません。AZ ID だけが、誰にとっても同じゾーンを指します。",
      fix: "AZ ID を書きます(`aws ec2 describe-availability-zones` の ZoneId。AWS の認証情報があればクイックフィックスで置き換えられます)。例: 「ap-northeast-1c」→「apne1-az1」。AZ 名のすぐ横に AZ ID があれば指摘しません(「ap-northeast-1c (apne1-az1)」)。",
    },
    en: {
      summary: "Reports AZ names such as us-east-1a. Region codes (us-east-1) and AZ IDs (use1-az4) are not reported.",
      why: "In older Regions the mapping of AZ names to physical zones differs per account: your us-east-1a may be another zone than the one support looks at. Only AZ IDs name the same zone for everyone.",
      fix: "Write the AZ ID (ZoneId in `aws ec2 describe-availability-zones`; with AWS credentials a quick fix replaces it), e.g. \"us-east-1a\" -> \"use1-az6\". An AZ ID right beside the name is fine: \"us-east-1a (use1-az6)\".",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nリージョン ap-northeast-1、AZ ID apne1-az4 のサブネットです。\n" },
      { text: "# T\n\nThe subnet is in us-east-1a (use1-az6).\n" },
      { text: "# T\n\n```\nAvailabilityZone: ap-northeast-1c\n```\n" },
    ],
    notOk: [
      { text: "# T\n\nap-northeast-1c のインスタンスだけが応答しません。\n", count: 1 },
      { text: "# T\n\nOnly instances in us-east-1a and us-east-1b fail.\n", count: 2 },
      { text: "# T\n\nThe subnet is in ap-northeast-1c.\n", count: 1, options: { aws: { azIds: { "ap-northeast-1c": "apne1-az1" } } } },
    ],
  },
  check({ doc, options, report }) {
    const text = judgedText(doc);
    const messages = new Map<string, Localized>();
    for (const m of text.matchAll(AZ_NAME)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const c = clauseAround(doc.text, start, end, 24, 40);
      if (AZ_ID.test(doc.text.slice(c.start, start) + " " + doc.text.slice(end, c.end))) continue;
      const fixes = azFixes(m[0], start, end, options);
      let message = messages.get(m[0]);
      if (!message) messages.set(m[0], (message = azMessage(m[0], options.aws.azIds?.[m[0]])));
      report({ start, end, data: { az: m[0] }, message, ...(fixes.length ? { fixes } : {}) });
    }
  },
});
