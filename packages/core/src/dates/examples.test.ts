import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import * as applyOffset from './applyOffset';
import * as calendar from './calendar';
import * as canonicalLength from './canonicalLength';
import * as dateIssues from './dateIssues';
import * as excelSerial from './excelSerial';
import * as formatDate from './formatDate';
import * as monthNames from './monthNames';
import * as normaliseDateText from './normaliseDateText';
import * as parseDate from './parseDate';
import * as parseDates from './parseDates';
import * as reading from './reading';
import * as recognisePoint from './recognisePoint';
import * as recognisers from './recognisers';
import * as resolveTimescale from './resolveTimescale';
import * as safeDay from './safeDay';
import * as settleReading from './settleReading';

// The JSDoc examples are the documentation people copy: every `call(); // expected` line is run here.
const api: Record<string, unknown> = Object.assign(
  {},
  applyOffset, calendar, canonicalLength, dateIssues, excelSerial, formatDate, monthNames, normaliseDateText, parseDate, parseDates,
  reading, recognisePoint, recognisers, resolveTimescale, safeDay, settleReading,
);
const EXAMPLE_LINE = /^\s*\*\s(?!const |if |let )(.+?);\s*\/\/\s(.+)$/;

function exampleLines(source: string): { code: string; expected: string }[] {
  const lines: { code: string; expected: string }[] = [];
  for (const block of source.matchAll(/@example\n([\s\S]*?)\*\//g)) {
    for (const line of (block[1] ?? '').split('\n')) {
      const match = EXAMPLE_LINE.exec(line);
      // `…` marks an abbreviated result, and a leading backtick a note rather than a value.
      if (match && !match[2]!.includes('…') && !match[2]!.startsWith('`')) lines.push({ code: match[1]!, expected: match[2]! });
    }
  }
  return lines;
}

const here = dirname(fileURLToPath(import.meta.url));
const examples = readdirSync(here)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => exampleLines(readFileSync(join(here, file), 'utf8')).map((example) => ({ file, ...example })));

const evaluate = (code: string): unknown => new Function(...Object.keys(api), `return (${code});`)(...Object.values(api));

it('has examples to run', () => {
  expect(examples.length).toBeGreaterThan(40);
});

it.each(examples)('$file: $code is $expected', ({ code, expected }) => {
  expect(evaluate(code)).toEqual(evaluate(expected));
});
