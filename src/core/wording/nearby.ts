/**
 * What "right beside" means for the wording rules: a vague word is cured by a number, identifier, timestamp or
 * error text in the same clause, a few words away ("一部のユーザー(約 120 人)", "sometimes (3 of 40 runs)").
 * The checks look at a bounded window of the document's text as written (inline code included: a backticked
 * name beside a word is an identifier), so each costs O(window); paragraph-wide checks use indexes built once per
 * document, so a draft full of vague words stays linear.
 */
import type { CaseDocument, Range } from "../document";
import type { SectionKey } from "../sections";
import { ABSOLUTE_DATE, ACCOUNT_ID, ARN_START, RESOURCE_ID } from "../patterns";
import { isTemplateOnly, stripPlaceholders } from "../rules/util";

/** Ends a clause: line breaks and sentence ends. A Japanese comma (、) does not: "一部のユーザー、約 120 人". */
const CLAUSE_END_CODES = new Set([0x0a, 0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b]);

function isClauseEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2e) return CLAUSE_END_CODES.has(c);
  // A period ends a sentence only before a blank or the end ("1.5", "e.g.x" and host names do not).
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 0x20 || next === 0x0a || next === 0x09 || next === 0x0d;
}

/** The clause around [start, end), at most `before` / `after` characters beyond it. */
export function clauseAround(text: string, start: number, end: number, before = 24, after = 40): Range {
  let a = start;
  while (a > 0 && start - a < before && !isClauseEnd(text, a - 1)) a--;
  let b = end;
  while (b < text.length && b - end < after && !isClauseEnd(text, b)) b++;
  return { start: a, end: b };
}

const DIGIT = "[0-9０-９]";
const NUMBER = `${DIGIT}(?:[0-9０-９,.]{0,12})`;
const COUNT_UNIT =
  "%|％|割|件|人|名|回|台|個|社|店|本|枚|円|ドル|万|千|億|倍|times|users?|customers?|people|requests?|calls?|runs?|attempts?|tries|instances?|hosts?|nodes?|pods?|tasks?|containers?|errors?|failures?|orders?|accounts?|devices?|clients?|sessions?|connections?|queries|messages?|jobs?|objects?|files?|rows?|records?|transactions?|invocations?|of|out of|in|per|x";
const TIME_UNIT = "分|時間|秒|日|週|ミリ秒|ms|s|sec|seconds?|minutes?|mins?|hours?|h|days?";

/** A count, share or rate: "約 120 人", "3 of 40 runs", "2 %", "5 分あたり 20 回", "every 10 minutes", "3/40". */
const COUNT = new RegExp(
  [
    `(?:約|およそ|最大|最小|平均|about|approximately|approx\\.?|around|roughly|nearly|almost|over|under|up to|at least|at most|~|〜|～)[ \\t]?${DIGIT}`,
    `${NUMBER}[ \\t]?(?:${COUNT_UNIT})(?![A-Za-z])`,
    `${NUMBER}[ \\t]?(?:${TIME_UNIT})[ \\t]?(?:あたり|当たり|ごと|毎|おき|間隔|に[ \\t]?${DIGIT})`,
    `(?:毎|every|per|each)[ \\t]?${DIGIT}`,
    // A ratio "3/40", not a date "2025/04/15".
    `(?<![0-9０-９/])${DIGIT}{1,6}[ \\t]?/[ \\t]?${DIGIT}{1,6}(?![0-9０-９/])`,
    // A number opening a parenthesis "(3 of 40", not a date "(2025-04-15".
    `[(（][ \\t]?(?!\\d{4}[-/年])${DIGIT}`,
  ].join("|"),
  "i",
);

/** A measured duration or size: "3.2 秒", "p99 1,800 ms", "12 GiB" (cures "slow" and "重い"). */
const MEASURE = new RegExp(`${NUMBER}[ \\t]?(?:ms|ミリ秒|秒|s|sec|seconds?|分|minutes?|mins?|%|％|MB|GB|GiB|MiB|KB|TB|Mbps|Gbps)(?![A-Za-z])|\\bp(?:50|90|95|99)\\b`, "i");

