import { describe, expect, it } from 'vitest';
import { escapeMarkdown, plainCell, renderHeading, renderTable } from './blocks';

describe('escapeMarkdown', () => {
  it('keeps a cell in its column and shows HTML as text', () => {
    expect(escapeMarkdown('RG | JF')).toBe('RG \\| JF');
    expect(escapeMarkdown('<b>May 2011 - Achieved.</b>')).toBe('&lt;b&gt;May 2011 - Achieved.&lt;/b&gt;');
    expect(escapeMarkdown('Review underway\nwill be completed on deadline')).toBe('Review underway<br>will be completed on deadline');
    expect(escapeMarkdown('25<sup>th</sup> February 2011')).toBe('25&lt;sup&gt;th&lt;/sup&gt; February 2011');
    expect(escapeMarkdown('&lt; and 1 & 2')).toBe('&amp;lt; and 1 & 2');
    expect(escapeMarkdown('[A1] *SM QA* _x_ `y` \\')).toBe('\\[A1\\] \\*SM QA\\* \\_x\\_ \\`y\\` \\\\');
  });
});

describe('plainCell', () => {
  it('keeps a cell on one line and strips terminal escapes', () => {
    expect(plainCell('Early help plans\nare being reviewed', 20)).toBe('Early help plans ar…');
    expect(plainCell('\u001b[31mRed\u001b[0m')).toBe(' [31mRed [0m');
  });
});

describe('renderTable', () => {
  const columns = [{ heading: 'Ref' }, { heading: 'Action', maxWidth: 12 }, { heading: 'Days', align: 'right' as const }];
  const rows = [
    ['1.1', 'Review and revise layout', '61'],
    ['A5.1', 'Leaflet', '7'],
  ];
  it('lines plain-text columns up, numbers to the right', () => {
    expect(renderTable(columns, rows, 'text')).toBe(
      ['Ref   Action        Days', '----  ------------  ----', '1.1   Review and …    61', 'A5.1  Leaflet          7'].join('\n'),
    );
  });
  it('writes a GFM pipe table in Markdown, uncut', () => {
    expect(renderTable(columns, rows, 'markdown')).toBe(
      ['| Ref | Action | Days |', '| --- | --- | ---: |', '| 1.1 | Review and revise layout | 61 |', '| A5.1 | Leaflet | 7 |'].join('\n'),
    );
    expect(renderHeading('Overdue (3)', 2, 'text')).toBe('Overdue (3)\n-----------');
  });
});
