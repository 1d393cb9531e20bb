import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SharedStrings } from './sharedStrings';
import { ZipWriter } from './zipWriter';

async function xmlOf(strings: SharedStrings): Promise<string> {
  const zip = new ZipWriter();
  zip.add('xl/sharedStrings.xml', strings.toPart());
  return strFromU8(unzipSync(await zip.finish())['xl/sharedStrings.xml']!);
}

describe('SharedStrings', () => {
  it('keeps each text once, in first-seen order, and counts every reference', async () => {
    const strings = new SharedStrings();
    expect(['Amber', 'Green', 'Amber', 'In progress', 'Amber'].map((text) => strings.indexOf(text))).toEqual([0, 1, 0, 2, 0]);
    const xml = await xmlOf(strings);
    expect(xml).toContain('count="5" uniqueCount="3"');
    expect(xml).toContain('<si><t>Amber</t></si><si><t>Green</t></si><si><t>In progress</t></si></sst>');
  });

  it('escapes markup and keeps white space a reader would drop', async () => {
    const strings = new SharedStrings();
    strings.indexOf('=SUM(A1) +44 -1 @x <b>Update report</b> on compliance & "SIB"');
    strings.indexOf('  padded  ');
    strings.indexOf('RG\nJF');
    const xml = await xmlOf(strings);
    expect(xml).toContain('<si><t>=SUM(A1) +44 -1 @x &lt;b&gt;Update report&lt;/b&gt; on compliance &amp; "SIB"</t></si>');
    expect(xml).toContain('<si><t xml:space="preserve">  padded  </t></si>');
    expect(xml).toContain('<si><t xml:space="preserve">RG\nJF</t></si>');
  });
});
