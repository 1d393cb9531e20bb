import { completeWithoutEvidence } from './rules/completeWithoutEvidence';
import { duplicateActionStatus } from './rules/duplicateActionStatus';
import { duplicateRef } from './rules/duplicateRef';
import { greenButOverdue } from './rules/greenButOverdue';
import { greenWithNegativeComment } from './rules/greenWithNegativeComment';
import { invalidDate } from './rules/invalidDate';
import { missingAsOf } from './rules/missingAsOf';
import { missingDue } from './rules/missingDue';
import { missingLead } from './rules/missingLead';
import { missingTitle } from './rules/missingTitle';
import { recommendationWithoutAction } from './rules/recommendationWithoutAction';
import { redButComplete } from './rules/redButComplete';
import { refGap } from './rules/refGap';
import { refOutsideParent } from './rules/refOutsideParent';
import { staleProgress } from './rules/staleProgress';
import { startAfterDue } from './rules/startAfterDue';
import { unknownLead } from './rules/unknownLead';
import { unknownRag } from './rules/unknownRag';
import { unknownRecommendation } from './rules/unknownRecommendation';

/**
 * Every rule {@link validatePlan} runs, in the order its issues come out: fields, dates, numbering,
 * leads, recommendations, ratings, progress, duplicates. The list documents itself, like a linter's.
 *
 * @example
 * for (const rule of rules) console.log(`${rule.code} (${rule.defaultSeverity}): ${rule.description}`);
 */
export const rules = [
  missingTitle,
  missingLead,
  missingDue,
  missingAsOf,
  invalidDate,
  startAfterDue,
  duplicateRef,
  refOutsideParent,
  refGap,
  unknownLead,
  recommendationWithoutAction,
  unknownRecommendation,
  unknownRag,
  greenButOverdue,
  redButComplete,
  completeWithoutEvidence,
  greenWithNegativeComment,
  staleProgress,
  duplicateActionStatus,
] as const;

/** The code of a validation rule: `duplicate-ref`, `unknown-lead`, `stale-progress`, … */
export type RuleCode = (typeof rules)[number]['code'];
