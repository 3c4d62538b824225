/**
 * What a case asks for, judged sentence by sentence on the draft's prose (code, quotes and URLs masked): whether
 * it asks if AWS has an outage (`outage-question`), or asks for what AWS Support does not provide
 * (`out-of-scope-request`). Both need the sentence to be a question or a request: a statement such as
 * "the Health Dashboard showed no event" is not one.
 *
 * Precision first: asking support to find the cause of a problem with the writer's own resource
 * (「何が原因か調査してください」) is exactly what a case is for, and is never reported; only AWS's own root
 * cause and prevention plan are.
 */
import type { CaseDocument, Range } from "./document";
import type { Localized } from "./types";

export interface Sentence extends Range {
  text: string;
}

/** Sentences of the prose: cut after 。？！?! and line breaks, and after a period followed by a blank. */
export function sentences(prose: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(prose[s])) s++;
    while (e > s && /\s/.test(prose[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, text: prose.slice(s, e) });
    start = end;
  };
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    if (c === "\n") push(i);
    else if (c === "。" || c === "？" || c === "！" || c === "?" || c === "!") push(i + 1);
    else if (c === "." && (i + 1 === prose.length || /\s/.test(prose[i + 1]))) push(i + 1);
  }
  push(prose.length);
  return out;
}

const JA_REQUEST =
  /(?:ください|下さい|ますか|ませんか|でしょうか|ですか|ありますか|いますか|ますでしょうか|お願い(?:します|いたします|致します)|いただけ(?:ます|ません)か|頂け(?:ます|ません)か|知りたい|教えて|確認したい|か[?？]|か[。]?$)/;
const EN_REQUEST =
  /\?|^(?:is|are|was|were|do|does|did|has|have|can|could|will|would|should)\b|\b(?:please|could you|can you|would you|let us know|tell us|we (?:want|would like|need) to know|we need|i need|i want to know)\b/i;

/** Whether a sentence asks something (a question or a request). */
export function isRequest(s: string): boolean {
  return JA_REQUEST.test(s) || EN_REQUEST.test(s);
}

export interface ScopePattern {
  /** What kind of ask this is (reported as data). */
  topic: string;
  /** Any of these in a sentence that asks something. */
  patterns: RegExp[];
  /** Not when the sentence also says this (e.g. it asks to tell AWS's side from the writer's). */
  unless?: RegExp;
  message: Localized;
}

export interface ScopeMatch extends Range {
  topic: string;
  message: Localized;
}

/** Sentences of the draft that ask something one of the patterns describes (one match per sentence). */
export function scopeMatches(doc: CaseDocument, topics: readonly ScopePattern[]): ScopeMatch[] {
  const out: ScopeMatch[] = [];
  for (const s of sentences(doc.prose)) {
    const topic = topics.find((t) => t.patterns.some((p) => p.test(s.text)) && !t.unless?.test(s.text));
    if (topic && isRequest(s.text)) out.push({ start: s.start, end: s.end, topic: topic.topic, message: topic.message });
  }
  return out;
}

