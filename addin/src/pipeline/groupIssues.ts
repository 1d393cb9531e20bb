import type { Plan, PlanIssue, Severity } from '@actionplan/core';
import { issueAction } from './locateIssue';

/** The issues about one action (or about the plan as a whole), in plan order. */
export interface ActionIssues {
  /** `1.1 Review and revise layout of Early Help plans …`, or `Whole plan`. */
  label: string;
  issues: PlanIssue[];
}

/** All issues of one severity, grouped by action. */
export interface SeverityGroup {
  severity: Severity;
  count: number;
  actions: ActionIssues[];
}

const ORDER: Severity[] = ['error', 'warning', 'info'];

function actionLabel(action: Plan['actions'][number]): string {
  const title = action.title.length > 80 ? `${action.title.slice(0, 79)}…` : action.title;
  return [action.ref, title].filter((part) => part !== null && part !== '').join(' ') || '(untitled action)';
}

/**
 * Groups issues by severity (errors first), then by the action they are about in sheet order
 * (plan-level issues first). Severities without issues are left out.
 *
 * @example
 * groupIssues(issues, plan)[0]; // { severity: 'error', count: 2, actions: [{ label: '1.1 Review and revise …', issues: [...] }] }
 */
export function groupIssues(issues: readonly PlanIssue[], plan: Plan): SeverityGroup[] {
  return ORDER.flatMap((severity) => {
    const ofSeverity = issues.filter((issue) => issue.severity === severity);
    if (ofSeverity.length === 0) return [];
    const byAction = new Map<number, ActionIssues>();
    for (const issue of ofSeverity) {
      const action = issueAction(plan, issue);
      // Plan-level issues first (-1), then actions in the order the sheet lists them.
      const key = action ? plan.actions.indexOf(action) : -1;
      const group = byAction.get(key) ?? { label: action ? actionLabel(action) : 'Whole plan', issues: [] };
      group.issues.push(issue);
      byAction.set(key, group);
    }
    const actions = [...byAction.entries()].sort(([a], [b]) => a - b).map(([, group]) => group);
    return [{ severity, count: ofSeverity.length, actions }];
  });
}
