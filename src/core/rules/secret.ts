import type { CaseDocument, Range } from "../document";
import { fmt, fmtEach } from "../i18n";
import { findSecrets, KINDS, type SecretHit } from "../secrets";
import { credentialsFile, FAKE, privateKeyBlock } from "../secrets/fakes";
import type { Fix, Localized } from "../types";
import { defineRule } from "./util";

/** The marker a redaction leaves. In Markdown prose `<redacted>` would be read as an HTML tag and vanish. */
const MARKER = { code: "<redacted>", prose: "[redacted]" } as const;

/** Code blocks, inline code, comments and front matter, sorted: where the literal `<redacted>` is safe. */
function literalRanges(doc: CaseDocument): Range[] {
  const ranges: Range[] = [...doc.codeBlocks, ...doc.inlineCode, ...doc.comments];
  if (doc.frontMatter) ranges.push(doc.frontMatter);
  return ranges.sort((a, b) => a.start - b.start);
}

/** Whether `offset` lies in one of the sorted ranges (binary search; code, comments and front matter never overlap). */
function within(ranges: Range[], offset: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && offset < ranges[found].end;
}

function kindName(h: SecretHit): Localized {
  const name = KINDS[h.kind].name;
  return h.provider ? fmt(name, { provider: h.provider }) : name;
}

const KEY_ID_MESSAGE: Localized = {
  ja: "{what}が含まれています。キー ID とシークレットがそろうと誰でもその権限で AWS を操作できます。伏せ字にしてください(クイックフィックス)。例: {example}(先頭の AKIA/ASIA は長期キーか一時キーかを示すだけなので残せます)。",
  en: "{what} is in the draft: together they let anyone act with its permissions. Redact it (quick fix), e.g. {example} (the AKIA/ASIA prefix may stay: it only tells a long-term from a temporary key).",
};

const SECRET_MESSAGE: Localized = {
  ja: "{what}が含まれています。ケースは社外の担当者が読み、記録として残ります。伏せ字にしてください(クイックフィックス)。例: {example}。すでに誰かに共有した場合は無効化して再発行してください。AWS サポートの調査にシークレットは不要です。",
  en: "{what} is in the draft. A case is read by people outside your company and kept on record: redact it (quick fix), e.g. {example}. If the draft was already shared, revoke and replace it. AWS Support never needs your secrets.",
};

/** The message names the kind of secret and where it goes, never the value. */
function message(h: SecretHit): Localized {
  const what = kindName(h);
  const template = h.kind === "aws-access-key-id" ? KEY_ID_MESSAGE : SECRET_MESSAGE;
  const example = KINDS[h.kind].example;
  return fmtEach(template, (lang) => ({ what: what[lang], example }));
}

function redaction(h: SecretHit, marker: string): Fix {
  const what = kindName(h);
  return {
    title: { ja: `${what.ja}を伏せ字にする`, en: `Redact ${lowerFirst(what.en)}` },
    edits: [{ start: h.redactStart, end: h.redactEnd, text: marker }],
    preferred: true,
  };
}

