/**
 * Ambiguous abbreviations (rule `ambiguous-abbreviation`). A real case: "RDS" meant Windows Remote Desktop
 * Services, the support engineer read Amazon RDS, and the investigation went the wrong way.
 *
 * Each abbreviation lists its meanings, each with the words around it that point to that meaning (`context`).
 * An abbreviation with an `assumed` meaning (what an AWS support engineer reads when nothing says otherwise) is
 * reported only when the context also points to another meaning ("RDS" near Windows or RDP words); one without
 * is reported unless the context points to exactly one meaning ("CF" near "stack" is CloudFormation).
 * Qualified forms are never reported: "Amazon RDS", "RDS for MySQL", "RDS インスタンス db-…", "SG sg-0123…", an
 * expansion in parentheses right after ("RDS (Remote Desktop Services)"), or a definition anywhere in the draft
 * ("Remote Desktop Services (RDS)").
 *
 * The abbreviation itself is matched case-sensitively, as a whole word (not inside sg-0123 or ES2020).
 */
import type { Localized } from "../types";

export interface AbbreviationMeaning {
  /** The full name: the quick fix writes it in place of the abbreviation. */
  name: string;
  /** The full name in a Japanese draft, when it differs (common nouns: セキュリティグループ). */
  nameJa?: string;
  /** How the message names this meaning. */
  label: Localized;
  /** Words near the abbreviation that point to this meaning (case-insensitive, linear). */
  context: RegExp;
}

export interface Abbreviation {
  abbr: string;
  meanings: readonly AbbreviationMeaning[];
  /** The `name` of the meaning read when nothing points elsewhere; absent when no reading is safe. */
  assumed?: string;
  /** Text right before the abbreviation that qualifies it ("Amazon "). Anchor with `$`. */
  qualifiedBefore?: RegExp;
  /** Text right after the abbreviation that qualifies it (" for MySQL"). Anchor with `^`. */
  qualifiedAfter?: RegExp;
  /** Text right before it that makes it another token altogether ("5 EB" of storage). Anchor with `$`. */
  notAfter?: RegExp;
}

const REMOTE_DESKTOP =
  /Windows|SQL Server|remote desktop|リモート ?デスクトップ|\bRDP\b|\bRD ?(?:Gateway|Session Host|Web Access|Licensing|Connection Broker)\b|\bCALs?\b|ターミナル ?サービス|terminal serv(?:er|ices)|\bRDSH\b|mstsc|セッション ?ホスト|session host|ライセンス ?サーバー|license server/i;

