import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, foldText, similarity } from './similarity';

describe('foldText', () => {
  it('folds the Key abbreviations of seed 004 to one form', () => {
    expect(foldText('Des. Nurse')).toBe('des nurse');
    expect(foldText('LSCB CHR.')).toBe(foldText('LSCB Chr.'));
    expect(foldText('Lead Officer/ Executive Head')).toBe('lead officer executive head');
    expect(foldText('SM QA & Imp.')).toBe('sm qa and imp');
  });
});

describe('editDistance', () => {
  it('counts edits, with a transposition as one', () => {
    expect(editDistance('DD DWD', 'DD CWD')).toBe(1);
    expect(editDistance('Rec13', 'Rec 13')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestMatch', () => {
  const key = ['DD TS', 'SM Perf.', 'Des Nurse', 'DD CWD', 'QA Mgr.', 'YOT Mgr', 'LSCB Chr.'];
  it('resolves the near-misses seed 004 writes in its Lead column', () => {
    expect(closestMatch('Des. Nurse', key)?.candidate).toBe('Des Nurse');
    expect(closestMatch('DD DWD', key)?.candidate).toBe('DD CWD');
    expect(closestMatch('SM Per', key)?.candidate).toBe('SM Perf.');
    expect(closestMatch('QA MGR.', key)?.candidate).toBe('QA Mgr.');
    expect(closestMatch('YOT Mgr.', key)?.candidate).toBe('YOT Mgr');
  });
  it('finds nothing for an abbreviation not in the key', () => {
    expect(closestMatch('Imp. Board members', key)).toBeUndefined();
    expect(similarity('HRD', 'DD TS')).toBeLessThan(0.75);
  });
});