function lowerFirst(s: string): string {
  return /^[A-Z][a-z]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

const fence = (body: string, lang = "") => "```" + lang + "\n" + body.replace(/\n$/, "") + "\n```\n";

export default defineRule({
  id: "secret",
  category: "safety",
  defaultSeverity: "error",
  docs: {
    ja: {
      summary:
        "シークレット(シークレットと対になったアクセスキー ID、シークレットアクセスキー、セッショントークン、秘密鍵、パスワード、接続文字列や URL の認証情報、GitHub・Slack・npm などのトークン)を指摘します。コードブロックの中も調べます。",
      why: "ケースは社外(AWS)の担当者が読み、記録として残ります。貼り付けた設定ファイルやコマンド出力にはシークレットが紛れ込みがちですが、サポートの調査にシークレットは不要です。検出には secretlint の推奨ルール(secretlint-rule-preset-recommend)と、ケースに多い形式を補う独自の検出を使います。アクセスキー ID だけなら識別子なので、シークレットと一緒のときだけ指摘します。",
      fix: "値を伏せ字にします(クイックフィックス。修正をすべて適用すると全部まとめて伏せ字になります)。行の形は残るので読み手は何の設定だったかわかります。例: `aws_secret_access_key = <redacted>`、`postgres://app:<redacted>@db.example.com/app`。アクセスキー ID は先頭 4 文字(AKIA/ASIA)を残します。長期キーか一時キーかがわかるだけで、誰のキーかは特定できないためです。すでに共有してしまったシークレットは無効化して再発行してください。",
    },
    en: {
      summary:
        "Reports secrets: access key IDs paired with their secret, secret access keys, session tokens, private keys, passwords, credentials in connection strings and URLs, and GitHub, Slack, npm and other tokens. Looks inside code blocks too.",
      why: "A case is read by people outside your company and kept on record. Pasted config files and command output carry secrets easily, and support never needs them. Detection uses secretlint's recommended rules (secretlint-rule-preset-recommend) plus detectors for the forms common in cases. An access key ID alone is an identifier, so it is reported only next to its secret.",
      fix: "Redact the value (quick fix; fix-all redacts every one). The line keeps its shape, so the reader still sees which setting it was, e.g. `aws_secret_access_key = <redacted>`, `postgres://app:<redacted>@db.example.com/app`. An access key ID keeps its first four characters (AKIA/ASIA): they tell a long-term from a temporary key and identify no one. Revoke and replace any secret that was already shared.",
    },
  },
  examples: {
    ok: [
      { text: `# T\n\nCloudTrail shows the call was made with the access key ${FAKE.keyId}.\n` },
      { text: `# T\n\n${fence(credentialsFile("AKIA<redacted>", "<redacted>"), "ini")}` },
      { text: "# T\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n" },
      { text: "# T\n\n- DB: password=${DB_PASSWORD}\n- Password: ********\n" },
      { text: "# T\n\nパスワードを変更しましたが、改善しません。\n" },
      { text: "# T\n\n```\nERROR 1045 (28000): Access denied for user 'app'@'10.0.0.5' (using password: YES)\n```\n" },
      { text: "# T\n\n```\nFATAL: invalid password: authentication failed for user \"app\"\n```\n" },
      { text: `# T\n\n${fence(privateKeyBlock("<redacted>"))}` },
    ],
    notOk: [
      { text: `# T\n\n${fence(credentialsFile(), "ini")}`, count: 2 },
      { text: `# T\n\n${fence(privateKeyBlock())}`, count: 1 },
      {
        text: `# T\n\n${fence(`export AWS_ACCESS_KEY_ID=${FAKE.tempKeyId}\nexport AWS_SECRET_ACCESS_KEY=${FAKE.secretKey2}\nexport AWS_SESSION_TOKEN=${FAKE.sessionToken}`, "sh")}`,
        count: 3,
      },
      { text: `# T\n\nThe app connects with postgres://app:${FAKE.password}@db.internal:5432/app and fails.\n`, count: 1 },
      { text: `# T\n\n- 接続先: Server=db01;Database=orders;User Id=app;Password=${FAKE.password};\n`, count: 1 },
      { text: `# T\n\nパスワード: ${FAKE.password}\n`, count: 1 },
      { text: `# T\n\nThe workflow uses the token ${FAKE.githubToken} to call the API.\n`, count: 1 },
    ],
  },
  check({ doc, report }) {
    const hits = findSecrets(doc);
    if (hits.length === 0) return;
    const literal = literalRanges(doc);
    for (const h of hits) {
      const inLiteral = within(literal, h.start);
      if (h.codeOnly && !inLiteral) continue;
      report({
        start: h.start,
        end: h.end,
        data: { kind: h.kind },
        message: message(h),
        fixes: [redaction(h, inLiteral ? MARKER.code : MARKER.prose)],
      });
    }
  },
});
