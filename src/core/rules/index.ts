/** The rule catalog (SPEC §3). Rule ids are stable; order here is the order findings of equal position appear in. */
import type { Rule } from "../types";
import sectionMissing from "./section-missing";
import sectionEmpty from "./section-empty";
import placeholderLeft from "./placeholder-left";
import titleVague from "./title-vague";
import whenNoDatetime from "./when-no-datetime";
import timeNoTimezone from "./time-no-timezone";
import whenNoStatus from "./when-no-status";
import whenNoFrequency from "./when-no-frequency";
import whereNoIdentifier from "./where-no-identifier";
import whatNoSteps from "./what-no-steps";
import whatNoTried from "./what-no-tried";
import whoNoPrincipal from "./who-no-principal";
import howNoEvidence from "./how-no-evidence";
import impactUnquantified from "./impact-unquantified";
import secret from "./secret";
import bodyTooLong from "./body-too-long";
import severityImpactMismatch from "./severity-impact-mismatch";
import outageQuestion from "./outage-question";
import outOfScopeRequest from "./out-of-scope-request";
import relativeTime from "./relative-time";
import vagueFrequency from "./vague-frequency";
import vagueQuantity from "./vague-quantity";
import vagueTarget from "./vague-target";
import vagueSymptom from "./vague-symptom";
import highContext from "./high-context";
import hedging from "./hedging";
import urgencyWord from "./urgency-word";
import ambiguousAbbreviation from "./ambiguous-abbreviation";
import nameTagReference from "./name-tag-reference";
import azName from "./az-name";
import ambiguousDate from "./ambiguous-date";
import arnMalformed from "./arn-malformed";
import arnOtherAccount from "./arn-other-account";
import resourceIdMalformed from "./resource-id-malformed";

export const RULES: readonly Rule[] = [
  titleVague,
  sectionMissing,
  sectionEmpty,
  placeholderLeft,
  whenNoDatetime,
  timeNoTimezone,
  whenNoStatus,
  whenNoFrequency,
  whereNoIdentifier,
  whatNoSteps,
  whatNoTried,
  whoNoPrincipal,
  howNoEvidence,
  impactUnquantified,
  secret,
  bodyTooLong,
  severityImpactMismatch,
  outageQuestion,
  outOfScopeRequest,
  relativeTime,
  vagueFrequency,
  vagueQuantity,
  vagueTarget,
  vagueSymptom,
  highContext,
  hedging,
  urgencyWord,
  ambiguousAbbreviation,
  nameTagReference,
  azName,
  ambiguousDate,
  arnMalformed,
  arnOtherAccount,
  resourceIdMalformed,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
