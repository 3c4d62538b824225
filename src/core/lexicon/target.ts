/**
 * Vague targets (rule `vague-target`): a failure reported against "AWS" as a whole or against a generic noun
 * ("the server", 「システム」) that names no service or resource. Support cannot look anything up from it.
 *
 * The entries pair a generic target with a failure or connection predicate, so descriptive sentences ("the
 * database stores orders") are not reported. An identifier in the same paragraph (resource id, ARN, host name,
 * IP address, inline code) cures it: the generic noun then refers back to a named resource.
 */
import type { Localized } from "../types";
import { en, ja, type LexiconTerm } from "./types";

/** Connection or outage predicates after a Japanese particle; stems, since the inflection varies. */
const JA_FAILURE =
  "(?:つながら|繋がら|つながりませ|繋がりませ|接続でき|接続出来|アクセスでき|アクセス出来|ログインでき|落ち|ダウンし|止ま|停止し|応答しな|応答がな|応答しませ|使えな|使えませ|動かな|動きませ)";
const JA_GENERIC = "(?:サーバー|サーバ|システム|データベース|DB|本番環境|環境|インスタンス|アプリケーション|アプリ|サイト|ネットワーク|サービス)";
const EN_GENERIC = "(?:server|servers|system|database|DB|instance|machine|box|environment|app|application|backend|website|site|network|cluster|service)";
const EN_FAILURE =
  "(?:(?:is|was|are|were|went|goes|has gone|keeps|kept|seems to be|seemed to be|appears to be|is still|was still|has been) )?(?:down|offline|unreachable|unavailable|unresponsive|not responding|not reachable|crashed|crashing|crashes|hanging|hung|frozen|froze|failing|timing out|timed out|going down|stopped working|stopped responding|broken)";

/** "AWS" is hundreds of services and endpoints: the example names one, and where the connection starts. */
const AWS_EXAMPLE: Localized = {
  ja: "EC2 インスタンス i-0123456789abcdef0 から S3(s3.ap-northeast-1.amazonaws.com)への HTTPS 接続が 30 秒でタイムアウトする",
  en: "HTTPS connections from EC2 instance i-0123456789abcdef0 to S3 (s3.ap-northeast-1.amazonaws.com) time out after 30 s",
};

/** "AWS Lambda", "AWS IoT Core": a capitalised word after AWS names a service (case-sensitive, unlike the terms). */
const SERVICE_NAME_NEXT = /^ ?[A-Z0-9]/;

export const TARGET_TERMS: readonly LexiconTerm[] = [
  ja(`AWS[ \\t]?(?:環境|側|上|全体)?[ \\t]?(?:に|へ|と|が|は|で|の)?[ \\t]?${JA_FAILURE}`, { regex: true, openEnded: true, instead: AWS_EXAMPLE }),
  ja(`${JA_GENERIC}[ \\t]?(?:に|へ|が|は|と|も)[ \\t]?${JA_FAILURE}`, { regex: true, openEnded: true }),
  en("(?:connect|connecting|connection|reach|reaching|access|accessing|log in|login|logging in|sign in|signing in)(?: to| into)? AWS", {
    regex: true,
    unlessFollowedBy: SERVICE_NAME_NEXT,
    instead: AWS_EXAMPLE,
  }),
  en("(?:lost|lose|losing|loses|dropped) (?:the |our )?connection to AWS", { regex: true, unlessFollowedBy: SERVICE_NAME_NEXT, instead: AWS_EXAMPLE }),
  en("AWS(?: itself)? (?:is|was|went|seems|seemed|appears|looks)(?: to be)? (?:down|offline|unreachable|broken|not working|out)", {
    regex: true,
    instead: AWS_EXAMPLE,
  }),
  en(`(?:the|our|my) ${EN_GENERIC}(?:'s)? ${EN_FAILURE}`, { regex: true }),
  en(`(?:connect|connecting|reach|reaching|access|accessing|log in|logging in|ssh|SSH) (?:to |into )?(?:the|our|my) ${EN_GENERIC}`, { regex: true }),
];
