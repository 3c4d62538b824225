import { findResourceIds } from "../../aws/resourceIds";
import { identifierText } from "../../aws/text";
import { fmt } from "../i18n";
import type { Localized } from "../types";
import { defineRule } from "./util";

const WHY: Record<"length" | "uppercase" | "not-hex", Localized> = {
  length: { ja: "{n} 桁です", en: "it has {n} digits" },
  uppercase: { ja: "大文字が含まれています", en: "it has capital letters" },
  "not-hex": { ja: "16 進数(0-9、a-f)以外の文字が含まれています", en: "it has characters other than 0-9 and a-f" },
};

export default defineRule({
  id: "resource-id-malformed",
  category: "aws",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "形の正しくないリソース ID(i-、vol-、sg-、subnet-、vpc- など)を指摘します。ID はプレフィックスの後に 8 桁か 17 桁の小文字の 16 進数が続きます。",
      why: "桁が欠けた ID や打ち間違えた ID では、サポートはリソースを見つけられず、ID を尋ね直すことになります。",
      fix: "コンソールか CLI から ID をそのままコピーします。例: `i-0123456789abcdef0`(17 桁)、`sg-1a2b3c4d`(8 桁)。",
    },
    en: {
      summary: "Reports resource ids (i-, vol-, sg-, subnet-, vpc-, ...) without the shape AWS gives them: the prefix, then 8 or 17 lowercase hexadecimal digits.",
      why: "With a truncated or mistyped id support cannot find the resource and has to ask for it again.",
      fix: "Copy the id from the console or the CLI, e.g. `i-0123456789abcdef0` (17 digits), `sg-1a2b3c4d` (8 digits).",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nInstances i-0123456789abcdef0 and i-1a2b3c4d, volume `vol-0a1b2c3d4e5f60718`.\n" },
      { text: "# T\n\nセキュリティグループ sg-web01(名前)、サブネット subnet-private1(名前)。\n" },
    ],
    notOk: [
      { text: "# T\n\nインスタンス i-0123456789abcdef が応答しません。\n", count: 1 },
      { text: "# T\n\nThe volume vol-0A1B2C3D4E5F60718 and sg-12345 fail.\n", count: 2 },
    ],
  },
  check({ doc, report }) {
    for (const id of findResourceIds(identifierText(doc))) {
      if (id.wellFormed || !id.problem) continue;
      const body = id.id.slice(id.kind.prefix.length + 1);
      const why = fmt(WHY[id.problem], { n: body.length });
      report({
        start: id.start,
        end: id.end,
        data: { id: id.id, kind: id.kind.resourceType },
        message: {
          ja: `リソース ID「${id.id}」(${id.kind.name.ja})の形が正しくありません: ${why.ja}。ID は ${id.kind.prefix}- の後に 8 桁か 17 桁の小文字の 16 進数です。例: ${id.kind.prefix}-0123456789abcdef0`,
          en: `The resource id "${id.id}" (${id.kind.name.en}) is malformed: ${why.en}. An id is ${id.kind.prefix}- followed by 8 or 17 lowercase hex digits, e.g. ${id.kind.prefix}-0123456789abcdef0.`,
        },
      });
    }
  },
});
