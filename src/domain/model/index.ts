/**
 * The domain's types. File-format types are generated from schemas/ (the single truth);
 * this module names them in the domain's words and adds the few types that never reach a file.
 */
export type {
  TemplatePackFile,
  PackInfo,
  Area,
  Standard,
  RequirementTemplate,
  Parameter,
  ContractEvidence,
  SuggestWhen,
  ChecklistItem,
  ProjectFile,
  Project,
  Before,
  SelectedRequirement,
  EvaluationModel,
  ChecklistState,
  CustomChecklistItem,
  After,
  Bid,
  PoolScenario,
  CheckReportFile,
  CheckRun,
  Finding,
  Evidence,
  Location,
  RiskFlag,
  BackupFile,
  LocalizedText,
  AppStamp,
  Money,
} from './generated/index';

export type Language = 'sv' | 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['sv', 'da', 'en'];
export type Phase = 'before' | 'during' | 'after';
export const PHASES: readonly Phase[] = ['before', 'during', 'after'];
export type Role =
  | 'it-pedagogue'
  | 'procurement-officer'
  | 'school-leader'
  | 'data-protection-officer'
  | 'it-security'
  | 'owner';
export type ParameterValue = number | string;
export type CheckStatus = 'met' | 'partial' | 'missing' | 'conflict' | 'not-applicable';

/** The app's stamp on every file it writes. */
export const APP_NAME = 'kravkit';
export const APP_VERSION = '0.1.0';
