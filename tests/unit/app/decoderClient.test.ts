/**
 * The page's side of the decoder worker. jsdom runs no workers, so a stand-in answers in the
 * worker's place (the worker itself runs in the end-to-end tests and the benchmark).
 */
import { describe, expect, it } from 'vitest';
import { DecodeError, DecoderClient } from '../../../src/app/scan/decoderClient';
import type { DecodeRequest, DecodeResponse } from '../../../src/app/scan/decoderProtocol';

class StandInWorker {
  onmessage: ((event: MessageEvent<DecodeResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: DecodeRequest[] = [];
  terminated = false;

  postMessage(message: DecodeRequest): void {
    this.received.push(message);
  }

  terminate(): void {
    this.terminated = true;
  }

  answer(response: DecodeResponse): void {
    this.onmessage?.({ data: response } as MessageEvent<DecodeResponse>);
  }
}

function client(): { decoder: DecoderClient; workers: StandInWorker[] } {
  const workers: StandInWorker[] = [];
  const decoder = new DecoderClient(() => {
    const w = new StandInWorker();
    workers.push(w);
    return w as unknown as Worker;
  });
  return { decoder, workers };
}

const photo = new Blob(['not really a picture'], { type: 'image/png' });

describe('decoder client', () => {
  it('matches answers to requests by id, whatever their order', async () => {
    const { decoder, workers } = client();
    const first = decoder.decodeFile(photo, 'qr');
    const second = decoder.decodeFile(photo, 'qr+1d');
    const [w] = workers;
    expect(workers).toHaveLength(1);
    expect(w!.received.map((r) => [r.kind, 'formats' in r ? r.formats : null])).toEqual([
      ['file', 'qr'],
      ['file', 'qr+1d'],
    ]);
    w!.answer({ id: w!.received[1]!.id, ok: true, result: { text: 'EXT-1', format: 'Code128' }, ms: 12 });
    w!.answer({ id: w!.received[0]!.id, ok: true, result: null, ms: 30 });
    expect(await first).toEqual({ result: null, ms: 30 });
    expect(await second).toEqual({ result: { text: 'EXT-1', format: 'Code128' }, ms: 12 });
  });

  it('rejects only the photo that is not an image, and keeps the worker', async () => {
    const { decoder, workers } = client();
    const bad = decoder.decodeFile(photo, 'qr');
    const good = decoder.decodeFile(photo, 'qr');
    const w = workers[0]!;
    w.answer({ id: w.received[0]!.id, ok: false, error: 'not_an_image', message: 'cannot decode' });
    await expect(bad).rejects.toMatchObject({ kind: 'not_an_image' });
    w.answer({ id: w.received[1]!.id, ok: true, result: null, ms: 5 });
    await expect(good).resolves.toEqual({ result: null, ms: 5 });
    expect(w.terminated).toBe(false);
  });

  it('fails every waiting caller when the decoder fails, and starts a fresh worker next time', async () => {
    const { decoder, workers } = client();
    const a = decoder.decodeFile(photo, 'qr');
    const b = decoder.warmup();
    const w = workers[0]!;
    w.answer({ id: w.received[0]!.id, ok: false, error: 'decoder', message: 'wasm did not load' });
    await expect(a).rejects.toBeInstanceOf(DecodeError);
    await expect(b).rejects.toMatchObject({ kind: 'decoder', message: 'wasm did not load' });
    expect(w.terminated).toBe(true);
    const c = decoder.warmup();
    expect(workers).toHaveLength(2);
    workers[1]!.answer({ id: workers[1]!.received[0]!.id, ok: true, result: null, ms: 1 });
    await expect(c).resolves.toBeUndefined();
  });

  it('fails waiting callers when the worker itself crashes', async () => {
    const { decoder, workers } = client();
    const a = decoder.decodeFile(photo, 'qr');
    workers[0]!.onerror?.({ message: 'out of memory', preventDefault: () => undefined } as ErrorEvent);
    await expect(a).rejects.toMatchObject({ kind: 'decoder', message: 'out of memory' });
  });

  it('says when the browser cannot stream camera frames to the worker', () => {
    const { decoder } = client();
    // jsdom, like Safari and Firefox, has no MediaStreamTrackProcessor.
    expect(decoder.decodeTrack({} as MediaStreamTrack, 'qr', () => undefined)).toBeNull();
  });
});
