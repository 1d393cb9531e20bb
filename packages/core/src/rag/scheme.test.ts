import { describe, expect, it } from 'vitest';
import { builtInSchemes, haringey2011Scheme } from './builtInSchemes';
import { defineScheme, getScheme, recolourScheme } from './defineScheme';
import { RagSchemeSchema } from './scheme';

describe('built-in schemes', () => {
  it('are all valid schemes, each also with a grey level', () => {
    expect(Object.keys(builtInSchemes)).toEqual(['rag', 'brag', 'haringey-2011', 'dca-5', 'rag-grey', 'brag-grey', 'haringey-2011-grey', 'dca-5-grey']);
    for (const scheme of Object.values(builtInSchemes)) expect(RagSchemeSchema.safeParse(scheme).success, scheme.id).toBe(true);
    expect(getScheme('dca-5-grey')?.levels.map((level) => level.id)).toEqual(['green', 'amber-green', 'amber', 'amber-red', 'red', 'grey']);
  });

  it('keep the labels of seed 000\'s key verbatim, with "support required" as its own flag', () => {
    expect(haringey2011Scheme.levels.map((level) => [level.label, level.supportRequired, level.complete])).toEqual([
      ['Not achieved / not on track support required to address issues', true, false],
      ['Not on track but no support required to address issues', false, false],
      ['Action in progress and on track to be completed', false, false],
      ['Action completed and desired outcome achieved', false, true],
    ]);
  });

  it('order BRAG best first by severity, with Blue complete', () => {
    const brag = getScheme('brag');
    expect(brag?.levels.map((level) => `${level.id}:${level.severity}:${level.complete}`)).toEqual([
      'red:3:false',
      'amber:2:false',
      'green:1:false',
      'blue:0:true',
    ]);
  });
});

describe('defineScheme', () => {
  const redGreen = {
    id: 'red-green',
    name: 'Red/Green',
    levels: [
      { id: 'red', label: 'Red', meaning: 'Off track', colour: 'ff0000', severity: 1, complete: false },
      { id: 'green', label: 'Green', meaning: 'On track', colour: '00B050', severity: 0, complete: false },
    ],
  };

  it('accepts a user-defined scheme, filling in aliases and upper-casing colours', () => {
    const result = defineScheme(redGreen);
    expect(result.ok && result.scheme.levels[0]).toMatchObject({ colour: 'FF0000', aliases: [] });
    expect(result.ok && getScheme('red-green', [result.scheme])?.name).toBe('Red/Green');
  });

  it('returns issues, not a throw, for a bad colour and a word naming two levels', () => {
    const result = defineScheme({
      ...redGreen,
      levels: [{ ...redGreen.levels[0], colour: 'red', aliases: ['G'] }, { ...redGreen.levels[1], aliases: ['G'] }],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => [issue.code, issue.path.join('.')])).toEqual([
      ['invalid-rag-scheme', 'levels.0.colour'],
      ['invalid-rag-scheme', 'levels.1.aliases'],
    ]);
    expect(result.issues[1]?.message).toBe('The RAG scheme is not valid: levels.1.aliases: "g" names both "red" and "green".');
  });

  it('rejects a scheme with nothing but complete and grey levels', () => {
    const result = defineScheme({
      id: 'done',
      name: 'Done',
      levels: [{ id: 'blue', label: 'Blue', meaning: 'Complete', colour: '0070C0', severity: 0, complete: true }],
    });
    expect(result.ok).toBe(false);
  });

  it('recolours the Haringey key when a sheet shows its colours', () => {
    const result = recolourScheme(haringey2011Scheme, { amber: 'ffff00' });
    expect(result.ok && result.scheme.levels.map((level) => level.colour)).toEqual(['FF0000', 'FFFF00', '00B050', '0070C0']);
    expect(recolourScheme(haringey2011Scheme, { blue: 'blue' }).ok).toBe(false);
  });

  it('finds no scheme for an unknown id', () => {
    expect(getScheme('traffic-light')).toBeUndefined();
  });
});
