import { describe, expect, it } from 'vitest';
import { normaliseDateText } from './normaliseDateText';
import { DATE_RECOGNISERS } from './recognisers';
import { recognisePoint } from './recognisePoint';

describe('DATE_RECOGNISERS', () => {
  const cases = DATE_RECOGNISERS.flatMap((recogniser) => recogniser.examples.map((example) => ({ name: recogniser.name, example })));

  it.each(cases)('reads $example with the $name recogniser, the first to claim it', ({ name, example }) => {
    const text = normaliseDateText(example);
    expect(DATE_RECOGNISERS.find((recogniser) => recogniser.read(text) !== null)?.name).toBe(name);
  });
});

describe('normaliseDateText', () => {
  it.each([
    ['01-May - 2011', '01-may-2011'],
    ['31- July- 2011', '31-july-2011'],
    ['27.9.12.', '27.9.12'],
    ['2 nd March 2009', '2# march 2009'],
    ['25<sup>th</sup> February 2011', '25# february 2011'],
    ['Feb – May 2009', 'feb-may 2009'],
    ['Feb09', 'feb 09'],
    ['TUESDAY, 17TH FEBRUARY, 2009', '17# february 2009'],
    ['by the 31 October', '31 october'],
    ['(May 2013)', 'may 2013'],
    ['2015 / 16', '2015/16'],
  ])('%s becomes %s', (text, canonical) => {
    expect(normaliseDateText(text)).toBe(canonical);
  });
});

describe('recognisePoint', () => {
  it('reads dates of up to two spaces, and more after an end/mid/start word', () => {
    expect(recognisePoint('2# march 2009')).toMatchObject({ year: 2009, month: 3, day: 2 });
    expect(recognisePoint('q 1 2017')).toMatchObject({ year: 2017, quarter: 1 });
    expect(recognisePoint('end of the march 09')).toMatchObject({ year: 2009, month: 3, edge: 'end' });
  });

  it('reads no run of several dates as one (a cell of dates joined over a page break)', () => {
    expect(recognisePoint('01-dec-2016 01-nov-2016 01-dec-2016')).toBeNull();
    expect(recognisePoint('2# march 2009 x')).toBeNull();
  });
});
