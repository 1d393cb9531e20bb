import { describe, expect, it } from 'vitest';
import { ByteWriter } from './byteWriter';

describe('ByteWriter', () => {
  it('writes tags, numbers and UTF-8 text in order', () => {
    const out = new ByteWriter();
    out.ascii('<c r="K');
    out.integer(5);
    out.ascii('"><v>');
    out.number(40694);
    out.ascii('</v></c><t>');
    out.utf8('Café – “31.12.12”');
    out.ascii('</t>');
    out.number(-1.5);
    out.integer(0);
    out.integer(4294967295);
    expect(out.toBuffer().toString('utf8')).toBe('<c r="K5"><v>40694</v></c><t>Café – “31.12.12”</t>-1.504294967295');
  });

  it('hands each full buffer to its sink and keeps only the rest', () => {
    const sunk: string[] = [];
    const out = new ByteWriter((full) => sunk.push(full.toString('utf8')));
    const line = 'Ensure that an up-to-date chronology is on file. ';
    for (let i = 0; i < 20_000; i++) out.utf8(line);
    const rest = out.toBuffer().toString('utf8');
    expect(sunk.length).toBeGreaterThan(1);
    expect(sunk.join('') + rest).toBe(line.repeat(20_000));
  });

  it('appends another writer and clears for reuse', () => {
    const row = new ByteWriter();
    const sheet = new ByteWriter();
    row.ascii('<c r="A2"/>');
    sheet.append(row);
    row.clear();
    expect(row.length).toBe(0);
    row.ascii('<c r="A3"/>');
    sheet.append(row);
    expect(sheet.toBuffer().toString('utf8')).toBe('<c r="A2"/><c r="A3"/>');
    expect(sheet.length).toBe(22);
  });
});
