/**
 * The text the wording rules judge: the document's prose (code, inline code, URLs, HTML, blockquotes and front
 * matter already masked by spaces) with, in addition, quoted spans and pasted log lines masked. Offsets stay those
 * of the document. Computed once per document and shared by every wording rule.
 */
import { blank, type CaseDocument } from "../document";

/** A quoted span is at most this long: longer runs are more likely an unbalanced quote than a quotation. */
const MAX_QUOTE = 400;

/** Opening quote -> its closing quote. Japanese brackets quote error texts, UI labels and other people's words. */
const QUOTES: Record<string, string> = { "「": "」", "『": "』", "“": "”", '"': '"' };

/** A pasted log line: a timestamp first, then a level word, as applications print them. */
const LOG_LINE =
  /^[ \t]*(?:[-*+][ \t]+)?\[?(?:\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|[A-Z][a-z]{2} {1,2}\d{1,2} \d{2}:\d{2}:\d{2})[^\n]{0,80}?\b(?:ERROR|WARN|WARNING|INFO|DEBUG|FATAL|TRACE|CRITICAL|SEVERE)\b/;

/** A line that pastes an error message after a label ("エラー: …", "Error message: …"): the rest is not prose. */
const ERROR_LABEL = /^[ \t]*(?:[-*+][ \t]+)?(?:エラー(?:メッセージ|内容)?|エラー文|例外|error(?: message)?|exception)[ \t]*[:：][ \t]*/i;

const cache = new WeakMap<CaseDocument, string>();

/** The judged text of a document (see the module comment). */
export function judgedText(doc: CaseDocument): string {
  let text = cache.get(doc);
  if (text === undefined) {
    text = maskLines(maskQuotes(doc.prose));
    cache.set(doc, text);
  }
  return text;
}

/** Masks every quoted span that opens and closes on one line. */
export function maskQuotes(text: string): string {
  const next = nextFinder(text);
  let out = "";
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text[i]];
    if (close === undefined) continue;
    // Looked up with a cached forward search (not a scan per quote), so runs of unclosed quotes stay linear.
    const j = next(close, i + 1);
    const eol = next("\n", i + 1);
    if (j < 0 || j - i > MAX_QUOTE || (eol >= 0 && eol < j)) continue;
    out += text.slice(at, i) + blank(text.slice(i, j + 1));
    at = j + 1;
    i = j;
  }
  return out + text.slice(at);
}

/** `next(ch, from)`: the index of the first `ch` at or after `from` (or -1), for non-decreasing `from` per `ch`. */
function nextFinder(text: string): (ch: string, from: number) => number {
  const found = new Map<string, number>();
  return (ch, from) => {
    let n = found.get(ch);
    if (n === undefined || (n >= 0 && n < from)) {
      n = text.indexOf(ch, from);
      found.set(ch, n);
    }
    return n;
  };
}

/** Masks pasted log lines, and the pasted part of "Error: …" lines. */
function maskLines(text: string): string {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // Only a line's beginning decides; a short prefix keeps this linear on huge lines.
    const head = line.slice(0, 160);
    if (LOG_LINE.test(head)) {
      lines[i] = blank(line);
      continue;
    }
    const label = ERROR_LABEL.exec(head);
    if (label) lines[i] = line.slice(0, label[0].length) + blank(line.slice(label[0].length));
  }
  return lines.join("\n");
}
