/**
 * Urgency words (rule `urgency-word`): 「至急」, "ASAP". Writing them does not raise a case's priority: the
 * severity chosen when the case is opened does, and it is chosen by business impact (Production system down,
 * Business-critical system down). Among cases of equal severity, a quantified impact is what ranks yours.
 *
 * Severity names themselves are not reported ("Severity: Production system down (urgent)", 「緊急度」 as a
 * heading), nor technical terms that contain the word (緊急停止, "emergency contact").
 */
import { en, ja, type LexiconTerm } from "./types";

/** The word is part of a severity statement: a label before it on the line, or a severity name right before it. */
const SEVERITY_CONTEXT = /(?:severity|priority|重要度|深刻度|緊急度)[^\n]{0,40}$|system (?:down|impaired)[ \t]{0,8}(?:[(（][ \t]{0,8})?$/i;

export const URGENCY_TERMS: readonly LexiconTerm[] = [
  ja("至急", { unlessPrecededBy: SEVERITY_CONTEXT }),
  ja("大至急"),
  ja("緊急", {
    unlessFollowedBy: /^(?:度|時|連絡|停止|メンテナンス|パッチ|地震|用|対応手順|対応体制|リリース|アラート)/,
    unlessPrecededBy: SEVERITY_CONTEXT,
  }),
  ja("早急に"),
  ja("早急な"),
  ja("急ぎ", { unlessFollowedBy: /^ませ/ }),
  ja("大急ぎ"),
  ja("一刻も早く"),
  ja("可及的速やかに"),
  ja("なるはや"),
  ja("最優先で"),
  ja("できるだけ早く"),
  ja("できる限り早く"),
  ja("なるべく早く"),
  en("urgent", { unlessPrecededBy: SEVERITY_CONTEXT }),
  en("urgently"),
  en("ASAP"),
  en("as soon as possible"),
  en("emergency", { unlessFollowedBy: /^ (?:contact|access|patch|maintenance|stop|shutdown|procedure|runbook)/i, unlessPrecededBy: SEVERITY_CONTEXT }),
  en("top priority"),
  en("highest priority", { unlessPrecededBy: SEVERITY_CONTEXT }),
];
