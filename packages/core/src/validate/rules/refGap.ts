import type { Action } from '../../model/index';
import { displayRef } from '../describe';
import { actionFinding } from '../locate';
import type { RefNumber, RefReading } from '../refNumber';
import { formatRefNumber } from '../refNumber';
import type { RuleFinding } from '../rule';
import { defineRule } from '../rule';
import { runIndex } from '../runIndex';
import type { NumberingGroup } from '../siblings';

/**
 * A number skipped inside a series (seed 000: milestone 1.3 is followed by 1.5; seed 001: action
 * 7.3.2 by 7.3.4). Information only: a milestone report often covers some actions and not others.
 * Numbers before the first one present are not reported, for the same reason (000 shows 14.4 alone).
 */
export const refGap = defineRule({
  code: 'ref-gap',
  defaultSeverity: 'info',
  description: 'The numbering of a series skips a number.',
  check: (context) => {
    const { refs, groups } = runIndex(context);
    const found: RuleFinding[] = [];
    for (const group of groups().perSection) {
      for (const members of bySeries(group, refs)) gapsIn(group, members, context.plan.actions, found);
    }
    return found;
  },
});

/** A member of a numbering group (its index in `plan.actions`) with its ref read. */
interface Numbered {
  index: number;
  reading: RefReading & { number: RefNumber; series: string };
}

/** The numbered members of a group split by series, in the order of each series' first member. */
function bySeries({ indexes }: NumberingGroup, refs: ReadonlyArray<RefReading | null>): Iterable<Numbered[]> {
  // Most groups number one series (`20.1`, `20.2`…): one list, and a map only once a second series shows.
  const first: Numbered[] = [];
  let series: Map<string, Numbered[]> | undefined;
  for (const index of indexes) {
    const reading = refs[index];
    if (reading?.number == null || reading.series === undefined) continue;
    const member = { index, reading: reading as Numbered['reading'] };
    if (first.length === 0 || (series === undefined && first[0]!.reading.series === reading.series)) {
      first.push(member);
      continue;
    }
    series ??= new Map([[first[0]!.reading.series, first]]);
    const list = series.get(reading.series);
    if (list === undefined) series.set(reading.series, [member]);
    else list.push(member);
  }
  if (series !== undefined) return series.values();
  return first.length === 0 ? [] : [first];
}

function gapsIn({ where }: NumberingGroup, series: Numbered[], actions: readonly Action[], found: RuleFinding[]): void {
  // Most series are written in order: sort (stably) only those that are not.
  const ordered = inOrder(series) ? series : [...series].sort((a, b) => a.reading.last - b.reading.last);
  for (let i = 1; i < ordered.length; i += 1) {
    const previous = ordered[i - 1]!;
    const current = ordered[i]!;
    const count = current.reading.last - previous.reading.last - 1;
    if (count < 1) continue;
    const action = actions[current.index]!;
    const message =
      `The numbering ${where} jumps from ${displayRef(actions[previous.index]!.ref ?? '')} to ${displayRef(action.ref ?? '')}: ` +
      `${missingBetween(previous.reading.number, current.reading.number)} ${count === 1 ? 'is' : 'are'} missing.`;
    found.push(actionFinding(action, current.index, 'ref', message));
  }
}

function inOrder(series: Numbered[]): boolean {
  for (let i = 1; i < series.length; i += 1) if (series[i]!.reading.last < series[i - 1]!.reading.last) return false;
  return true;
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
