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
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
