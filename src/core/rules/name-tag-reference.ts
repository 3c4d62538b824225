import { NAME_TAG_TERMS } from "../lexicon/name-tag";
import { Lexicon } from "../wording/matcher";
import { hasResourceIdInParagraph } from "../wording/nearby";
import { lexiconRule, termMessage } from "../wording/rule";

export default lexiconRule({
  id: "name-tag-reference",
  defaultSeverity: "warning",
  docs: {
    ja: {
      summary: "「web-01 というインスタンス」「Name タグが prod-db のサーバー」「the instance named web-01」のように、リソースを Name タグや呼び名で示している箇所を指摘します。",
      why: "Name タグは一意ではなく(同じ名前のリソースが複数あり得ます)、サポートからはお客様のタグが見えません。リソース ID や ARN でなければ、どのリソースか特定できません。",
      fix: "リソース ID か ARN を書きます。Name タグは添えても構いません。例: 「web-01 というインスタンス」→「EC2 インスタンス i-0123456789abcdef0(Name タグ: web-01)」。同じ段落にリソース ID か ARN があれば指摘しません。",
    },
    en: {
      summary: "Reports resources named by a Name tag or nickname: \"the instance named web-01\", \"Name tag prod-db\", web-01 というインスタンス.",
      why: "Name tags are not unique (several resources may share one) and support cannot see your tags: only a resource ID or ARN identifies the resource.",
      fix: "Give the resource ID or ARN; the Name tag may follow, e.g. \"the instance named web-01\" -> \"EC2 instance i-0123456789abcdef0 (Name tag: web-01)\". An ID or ARN in the same paragraph is enough.",
    },
  },
  examples: {
    ok: [
      { text: "# T\n\nEC2 インスタンス i-0123456789abcdef0(Name タグ: web-01)が再起動しました。\n" },
      { text: "# T\n\nThe Lambda function named order-writer times out.\n" },
    ],
    notOk: [
      { text: "# T\n\nweb-01 というインスタンスに SSH できません。\n", count: 1 },
      { text: "# T\n\nThe instance named web-01 fails its status checks.\n", count: 1 },
    ],
  },
  lexicon: new Lexicon(NAME_TAG_TERMS),
  // Only a real identifier cures it: a backticked name is still just a name.
  cured: (doc, m) => hasResourceIdInParagraph(doc, m),
  message: (m) =>
    termMessage(
      {
        ja: "「{term}」: Name タグや呼び名ではリソースを特定できません(重複し得るうえ、サポートからはタグが見えません)。リソース ID か ARN を書いてください。例: {example}",
        en: "\"{term}\": a Name tag or nickname does not identify a resource (names repeat, and support cannot see your tags). Give the resource ID or ARN, e.g. {example}.",
      },
      { ja: "EC2 インスタンス i-0123456789abcdef0(Name タグ: web-01)", en: "EC2 instance i-0123456789abcdef0 (Name tag: web-01)" },
      m,
    ),
});
