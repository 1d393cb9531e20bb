import { displayRef } from '../describe';
import { actionFinding } from '../locate';
import type { RefNumber } from '../refNumber';
import { formatRefNumber, refReader } from '../refNumber';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';
import type { IndexedAction } from '../siblings';
import { numberingGroups } from '../siblings';

interface Numbered extends IndexedAction {
  number: RefNumber;
}

/**
 * A number skipped inside a series (seed 000: milestone 1.3 is followed by 1.5; seed 001: action
 * 7.3.2 by 7.3.4). Information only: a milestone report often covers some actions and not others.
 * Numbers before the first one present are not reported, for the same reason (000 shows 14.4 alone).
 */
export const refGap = defineRule({
  code: 'ref-gap',
  defaultSeverity: 'info',
  description: 'The numbering of a series skips a number.',
  check: ({ plan, facts }) => {
    const readRef = refReader();
    return numberingGroups(plan, { perRecommendation: false }, facts.actionsById).flatMap(({ where, members }) =>
      [...bySeries(members, readRef).values()].flatMap((series) => gapsIn(series, where)),
    );
  },
});

function bySeries(members: IndexedAction[], readRef: (ref: string) => RefNumber | null): Map<string, Numbered[]> {
  const series = new Map<string, Numbered[]>();
  for (const member of members) {
    const number = member.action.ref === null ? null : readRef(member.action.ref);
    if (number === null) continue;
    const key = `${number.prefix}|${number.parts.slice(0, -1).join('.')}`;
    const list = series.get(key);
    if (list === undefined) series.set(key, [{ ...member, number }]);
    else list.push({ ...member, number });
  }
  return series;
}

function gapsIn(series: Numbered[], where: string): RuleFinding[] {
  const ordered = [...series].sort((a, b) => last(a.number) - last(b.number));
  return ordered.flatMap((current, i) => {
    const previous = ordered[i - 1];
    if (previous === undefined || last(current.number) - last(previous.number) <= 1) return [];
    const count = last(current.number) - last(previous.number) - 1;
    const message =
      `The numbering ${where} jumps from ${displayRef(previous.action.ref ?? '')} to ${displayRef(current.action.ref ?? '')}: ` +
      `${missingBetween(previous.number, current.number)} ${count === 1 ? 'is' : 'are'} missing.`;
    return [actionFinding(current.action, current.index, 'ref', message)];
  });
}

function missingBetween(from: RefNumber, to: RefNumber): string {
  const at = (n: number): string => formatRefNumber({ ...to, parts: [...to.parts.slice(0, -1), n] });
  const first = last(from) + 1;
  const lastMissing = last(to) - 1;
  if (first === lastMissing) return at(first);
  return first + 1 === lastMissing ? `${at(first)} and ${at(lastMissing)}` : `${at(first)} to ${at(lastMissing)}`;
}

function last(number: RefNumber): number {
  return number.parts[number.parts.length - 1] ?? 0;
}