const ISO_TIMESTAMP = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** RDS resource IDs (DbiResourceId, cluster resource ID) are upper case: db-ABCDEFGHIJKLMNOPQRSTUVWXYZ. */
const RDS_RESOURCE_ID = /\b(?:db|cluster)-[A-Z0-9]{10,30}\b/;

/** Something that names one resource or endpoint. */
const IDENTIFIER_PATTERNS: readonly RegExp[] = [
  RESOURCE_ID,
  RDS_RESOURCE_ID,
  ARN_START,
  ACCOUNT_ID,
  /\b(?:\d{1,3}\.){3}\d{1,3}\b/,
  /\b[a-z]{2,5}\d-az\d{1,2}\b/,
  // A host name with at least two dots: db.example.com, orders.abc123.ap-northeast-1.rds.amazonaws.com.
  /\b[a-z0-9][a-z0-9-]{0,62}\.[a-z0-9-]{1,63}\.[a-z]{2,63}\b/i,
  /`/,
];

/** Error text: a quotation, an exception or error name, an HTTP status, an errno. */
const ERROR_TEXT =
  /[「『"“`]|\b[A-Z][A-Za-z]{1,40}(?:Exception|Error|Fault|Denied|Failure|Timeout|Unavailable|Exceeded|NotFound)\b|(?:HTTP|status(?: code)?|ステータス(?:コード)?)[ \t:：]{0,3}[1-5]\d\d\b|\b[45]\d\d (?:Bad|Unauthorized|Forbidden|Not Found|Internal|Service|Gateway|Too Many|Conflict|Request)|\b(?:ORA|ERROR|MSG)-?\s?\d{3,5}\b|\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT|NOTFOUND|HOSTUNREACH|ADDRINUSE)\b/;
/** A named failure mode is a symptom of its own: "タイムアウトする", "times out". */
const FAILURE_MODE = /タイムアウト|\btim(?:ed|es|ing)? ?out\b/;

function windowText(doc: CaseDocument, start: number, end: number, before?: number, after?: number): string {
  const r = clauseAround(doc.text, start, end, before, after);
  return doc.text.slice(r.start, start) + " " + doc.text.slice(end, r.end);
}

/** Whether a text holds a count, share or rate anywhere. */
export function hasCount(text: string): boolean {
  return COUNT.test(text);
}

/** A count, share or rate beside the match. */
export function hasCountNear(doc: CaseDocument, r: Range): boolean {
  return COUNT.test(windowText(doc, r.start, r.end));
}

/**
 * An absolute date (or ISO timestamp) beside the match. A clock time alone does not cure a relative day:
 * 「本日 10 時」 still leaves the date to the reader.
 */
export function hasAbsoluteDateNear(doc: CaseDocument, r: Range): boolean {
  const w = windowText(doc, r.start, r.end, 24, 32);
  return ABSOLUTE_DATE.test(w) || ISO_TIMESTAMP.test(w);
}

/** A measured duration or size beside the match (for "slow"). */
export function hasMeasureNear(doc: CaseDocument, r: Range): boolean {
  return MEASURE.test(windowText(doc, r.start, r.end));
}

/**
 * Sorted start offsets of a pattern's matches in a text: "is there one between a and b" in O(log n), so a
 * draft with many vague words does not rescan its paragraphs for each of them.
 */
export class MatchIndex {
  private readonly starts: number[] = [];

  constructor(text: string, patterns: readonly RegExp[]) {
    for (const p of patterns) {
      const re = new RegExp(p.source, p.flags.includes("g") ? p.flags : `${p.flags}g`);
      for (const m of text.matchAll(re)) this.starts.push(m.index ?? 0);
    }
    this.starts.sort((a, b) => a - b);
  }

  /** Whether a match starts in [from, to). */
  within(from: number, to: number): boolean {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.starts.length && this.starts[lo] < to;
  }
}

/** A line that starts a paragraph of its own: a list item, a heading, a table row or a quotation. */
const BLOCK_START = /^[ \t]{0,3}(?:[-*+][ \t]|\d{1,3}[.)][ \t]|#{1,6}[ \t]|\||>)/;
/** How far a paragraph reaches around a match, each way: a huge paragraph stays cheap and local. */
const PARAGRAPH_REACH = 400;

