import { strFromU8, unzipSync } from 'fflate';

/**
 * The XML parts of an .xlsx, as text by path, for tests that look inside.
 *
 * @example
 * unzipText(bytes)['xl/worksheets/sheet1.xml'];
 */
export function unzipText(bytes: Uint8Array): Record<string, string> {
  const parts = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') });
  return Object.fromEntries(Object.entries(parts).map(([path, data]) => [path, strFromU8(data)]));
}