/** Questions whether AWS has an outage, or which of the writer's resources an AWS event affected. */
export const OUTAGE_TOPICS: readonly ScopePattern[] = [
  {
    topic: "outage",
    // "Is it AWS's side or our setting?" asks support to isolate a cause: in scope.
    unless: /切り分け|それとも|なのか|\bor (?:our|my|a|the) (?:config|configuration|settings?|code|application)\b/i,
    patterns: [
      // "…起きていないでしょうか", "…発生していますか": whether it is happening, not "it happens, please investigate".
      /(?:障害|不具合|ダウン|停止|問題|トラブル)(?:など|等)?(?:は|が|も)?(?:起きて|起こって|発生して|出て)(?:い|お)(?:ない|ません|る|ます|らず|りません)(?:でしょう|の|のでしょう)?か/,
      /AWS\s?(?:側|内部)?(?:の|で|に)?\s?(?:障害|ダウン)(?:は|が)?(?:ある|あり|発生|起き)/,
      /障害情報/,
      /\b(?:is|are) (?:there|aws|amazon|s3|ec2|lambda|rds|the (?:region|service)) (?:currently |now |still )?(?:having |experiencing )?(?:an? |any )?(?:ongoing |regional |current |active )?(?:outages?|incidents?|service (?:disruptions?|events?|issues?))\b/i,
      /\bis (?:aws|amazon|s3|ec2|lambda|rds|the region|the service|aws [a-z0-9]{2,20}) (?:currently |now |still )?down\b/i,
      /\b(?:was|has) there been an? (?:outage|incident|service disruption|service event)\b/i,
    ],
    message: {
      ja: "AWS 側の障害の有無はケースで尋ねるより、AWS Health Dashboard(https://health.aws.amazon.com/health/status)とアカウントの AWS Health イベントで確認する方が早く確実です。ケースでは調べてほしいリソースと症状を具体的に書いてください。例: 「i-0123456789abcdef0(apne1-az4)が 2025-04-15 09:12 JST から応答しません。このインスタンスのホストとネットワーク側を確認してください」",
      en: "Whether AWS has an outage is answered faster by the AWS Health Dashboard (https://health.aws.amazon.com/health/status) and your account's AWS Health events than by a case. Ask about your resource and its symptom instead, e.g. \"i-0123456789abcdef0 (use1-az4) stopped responding at 2025-04-15 09:12 UTC; please check its host and network.\"",
    },
  },
  {
    topic: "affected-resources",
    patterns: [
      /(?:リソース|インスタンス|環境|アカウント|サービス|システム)[^。]{0,16}影響を受けた(?:もの|リソース|インスタンス)?(?:は|が)?(?:あり|ある)/,
      /(?:障害|イベント)の影響(?:範囲|を受けたリソース)/,
      /\b(?:were|are|was|is) (?:any (?:of )?)?(?:our|my) (?:resources|instances|services|accounts?|workloads?) (?:affected|impacted) by (?:the|this|that|an?|today's|yesterday's) (?:outage|event|incident|disruption|issue)\b/i,
      /\bwhich (?:of (?:our|my) )?(?:resources|instances) (?:were|are|was) (?:affected|impacted)\b/i,
    ],
    message: {
      ja: "AWS のイベントでどのリソースが影響を受けたかは、AWS Health Dashboard の「アカウントのヘルス」で該当イベントの「影響を受けるリソース」タブに表示されます(AWS Health API でも取得できます)。ケースでは具体的な症状を尋ねてください。例: 「2025-04-15 09:12〜09:40 JST の ALB の 502 エラーが、このイベント(イベント ARN)によるものか確認してください」",
      en: "Which of your resources an AWS event affected is listed in your account's AWS Health Dashboard, on the event's \"Affected resources\" tab (and in the AWS Health API). In a case, ask about a concrete symptom, e.g. \"Please confirm whether the ALB's 502 errors from 09:12 to 09:40 UTC on 2025-04-15 were caused by this event (event ARN).\"",
    },
  },
];

