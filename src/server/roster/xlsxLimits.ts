/**
 * What an XLSX holds, read before anything is inflated or parsed: the ZIP's central directory
 * gives every part's uncompressed size, and the first kilobytes of the sheet give its dimension
 * (the used range Excel writes, so its row count). A 12 MB workbook may unpack to a 208 MB sheet of
 * 1.5 million rows; that is refused here with the figures, before it costs memory or time.
 */
import { constants, inflateRawSync } from 'node:zlib';

export interface XlsxParts {
  /** Uncompressed size of every part, by name. */
  sizes: Map<string, number>;
  /** Rows the first worksheet declares (its <dimension>), or null when it does not say. */
  declaredRows: number | null;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Null when the bytes are not a readable ZIP (a damaged file: the reader will say so). */
export function inspectXlsx(bytes: Uint8Array): XlsxParts | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record sits in the last 64 KB + 22 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const sizes = new Map<string, number>();
  const local = new Map<string, { offset: number; method: number; compressed: number }>();
  const decoder = new TextDecoder();
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 (0xFFFFFFFF) means a part over 4 GB: far past any limit, count it as such.
    sizes.set(name, size === 0xffffffff ? Number.MAX_SAFE_INTEGER : size);
    local.set(name, { offset, method, compressed });
    at += 46 + nameLength + extra + comment;
  }
  const sheet = [...local.keys()].filter((k) => /^xl\/worksheets\/[^/]+\.xml$/.test(k)).sort()[0];
  return { sizes, declaredRows: sheet ? dimensionRows(bytes, view, local.get(sheet)!) : null };
}

/** The row count of <dimension ref="A1:K200001"/> near the start of the sheet, inflating only its first bytes. */
function dimensionRows(bytes: Uint8Array, view: DataView, part: { offset: number; method: number; compressed: number }): number | null {
  if (part.offset + 30 > bytes.length || view.getUint32(part.offset, true) !== LOCAL) return null;
  const start = part.offset + 30 + view.getUint16(part.offset + 26, true) + view.getUint16(part.offset + 28, true);
  // The dimension is within the sheet's first few hundred bytes: 2 KB of deflated data hold them.
  const slice = bytes.subarray(start, Math.min(bytes.length, start + Math.min(part.compressed || 2_048, 2_048)));
  let head: string;
  try {
    const raw = part.method === 0 ? slice : inflateRawSync(slice, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: 1 << 20 });
    head = new TextDecoder().decode(raw.subarray(0, 8_192));
  } catch {
    return null;
  }
  const ref = /<dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(head);
  if (!ref) return null;
  return Number(ref[4] ?? ref[2]);
}
