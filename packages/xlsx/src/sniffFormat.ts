/** What a file's first bytes say it is, before any parser sees it. */
export type SniffedFormat = 'empty' | 'zip' | 'xls' | 'encrypted' | 'csv' | 'text' | 'unknown';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The format of a file from its magic bytes: a zip (`PK\x03\x04`, what .xlsx is), an OLE2 compound
 * file (`D0 CF 11 E0`: an old .xls, or an .xlsx encrypted with a password, which Office wraps in
 * OLE2 with an `EncryptionInfo` stream), comma- or tab-separated text, other text, or unknown.
 *
 * @example
 * sniffFormat(new TextEncoder().encode('Ref,Action\n1.1,Review')); // 'csv'
 */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(bytes, OLE2)) return hasUtf16Name(bytes, 'EncryptionInfo') ? 'encrypted' : 'xls';
  const head = bytes.subarray(0, 8192);
  if (!looksLikeText(head)) return 'unknown';
  const text = new TextDecoder().decode(head);
  if (text.trim() === '') return 'empty';
  if (/^\s*</.test(text)) return 'text';
  return /[,;\t]/.test(text) ? 'csv' : 'text';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** OLE2 directory entries hold stream names in UTF-16LE. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i <= bytes.length - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** No NUL bytes and few control characters: text in some ASCII-compatible encoding. */
function looksLikeText(head: Uint8Array): boolean {
  let control = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  return control <= head.length / 100;
}
