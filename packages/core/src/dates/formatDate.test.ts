import { expect, it } from 'vitest';
import { formatDate } from './formatDate';

it('writes each precision in words', () => {
  expect(formatDate('2011-05-31')).toBe('31 May 2011');
  expect(formatDate('2011-05-01')).toBe('1 May 2011');
  expect(formatDate('2017-02')).toBe('February 2017');
  expect(formatDate('2017-Q1')).toBe('Q1 2017');
  expect(formatDate('2017')).toBe('2017');
});
