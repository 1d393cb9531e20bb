import { describe, expect, it } from 'vitest';
import { parseStatusText } from './parseStatusText';
import { statusWords } from './statusWords';

describe('parseStatusText', () => {
  it.each([
    // seed 000 progress notes
    ['<b>May 2011 - Achieved.</b> The procedure for case record auditing has been reviewed', 'complete', 'Achieved'],
    ['<b>April 2011 -Achieved.</b>', 'complete', 'Achieved'],
    ['May 2011 - On track. Child in Need cases are subject to monthly review', 'in-progress', 'On track'],
    ['<p><b>May 2011 – On track.</b></p>', 'in-progress', 'On track'],
    // seed 004 progress updates
    ['(2) Completed', 'complete', 'Completed'],
    ['Completed.', 'complete', 'Completed'],
    ['(5) Completed: on 11 th Sept', 'complete', 'Completed'],
    ['(3) On track: Named midwife/ specialist safeguarding midwife to alert staff', 'in-progress', 'On track'],
    ['(3) Ongoing', 'in-progress', 'Ongoing'],
    ['(4) Ongoing: LSCB CHR and DPH to meet on 3 rd October', 'in-progress', 'Ongoing'],
    ['(10) Underway', 'in-progress', 'Underway'],
    ['(2) Underway: TOR are being developed for October meeting', 'in-progress', 'Underway'],
    ['(9) Being drafted', 'in-progress', 'Being drafted'],
    ['(3) Being developed', 'in-progress', 'Being developed'],
    ['(2) Drafting underway.', 'in-progress', 'Drafting underway'],
    ['(2) Process in development', 'in-progress', 'Process in development'],
    ['(6) Review underway-will be completed on deadline', 'in-progress', 'Review underway'],
    ['(4) Held: Will follow completion of 1 & 2', 'blocked', 'Held'],
    ['(6) Being considered', 'not-started', 'Being considered'],
    ['To be incorporated by end of year.', 'not-started', 'To be incorporated'],
    // seed 003 comments
    ['done', 'complete', 'done'],
    ['complete', 'complete', 'complete'],
    ['complete.', 'complete', 'complete'],
    ['In place.', 'complete', 'In place'],
    ['on target', 'in-progress', 'on target'],
    ['in progress.', 'in-progress', 'in progress'],
    ['to be done.', 'not-started', 'to be done'],
    ['To be added.', 'not-started', 'To be added'],
    ['to be explored.', 'not-started', 'to be explored'],
  ] as const)('%s → %s', (text, status, statusText) => {
    const reading = parseStatusText(text);
    expect(reading.status).toBe(status);
    expect(reading.statusText).toBe(statusText);
  });

  it('reads 000 23.1 "Not achieved" as in progress, off track, support required, dated May 2011', () => {
    expect(
      parseStatusText('<b>May 2011 –Not achieved.</b> Team Manager and Senior Practitioner programme has focused on supervision'),
    ).toEqual({ status: 'in-progress', statusText: 'Not achieved', onTrack: false, supportRequired: true, dateText: 'May 2011' });
  });

  it('keeps the month of an achievement (000 2.1)', () => {
    expect(parseStatusText('<b>April 2011 - Achieved.</b> Aiming High programme 2008 -2011').dateText).toBe('April 2011');
  });

  it('says "awaiting sign-off" while counting it as in progress', () => {
    const reading = parseStatusText('(1) Awaiting sign-off: Signed off by the LSCB Operational Group; to be signed off');
    expect(reading).toMatchObject({ status: 'in-progress', statusText: 'Awaiting sign-off', qualifier: 'awaiting sign-off' });
  });

  it('reads "Held: Will follow completion of 1 & 2" (004 S7 (4)) as blocked on actions 1 and 2', () => {
    expect(parseStatusText('(4) Held: Will follow completion of 1 & 2')).toEqual({
      status: 'blocked',
      statusText: 'Held',
      dependsOn: ['1', '2'],
    });
  });

  it('reads "Will follow completion of (1)" as blocked with a dependency hint', () => {
    expect(parseStatusText('(2) Will follow completion of (1) (Also: training delivered to social care')).toEqual({
      status: 'blocked',
      statusText: 'Will follow completion of (1)',
      dependsOn: ['1'],
    });
  });

  it('reads LAC4 (4) "Will be completed following completion & embedding of actions 1 & 2."', () => {
    expect(parseStatusText('(4) Will be completed following completion & embedding of actions 1 & 2.')).toMatchObject({
      status: 'blocked',
      dependsOn: ['1', '2'],
    });
  });

  it('reads "See (1) above" as sharing the status of action 1', () => {
    expect(parseStatusText('(3) See (1) above')).toEqual({ status: null, statusText: 'See (1) above', sameAs: '1' });
  });

  it('reads "Not yet consistently embedded" (003 chronology row) as in progress and off track', () => {
    expect(parseStatusText('Not yet consistently embedded across all workers.')).toEqual({
      status: 'in-progress',
      statusText: 'Not yet consistently embedded',
      onTrack: false,
      qualifier: 'not yet embedded',
    });
  });

  it('reads a closing sentence that is only status words (003 A8)', () => {
    const reading = parseStatusText('We are working on embedding this consistently across workers. In progress.');
    expect(reading).toMatchObject({ status: 'in-progress', statusText: 'In progress' });
  });

  it('does not read status words inside a narrative (a completion sentence is only implied evidence)', () => {
    const narrative = 'A comprehensive analysis has been completed and reported to Director of Children\'s Services.';
    expect(parseStatusText(narrative)).toEqual({ status: null, statusText: null, impliedComplete: narrative });
    expect(parseStatusText('(5) Morning Lane have been commissioned')).toEqual({ status: null, statusText: null });
    expect(parseStatusText('all families contacted').status).toBeNull();
  });

  it('gives no status for an empty comment (003 1.9)', () => {
    expect(parseStatusText('')).toEqual({ status: null, statusText: null });
    expect(parseStatusText(null)).toEqual({ status: null, statusText: null });
  });

  it('matches whole words only', () => {
    expect(parseStatusText('Heldon Road review').status).toBeNull();
    expect(parseStatusText('Donegal visit').status).toBeNull();
  });

  it('reads every example of its own vocabulary table', () => {
    for (const row of statusWords) expect(parseStatusText(row.example).status, row.example).toBe(row.status);
  });

  it('keeps a stated status apart from implied completion (003 2.2 opens with "In place.")', () => {
    const reading = parseStatusText('In place. Once permanent IRO/CP chair is in place, CIN reviews can be chaired by this person.');
    expect(reading).toMatchObject({ status: 'complete', statusText: 'In place' });
    expect(reading.impliedComplete).toBeUndefined();
  });

  it('marks work waiting for an appointment (003: "This will be led by permanent IRO once appointed.")', () => {
    expect(parseStatusText('This will be led by permanent IRO once appointed.')).toEqual({
      status: null,
      statusText: null,
      waitsForAppointment: 'This will be led by permanent IRO once appointed.',
    });
  });
});
