import { expect, it } from 'vitest';
import { applyOffset } from './applyOffset';
import { resolveTimescale } from './resolveTimescale';

it('resolves 000 appendix timescales from the inspection of 25 February 2011', () => {
  expect(resolveTimescale('Within three months', '2011-02-25')).toBe('2011-05-25');
  expect(resolveTimescale('Within six months', '2011-02-25')).toBe('2011-08-25');
});

it('resolves 004 timescales, Immediate being the anchor itself', () => {
  expect(resolveTimescale('Immediate', '2012-05-18')).toBe('2012-05-18');
  expect(resolveTimescale('Within 6 months', '2012-05')).toBe('2012-11');
});

it('gives a timescale that is already a date, and null when there is none', () => {
  expect(resolveTimescale('31.12.12', '2012-05-18')).toBe('2012-12-31');
  expect(resolveTimescale('Monthly', '2012-05-18')).toBeNull();
  expect(resolveTimescale('as soon as possible', '2012-05-18')).toBeNull();
});

it('applies offsets only where the anchor is fine enough', () => {
  expect(applyOffset('2012-05-18', { weeks: 2 })).toBe('2012-06-01');
  expect(applyOffset('2012-08-31', { months: 6 })).toBe('2013-02-28');
  expect(applyOffset('2012-05', { days: 28 })).toBeNull();
  expect(applyOffset('2012', { months: 3 })).toBeNull();
  expect(applyOffset('2012-Q2', { days: 0 })).toBe('2012-Q2');
  expect(applyOffset('9999-12-01', { months: 1 })).toBeNull();
});
