/**
 * Finding ARNs, resource ids and AZ names in a draft. Identifiers are judged in prose and inline code (where
 * people paste them), not in fenced code blocks (logs and command output copied verbatim), comments, front matter
 * or URLs. Pure and linear.
 */
import { blank, type CaseDocument } from "../core/document";
import { MAX_ARN_LENGTH } from "./arn";

const URL = /\b(?:https?|ftp|s3):\/\/[^\s<>"'`「」()（）]+/g;

const cache = new WeakMap<CaseDocument, string>();

/** The document's text with code blocks, comments, front matter and URLs blanked (offsets unchanged). */
export function identifierText(doc: CaseDocument): string {
  let text = cache.get(doc);
  if (text !== undefined) return text;
  const ranges = [...doc.codeBlocks, ...doc.comments, ...(doc.frontMatter ? [doc.frontMatter] : [])].sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const r of ranges) {
    if (r.end <= at) continue;
    const start = Math.max(at, r.start);
    parts.push(doc.text.slice(at, start), blank(doc.text.slice(start, r.end)));
    at = r.end;
  }
  parts.push(doc.text.slice(at));
  text = parts.join("").replace(URL, blank);
  cache.set(doc, text);
  return text;
}

/**
 * An ARN candidate: `arn:` at a word boundary and the characters ARNs are made of (IAM names allow + = , . @ -;
 * policies add * ? and ${…} variables). Starts with a literal, one bounded class run: linear.
 */
const ARN_CANDIDATE = new RegExp(`(?<![\\w:/.@-])arn:[\\w.:/+=,@*?$%#&!~^-]{1,${MAX_ARN_LENGTH}}`, "g");

/** Sentence punctuation that may follow an ARN without a space. */
const TRAILING = ".,;:!?";

/** The text without its trailing sentence punctuation (a loop: `/[.,;:!?]+$/` is quadratic on long runs). */
function trimTrailing(s: string): string {
  let end = s.length;
  while (end > 0 && TRAILING.includes(s[end - 1])) end--;
  return s.slice(0, end);
}

/** Characters right after a candidate that mean it is a template or an elision, not an ARN as written. */
const PLACEHOLDER_NEXT = /^[<{[〇○●×…＜]/;

export interface FoundArn {
  arn: string;
  start: number;
  end: number;
}

/** ARNs as written in a text. Templates (`arn:aws:iam::<account>:…`) and elided ones (`…:role/...`) are skipped. */
export function* findArns(text: string): Generator<FoundArn> {
  for (const m of text.matchAll(ARN_CANDIDATE)) {
    const start = m.index ?? 0;
    const arn = trimTrailing(m[0]);
    const end = start + arn.length;
    if (PLACEHOLDER_NEXT.test(text.slice(start + m[0].length, start + m[0].length + 1))) continue;
    if (m[0].includes("...") || arn.length <= 4) continue;
    yield { arn, start, end };
  }
}

/** The ARN around an offset of a line (for hovers), if any. */
export function arnAt(line: string, offset: number): FoundArn | undefined {
  for (const found of findArns(line)) {
    if (found.start <= offset && offset <= found.end) return found;
    if (found.start > offset) break;
  }
  return undefined;
}
