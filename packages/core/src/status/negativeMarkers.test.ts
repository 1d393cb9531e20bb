import { describe, expect, it } from 'vitest';
import { negativeMarkers } from './negativeMarkers';

describe('negativeMarkers', () => {
  it('finds the words that contradict a Green in 003 6.1 and 7.1', () => {
    expect(negativeMarkers('Note: this is not working consistently every week due to workload of administrator.')).toEqual([
      'not working',
    ]);
    expect(negativeMarkers('Use is not consistent and needs more robust management.')).toEqual(['not consistent', 'needs more robust']);
  });

  it('finds "not used consistently" in 003 A6.2', () => {
    expect(negativeMarkers('Distance travelled tool is used within our service, not used consistently yet across partnerhsip.')).toEqual([
      'not used consistently',
    ]);
  });

  it('finds "Not achieved" and "Resource issues" in 000 23.1, in reading order', () => {
    expect(
      negativeMarkers('May 2011 –Not achieved. Team Manager … Resource issues have meant that this has not been completed.'),
    ).toEqual(['Not achieved', 'Resource issues', 'not been completed']);
  });

  it('finds "not consistently" in the 003 chronology row', () => {
    expect(negativeMarkers('Not yet consistently embedded across all workers.')).toEqual(['Not yet consistently']);
  });

  it('finds nothing in a positive comment', () => {
    expect(negativeMarkers('Templates are in use, and will be reviewed at the next SIB.')).toEqual([]);
    expect(negativeMarkers(null)).toEqual([]);
  });
});
