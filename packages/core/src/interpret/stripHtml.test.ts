import { describe, expect, it } from 'vitest';
import { splitNumberedItems } from './splitNumberedItems';
import { stripHtml } from './stripHtml';

describe('stripHtml', () => {
  it('turns the seeds\' formatting remnants into plain text', () => {
    expect(stripHtml('<b>May 2011 - Achieved.</b> The procedure for case record auditing has been reviewed')).toBe(
      'May 2011 - Achieved. The procedure for case record auditing has been reviewed',
    );
    expect(stripHtml('<p>Within 3 months</p> <p>(S3) NHS Harrow to ensure</p>')).toBe('Within 3 months\n(S3) NHS Harrow to ensure');
    expect(stripHtml('25<sup>th</sup> February 2011')).toBe('25th February 2011');
    expect(stripHtml('<ul style="list-style-type: none"> To provide stable, pro-active leadership')).toBe('To provide stable, pro-active leadership');
    expect(stripHtml('<i>Schools (representative to be confirmed)</i>')).toBe('Schools (representative to be confirmed)');
  });

  it('keeps every word, and markup that is not formatting as the literal text it is', () => {
    expect(stripHtml('<b>Review</b> <img src=x onerror=alert(1)>')).toBe('Review <img src=x onerror=alert(1)>');
    expect(stripHtml('Referrals <5 days & >2 visits')).toBe('Referrals <5 days & >2 visits');
  });
});

describe('splitNumberedItems', () => {
  it('splits seed 004\'s packed actions with their tiers', () => {
    const split = splitNumberedItems(
      "MUST DO (1) Review and implement Children's Services supervision policy (2) C&F Commission training EMBEDDING (3) All agencies to review their own supervision policy",
    );
    expect(split.items.map((item) => [item.marker, item.tier, item.text])).toEqual([
      ['(1)', 'must-do', "Review and implement Children's Services supervision policy"],
      ['(2)', 'must-do', 'C&F Commission training'],
      ['(3)', 'embedding', 'All agencies to review their own supervision policy'],
    ]);
  });

  it('does not take a bracketed number inside a word for an item', () => {
    const split = splitNumberedItems('Review <img src=x onerror=alert(1)>');
    expect(split.items).toEqual([]);
    expect(split.leading).toBe('Review <img src=x onerror=alert(1)>');
  });
});