/** What AWS Support does not provide, with what to ask instead. */
export const OUT_OF_SCOPE_TOPICS: readonly ScopePattern[] = [
  {
    topic: "aws-root-cause",
    patterns: [
      /(?:AWS|貴社|御社|アマゾン)\s?(?:として|側|社内|内部)?の?\s?(?:障害|インシデント|事象)?の?\s?(?:再発防止|根本原因|原因の詳細|詳細な原因|内部(?:的な)?原因|障害報告書)/,
      /(?:障害|インシデント|イベント)の(?:根本原因|詳細な原因|原因の詳細)[^。]{0,40}(?:AWS|貴社|御社)/,
      /\b(?:aws|amazon)(?:'s)? (?:internal )?(?:root cause|rca|post-?mortem|prevention plan|plan to prevent|preventive measures)/i,
      /\b(?:root cause|rca|post-?mortem)\b[^.?!]{0,60}\b(?:the (?:aws )?(?:outage|incident|service event|service disruption)|on (?:aws's|your|the aws) side|aws infrastructure)\b/i,
      /\bwhat (?:aws|amazon|you) (?:will|is going to|are going to) do to prevent\b/i,
    ],
    message: {
      ja: "AWS は自社インフラの障害の内部的な根本原因や社内の再発防止策を個別には開示しません(公開される場合は Post-Event Summary として公開されます)。代わりに、ご自身の構成で影響を避ける方法を尋ねてください。例: 「同様の事象で影響を受けないために、マルチ AZ 構成や再試行の設定で推奨されるものを教えてください」",
      en: "AWS does not disclose the internal root cause of its infrastructure events or its internal prevention plans case by case (when published, it is as a Post-Event Summary). Ask what you can change instead, e.g. \"Which multi-AZ setup or retry settings would keep us running through a similar event?\"",
    },
  },
  {
    topic: "tuning",
    patterns: [
      /(?:SQL|クエリ|データベース|DB|性能|パフォーマンス|JVM|アプリ(?:ケーション)?|カーネル|OS)?の?\s?チューニング(?:を|して|の実施|の代行|をお願い|していただ|を依頼)/,
      /\b(?:tune|optimi[sz]e) (?:our|my|the) (?:queries|query|sql|database|db|code|application|app|jvm|kernel|workload)\b/i,
    ],
    message: {
      ja: "ワークロード(SQL、アプリケーション、JVM など)のチューニングはベストエフォートで、代行はしていません。AWS 側の挙動や見るべき指標を具体的に尋ねるか、AWS プロフェッショナルサービスやパートナーに相談してください。例: 「Performance Insights で IO:DataFileRead の待機が多いとき、確認すべき設定を教えてください」",
      en: "Tuning your workload (SQL, application, JVM) is best-effort and not done for you. Ask about a specific AWS behaviour or metric, or engage AWS Professional Services or a partner, e.g. \"Performance Insights shows mostly IO:DataFileRead waits; which settings should we check?\"",
    },
  },
  {
    topic: "custom-code",
    patterns: [
      /(?:ソース)?コードを(?:デバッグ|レビュー|修正して|直して|書き直して)/,
      /(?:プログラム|スクリプト)を(?:デバッグ|レビュー|修正して|直して)/,
      /コードの(?:デバッグ|レビュー|バグを)/,
      // "debug our Lambda function code": up to three words between the owner and the code.
      /\b(?:debug|review|fix|rewrite) (?:our|my|the attached|this)(?: [\w.-]{1,30}){0,3} (?:code|script|program)\b/i,
      /\bfind the bug in (?:our|my|the attached|this)\b/i,
    ],
    message: {
      ja: "お客様のコードのデバッグやレビューはサポートの対象外(ベストエフォート)です。API の挙動を確かめる最小の再現コードとエラーを示し、API や SDK の仕様を尋ねてください。例: 「次の 10 行で PutObject を呼ぶと AccessDenied になります。必要な権限を教えてください」",
      en: "Debugging or reviewing your own code is outside support's scope (best-effort). Show a minimal reproduction and its error, and ask about the API or SDK, e.g. \"These 10 lines calling PutObject get AccessDenied; which permission is missing?\"",
    },
  },
  {
    topic: "third-party",
    patterns: [
      /BYOL|持ち込み(?:の)?ライセンス|ライセンス(?:の)?持ち込み/,
      /(?:Oracle|SQL Server|Windows Server|Red Hat|RHEL|SAP|VMware|SUSE)[^。]{0,20}ライセンス(?:の|について|条件|数|違反|体系)/,
      /(?:WordPress|Jenkins|Terraform|Datadog|New Relic|GitLab|Zabbix)[^。]{0,20}(?:自体の(?:バグ|不具合)|プラグイン|のバグ|の不具合)/,
      /\bBYOL\b|\bbring your own licen[cs]e\b/i,
      /\b(?:oracle|sql server|windows server|red hat|rhel|sap|vmware|suse)\b[^.?!]{0,30}\blicen[cs](?:e|es|ing) (?:terms|compliance|count|rules|requirements)\b/i,
      /\b(?:wordpress|jenkins|terraform|datadog|new relic|gitlab|zabbix)(?:'s)? (?:own )?(?:bug|plugin)s?\b/i,
    ],
    message: {
      ja: "サードパーティ製品自体の不具合やライセンス(BYOL を含む)の条件は、その製品のベンダーが答える内容です(AWS はベストエフォート)。ライセンス条件はベンダーに、AWS 上での動かし方は AWS に尋ねてください。例: 「ライセンスのコア数に合わせて EC2 の CPU オプションでコア数を減らす方法を教えてください」",
      en: "A third-party product's own bugs and licence terms (BYOL included) are for its vendor to answer; AWS helps best-effort. Ask the vendor about licence terms and AWS about running it on AWS, e.g. \"How do we set the EC2 CPU options to the core count our licence allows?\"",
    },
  },
];
