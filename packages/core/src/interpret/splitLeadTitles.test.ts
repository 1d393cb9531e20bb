import { describe, expect, it } from 'vitest';
import { splitLeadTitles } from './splitLeadTitles';

describe('splitLeadTitles (seed 001 lead cells)', () => {
  it.each([
    ['North MDT Co-ordinator and Integrated Working & Workforce Dev Manager', ['North MDT Co-ordinator', 'Integrated Working & Workforce Dev Manager']],
    ['Acting Chief Inspector for Partnership and Youth Director C&YPS', ['Acting Chief Inspector for Partnership', 'Youth Director C&YPS']],
    ['Det. Chief Inspector, CAIT, MPS', ['Det. Chief Inspector, CAIT, MPS']],
    ["Director Children & Young People's Service", ["Director Children & Young People's Service"]],
    ['CYPS Deputy Director of Children & Families', ['CYPS Deputy Director of Children & Families']],
    ['RG/JF', ['RG', 'JF']],
    ['DD TS/ SM Place. / SM CLA', ['DD TS', 'SM Place.', 'SM CLA']],
    ['C&YPS DDC&F', ['C&YPS DDC&F']],
  ])('%s', (text, leads) => {
    expect(splitLeadTitles(text).leads).toEqual(leads);
  });

  it('lists a title kept whole around an `and` as unsplit, for the officer to check', () => {
    expect(splitLeadTitles('Head of Service for Safeguarding and Children in Need')).toEqual({
      leads: ['Head of Service for Safeguarding and Children in Need'],
      unsplit: ['Head of Service for Safeguarding and Children in Need'],
    });
    expect(splitLeadTitles('North MDT Co-ordinator and Integrated Working & Workforce Dev Manager').unsplit).toEqual([]);
  });
});