export const ABBREVIATIONS: readonly Abbreviation[] = [
  {
    abbr: "RDS",
    assumed: "Amazon RDS",
    meanings: [
      {
        name: "Amazon RDS",
        label: { ja: "Amazon RDS(データベースサービス)", en: "Amazon RDS (the database service)" },
        context: /MySQL|PostgreSQL|Postgres|MariaDB|Aurora|Oracle|\bDb2\b|DB ?インスタンス|DB instance|スナップショット|snapshot|パラメータ ?グループ|parameter group|リード ?レプリカ|read replica|Multi-AZ|マルチ ?AZ|rds\.amazonaws\.com|arn:aws:rds/i,
      },
      {
        name: "Remote Desktop Services",
        label: { ja: "Windows のリモートデスクトップサービス", en: "Windows Remote Desktop Services" },
        context: REMOTE_DESKTOP,
      },
    ],
    qualifiedBefore: /(?:Amazon|AWS)[ \t]?$/,
    qualifiedAfter:
      /^[ \t]?(?:for[ \t]|Proxy|Custom|Data API|on[ \t]Outposts|Blue\/Green|(?:DB[ \t]?)?(?:インスタンス|instance|クラスター|cluster)[ \t]?[(（:：]?[ \t]?`?(?:db-|cluster-|arn:aws:rds))/,
  },
  {
    abbr: "SG",
    assumed: "security group",
    meanings: [
      {
        name: "security group",
        nameJa: "セキュリティグループ",
        label: { ja: "セキュリティグループ", en: "a security group" },
        context: /\bsg-[0-9a-f]|インバウンド|アウトバウンド|inbound|outbound|ingress|egress|ポート|\bport\b|\bENI\b/i,
      },
      {
        name: "Storage Gateway",
        label: { ja: "AWS Storage Gateway", en: "AWS Storage Gateway" },
        context: /Storage Gateway|ストレージ ?ゲートウェイ|(?:File|Volume|Tape) Gateway|(?:ファイル|ボリューム|テープ) ?ゲートウェイ|iSCSI|\bVTL\b|キャッシュ ?ディスク|cache disk/i,
      },
      {
        name: "Singapore",
        nameJa: "シンガポール",
        label: { ja: "シンガポール(拠点や国)", en: "Singapore (an office or country)" },
        context: /シンガポール|Singapore|拠点|オフィス|\boffices?\b|支社|\bbranch\b|\b(?:JP|US|UK|HK|TW|KR|TH|MY|AU|IN)\b/,
      },
    ],
    qualifiedAfter: /^[ \t]?[(（]?[ \t]?`?sg-[0-9a-f]/,
  },
  {
    abbr: "CF",
    meanings: [
      {
        name: "Amazon CloudFront",
        label: { ja: "Amazon CloudFront", en: "Amazon CloudFront" },
        context: /ディストリビューション|distribution|\bCDN\b|キャッシュ|\bcache|エッジ|\bedge\b|オリジン|\borigin\b|ビューワー|viewer|cloudfront\.net|Lambda@Edge|署名付き ?URL|signed URL|\bOA[CI]\b/i,
      },
      {
        name: "AWS CloudFormation",
        label: { ja: "AWS CloudFormation", en: "AWS CloudFormation" },
        context: /スタック|\bstacks?\b|テンプレート|\btemplates?\b|変更セット|change ?sets?|ドリフト|\bdrift|CREATE_FAILED|ROLLBACK|\bCDK\b|\bSAM\b|ネストされた|nested stack/i,
      },
    ],
  },
  {
    abbr: "SM",
    meanings: [
      {
        name: "AWS Secrets Manager",
        label: { ja: "AWS Secrets Manager", en: "AWS Secrets Manager" },
        context: /シークレット|\bsecrets?\b|ローテーション|rotation|GetSecretValue|資格情報|credentials/i,
      },
      {
        name: "AWS Systems Manager",
        label: { ja: "AWS Systems Manager", en: "AWS Systems Manager" },
        context: /Session Manager|セッション ?マネージャー|Run Command|Parameter Store|パラメータ ?ストア|\bSSM\b|エージェント|\bagent\b|パッチ|\bpatch|Automation|Fleet Manager|インベントリ|inventory|メンテナンス ?ウィンドウ|maintenance window/i,
      },
      {
        name: "Amazon SageMaker",
        label: { ja: "Amazon SageMaker", en: "Amazon SageMaker" },
        context: /ノートブック|notebook|トレーニング|\btraining\b|学習|推論|inference|SageMaker|\bmodels?\b|モデル/i,
      },
    ],
  },
  {
    abbr: "EB",
    meanings: [
      {
        name: "AWS Elastic Beanstalk",
        label: { ja: "AWS Elastic Beanstalk", en: "AWS Elastic Beanstalk" },
        context: /Beanstalk|\.ebextensions|eb deploy|アプリケーション ?バージョン|application version|Procfile|プラットフォーム|\bplatform\b|ワーカー環境|worker environment/i,
      },
      {
        name: "Amazon EventBridge",
        label: { ja: "Amazon EventBridge", en: "Amazon EventBridge" },
        context: /イベント ?バス|event bus|スケジュール|\bschedule|\bcron\b|rate\(|イベント ?パターン|event pattern|EventBridge|Scheduler|Pipes/i,
      },
    ],
    notAfter: /\d[ \t]?$/,
  },
  {
    abbr: "ES",
    assumed: "Amazon OpenSearch Service",
    meanings: [
      {
        name: "Amazon OpenSearch Service",
        label: { ja: "Amazon OpenSearch Service(旧 Amazon Elasticsearch Service)", en: "Amazon OpenSearch Service (formerly Amazon Elasticsearch Service)" },
        context: /OpenSearch|ドメイン|\bdomain\b|インデックス|\bindex|シャード|\bshards?\b|Kibana|Dashboards/i,
      },
      {
        name: "self-managed Elasticsearch",
        nameJa: "自前で構築した Elasticsearch",
        label: { ja: "自前で構築した Elasticsearch", en: "a self-managed Elasticsearch cluster" },
        context: /self-managed|セルフ ?マネージド|自前|自社構築|Elastic Cloud|elastic\.co|EC2 ?上|on EC2/i,
      },
      {
        name: "ECMAScript",
        label: { ja: "ECMAScript(JavaScript の仕様)", en: "ECMAScript (the JavaScript standard)" },
        context: /JavaScript|TypeScript|Node\.js|ブラウザ|\bbrowser|Babel|webpack/i,
      },
    ],
    qualifiedAfter: /^[ \t]?(?:modules?|モジュール)/i,
  },
  {
    abbr: "CW",
    assumed: "Amazon CloudWatch",
    meanings: [
      {
        name: "Amazon CloudWatch",
        label: { ja: "Amazon CloudWatch", en: "Amazon CloudWatch" },
        context: /メトリクス|\bmetrics?\b|アラーム|\balarms?\b|ロググループ|log group|Logs Insights|ダッシュボード|dashboard/i,
      },
      {
        name: "Amazon CodeWhisperer",
        label: { ja: "Amazon CodeWhisperer(現 Amazon Q Developer)", en: "Amazon CodeWhisperer (now Amazon Q Developer)" },
        context: /CodeWhisperer|コード補完|code (?:suggestions?|completions?)|\bIDE\b|JetBrains|Amazon Q|VS ?Code|コード生成/i,
      },
    ],
  },
  {
    abbr: "TG",
    assumed: "target group",
    meanings: [
      {
        name: "target group",
        nameJa: "ターゲットグループ",
        label: { ja: "ターゲットグループ(ELB)", en: "a target group (Elastic Load Balancing)" },
        context: /ヘルスチェック|health check|\bALB\b|\bNLB\b|ロードバランサー|load balancer|ターゲット|\btargets?\b/i,
      },
      {
        name: "transit gateway",
        nameJa: "トランジットゲートウェイ",
        label: { ja: "トランジットゲートウェイ", en: "a transit gateway" },
        context: /Transit|トランジット|\bTGW\b|アタッチメント|attachment|\btgw-|VPC 間|inter-VPC/i,
      },
    ],
  },
  {
    abbr: "SF",
    meanings: [
      {
        name: "AWS Step Functions",
        label: { ja: "AWS Step Functions", en: "AWS Step Functions" },
        context: /ステート ?マシン|state machine|Step Functions|\bASL\b|Map ステート|Map state|タスクトークン|task token|arn:aws:states/i,
      },
      {
        name: "Salesforce",
        label: { ja: "Salesforce", en: "Salesforce" },
        context: /Salesforce|セールスフォース|\bApex\b|AppFlow|\bCRM\b|商談|Sales Cloud|SOQL/i,
      },
    ],
  },
];
