/** The pure lint core: text and options in, findings out. Importable as `support-case-draft/core`. */
export { lint, lintDocument, applyEdits, resolveOptions, DEFAULT_OPTIONS, CONFIG_RULE_ID } from "./engine";
export { CaseDocument } from "./document";
export { clearParseCache } from "./markdown";
export { RULES, RULE_IDS, ruleById } from "./rules";
export { SECTIONS, SECTION_ORDER, sectionOfHeading } from "./sections";
export type { SectionKey } from "./sections";
export { draftSnippet, draftText, sectionSnippet, snippetFile } from "./template";
export { snippetToText } from "./snippet";
export { renderPlainText, renderedLength, SUPPORT_CENTER_LIMIT } from "./render";
export {
  parseConfigText,
  validateConfig,
  mergeConfigs,
  optionsFromConfig,
  machineTimeZone,
  CONFIG_FILE,
  SEVERITIES,
} from "./config";
export type { CaseDraftConfig, ConfigProblem, ParsedConfig } from "./config";
export { langFromLocale } from "./i18n";
export { fixAll } from "./fix";
export * from "./types";
export { readiness, readinessLines, readinessLine } from "./readiness";
export { parseSeverity, draftSeverity, severityLevel, SEVERITY_LEVELS } from "./severity";
export type { SeverityCode, SeverityLevel } from "./severity";
export type { Readiness } from "./readiness";
export { disableLineFix, disableFileFix } from "./directives";
export { generatedFiles, readmeTable, rulesSchema, rulesSettingSchema, ruleNls, README_TABLE_START, README_TABLE_END } from "./generated";