interface DocIndex {
  /** Offsets where paragraphs start (after a blank line, at a list item, heading, table row or quote). */
  paragraphStarts: number[];
  identifiers: MatchIndex;
  resourceIds: MatchIndex;
}

const indexes = new WeakMap<CaseDocument, DocIndex>();

function docIndex(doc: CaseDocument): DocIndex {
  let index = indexes.get(doc);
  if (!index) {
    const paragraphStarts = [0];
    const text = doc.text;
    let blank = false;
    for (let at = 0; at < text.length; ) {
      let eol = text.indexOf("\n", at);
      if (eol < 0) eol = text.length;
      const head = text.slice(at, Math.min(eol, at + 8));
      if (at > 0 && (blank || BLOCK_START.test(head))) paragraphStarts.push(at);
      blank = text.slice(at, Math.min(eol, at + 200)).trim() === "" && eol - at < 200;
      at = eol + 1;
    }
    index = {
      paragraphStarts,
      identifiers: new MatchIndex(text, IDENTIFIER_PATTERNS),
      resourceIds: new MatchIndex(text, [RESOURCE_ID, RDS_RESOURCE_ID, ARN_START]),
    };
    indexes.set(doc, index);
  }
  return index;
}

/** The paragraph holding [start, end), at most PARAGRAPH_REACH characters each way. */
export function paragraphAround(doc: CaseDocument, start: number, end: number): Range {
  const starts = docIndex(doc).paragraphStarts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= start) lo = mid + 1;
    else hi = mid;
  }
  const from = starts[lo - 1] ?? 0;
  const to = lo < starts.length ? starts[lo] : doc.text.length;
  return { start: Math.max(from, start - PARAGRAPH_REACH), end: Math.min(to, end + PARAGRAPH_REACH) };
}

/** An identifier (resource id, ARN, account, IP, host name, AZ ID, inline code) in the same paragraph. */
export function hasIdentifierInParagraph(doc: CaseDocument, r: Range): boolean {
  const p = paragraphAround(doc, r.start, r.end);
  return docIndex(doc).identifiers.within(p.start, p.end);
}

/** A resource ID or ARN (not a mere name, even backticked) in the same paragraph. */
export function hasResourceIdInParagraph(doc: CaseDocument, r: Range): boolean {
  const p = paragraphAround(doc, r.start, r.end);
  return docIndex(doc).resourceIds.within(p.start, p.end);
}

/**
 * Error text beside the match (with `failureModes`, also a named failure mode such as a timeout), or a code block
 * or quotation starting within two lines after it (the usual "次のエラーが出ます:" followed by the pasted error).
 */
export function hasErrorTextNear(doc: CaseDocument, r: Range, failureModes = true): boolean {
  const w = windowText(doc, r.start, r.end, 24, 60);
  if (ERROR_TEXT.test(w) || (failureModes && FAILURE_MODE.test(w))) return true;
  const line = doc.positionAt(r.end).line;
  const until = doc.lineEnd(Math.min(doc.lineCount, line + 3));
  // doc.blocks is sorted by start: search, do not scan (a draft of many short paragraphs has many blocks).
  const blocks = doc.blocks;
  for (let i = firstBlockAfter(blocks, r.end); i < blocks.length && blocks[i].start <= until; i++) {
    if (blocks[i].type === "code" || blocks[i].type === "blockquote") return true;
  }
  return false;
}

/** Index of the first block starting after `offset` in blocks sorted by start. */
function firstBlockAfter(blocks: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].start <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Whether the draft's section `key` states a count or rate: the number is in the draft. A section holding only
 * the template (whose examples have numbers: 「10 分あたり 3 回」) does not count.
 */
export function sectionHasCount(doc: CaseDocument, key: SectionKey): boolean {
  let known = sectionCounts.get(doc);
  if (!known) sectionCounts.set(doc, (known = new Map()));
  let answer = known.get(key);
  if (answer === undefined) {
    const section = doc.sections.get(key);
    answer = section !== undefined && !isTemplateOnly(doc, section) && hasCount(stripPlaceholders(doc.sectionProse(key)));
    known.set(key, answer);
  }
  return answer;
}

/** Asked once per vague word: answered once per document and section. */
const sectionCounts = new WeakMap<CaseDocument, Map<SectionKey, boolean>>();
