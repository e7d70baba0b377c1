/**
 * `npm run cli -- decode`: the desk's decoder run over files and folders in Node, one JSON line per
 * file, and a clear line (not a crash) for whatever is not an image.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyBadge } from '../../src/core/badge/codec';
import { badgeFactory, badgePhoto, code128Card, emptyDeskPhoto, plainCodePhoto } from '../support/badgeImages';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

interface Line {
  file: string;
  text: string | null;
  format: string | null;
  ms: number;
  error?: string;
}

function cli(cwd: string, ...args: string[]): Promise<{ code: number; lines: Line[]; stderr: string }> {
  return new Promise((resolve, reject) => {
    // INIT_CWD is what npm sets: paths are resolved against the directory the organizer typed them in.
    const child = spawn(process.execPath, [TSX, path.join(ROOT, 'src/server/cli/main.ts'), 'decode', ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: cwd, DATA_DIR: path.join(cwd, 'no-data-dir'), DATABASE_URL: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({
        code: code ?? 1,
        stderr,
        lines: stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Line),
      }),
    );
  });
}

const badges = badgeFactory();
const keyring = { eventId: badges.eventId, keys: [{ kid: badges.key.kid, publicKey: badges.key.publicKey, revoked: false }], revokedAttendees: new Set<string>() };
let dir: string;
const codes: Record<string, string> = {};

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'showfloor-decode-'));
  const folder = path.join(dir, 'printed');
  mkdirSync(path.join(folder, 'hall-b'), { recursive: true });
  codes.plain = badges.code({ name: '陈静' });
  codes.tilted = badges.code({ name: '欧阳晓峰', company: '国家会展中心（上海）有限责任公司' });
  codes.nested = badges.code({ name: 'Anna Schmidt', company: 'Acme GmbH' });
  writeFileSync(path.join(folder, '01-badge.png'), await plainCodePhoto(codes.plain));
  writeFileSync(path.join(folder, '02-tilted.jpg'), (await badgePhoto(codes.tilted, 'perspective', 5)).bytes);
  writeFileSync(path.join(folder, '03-no-code.jpg'), await emptyDeskPhoto());
  writeFileSync(path.join(folder, '04-notes.txt'), 'printing notes, not a picture\n');
  writeFileSync(path.join(folder, '05-cut-off.png'), (await plainCodePhoto(codes.plain)).subarray(0, 2000));
  writeFileSync(path.join(folder, '.DS_Store'), 'finder noise');
  writeFileSync(path.join(folder, 'hall-b', 'badge.png'), await plainCodePhoto(codes.nested, { tilt: 20 }));
  const bars = await code128Card('EXT-2025-0042');
  writeFileSync(
    path.join(dir, 'code128.png'),
    await sharp(Buffer.from(bars.data.buffer, bars.data.byteOffset, bars.data.byteLength), { raw: { width: bars.width, height: bars.height, channels: 4 } })
      .png()
      .toBuffer(),
  );
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('decode CLI', () => {
  it('reads every image in a folder, recursively, and reports what is not an image without stopping', async () => {
    const { code, lines, stderr } = await cli(dir, 'printed', 'missing.png');
    expect(lines.map((l) => l.file)).toEqual([
      path.join('printed', '01-badge.png'),
      path.join('printed', '02-tilted.jpg'),
      path.join('printed', '03-no-code.jpg'),
      path.join('printed', '04-notes.txt'),
      path.join('printed', '05-cut-off.png'),
      path.join('printed', 'hall-b', 'badge.png'),
      'missing.png',
    ]);
    const [plain, tilted, none, notes, cut, nested, missing] = lines as [Line, Line, Line, Line, Line, Line, Line];
    expect(plain).toMatchObject({ text: codes.plain, format: 'QRCode' });
    expect(tilted).toMatchObject({ text: codes.tilted, format: 'QRCode' });
    expect(nested).toMatchObject({ text: codes.nested, format: 'QRCode' });
    expect(none).toEqual({ file: path.join('printed', '03-no-code.jpg'), text: null, format: null, ms: expect.any(Number) as number });
    expect(notes).toMatchObject({ text: null, format: null, error: expect.stringMatching(/not a readable image/) as string });
    expect(cut).toMatchObject({ text: null, error: expect.stringMatching(/not a readable image/) as string });
    expect(missing).toMatchObject({ text: null, error: 'no such file or folder' });
    for (const l of [plain, tilted, none, nested]) expect(l.ms).toBeGreaterThan(0);
    // What the CLI reads is the signed badge itself: it verifies against the event key.
    expect(verifyBadge(plain.text!, keyring)).toMatchObject({ status: 'valid', payload: { name: '陈静' } });
    expect(stderr).toContain('4 images read: 3 with a code, 1 without; 3 files could not be read');
    expect(code).toBe(2);
  }, 60_000);

  it('exits 0 when every file was an image, found or not', async () => {
    const { code, lines } = await cli(dir, path.join(dir, 'printed', '01-badge.png'), path.join(dir, 'printed', '03-no-code.jpg'));
    expect(lines.map((l) => l.text)).toEqual([codes.plain, null]);
    expect(code).toBe(0);
  }, 60_000);

  it('exits 1 when nothing could be read', async () => {
    const { code, lines } = await cli(dir, 'printed/04-notes.txt');
    expect(lines).toHaveLength(1);
    expect(code).toBe(1);
  }, 60_000);

  it('reads QR codes only unless 1D barcodes are asked for', async () => {
    const qrOnly = await cli(dir, 'code128.png');
    expect(qrOnly.lines).toMatchObject([{ text: null, format: null }]);
    const withLinear = await cli(dir, 'code128.png', '--formats', 'qr+1d');
    expect(withLinear.lines).toMatchObject([{ file: 'code128.png', text: 'EXT-2025-0042', format: 'Code128' }]);
  }, 60_000);

  it('explains its usage', async () => {
    expect((await cli(dir)).code).toBe(64);
    const bad = await cli(dir, 'printed', '--formats', 'everything');
    expect(bad.code).toBe(64);
    expect(bad.stderr).toMatch(/--formats is qr .* or qr\+1d/);
  }, 60_000);
});
