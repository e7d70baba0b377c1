import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isUuid } from '../../../core/ids';
import { MAX_PUSH_MUTATIONS } from '../../../core/schema/sync';
import { deviceById } from '../../devices/devices';
import { applyPush } from '../../sync/push';
import { UsageError, type CliCommand } from '../context';

const exportFileSchema = z.object({
  format: z.literal('showfloor-unsynced-v1'),
  device: z.object({ deviceId: z.string(), deviceName: z.string() }).nullable(),
  mutations: z.array(z.unknown()),
  deadLetters: z.array(z.unknown()).default([]),
});

/**
 * Delivers the records in a device's emergency export file ("Export unsynced records") exactly as
 * a sync would: the same validation, and records the server already has answer `duplicate`, so
 * replaying a file twice, or after the device synced after all, stores nothing twice.
 */
export const replayCommand: CliCommand = {
  summary: "deliver a device's emergency export file (unsynced records) to the database, exactly once",
  usage: 'replay FILE [--json]',
  needsDb: true,
  async run(ctx, args) {
    const json = args.includes('--json');
    const files = args.filter((a) => a !== '--json');
    if (files.length !== 1) throw new UsageError('give one export file');
    const file = path.resolve(ctx.cwd, files[0] as string);
    let parsed;
    try {
      parsed = exportFileSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    } catch (error) {
      ctx.err(`cannot read ${file}: ${(error as Error).message}`);
      return 1;
    }
    if (!parsed.success) {
      ctx.err(`${file} is not a Showfloor export of unsynced records`);
      return 1;
    }
    const { device: origin, mutations, deadLetters } = parsed.data;
    const device = origin && isUuid(origin.deviceId) ? await deviceById(ctx.db, origin.deviceId) : null;
    if (!device) {
      ctx.err(`the device that wrote this file (${origin?.deviceName ?? 'unknown'}) is not known to this server`);
      return 1;
    }
    const counts = { applied: 0, duplicate: 0, rejected: 0 };
    const rejected: Array<{ id: string; error?: string }> = [];
    // Dead letters were rejected before; they are tried again in case the reason is gone.
    const all = [...mutations, ...deadLetters];
    for (let i = 0; i < all.length; i += MAX_PUSH_MUTATIONS) {
      for (const r of await applyPush(ctx.db, device, all.slice(i, i + MAX_PUSH_MUTATIONS), undefined)) {
        counts[r.status]++;
        if (r.status === 'rejected') rejected.push({ id: r.id, error: r.error });
      }
    }
    if (json) ctx.out(JSON.stringify({ file, device: device.name, ...counts, rejections: rejected }));
    else {
      for (const r of rejected) ctx.err(`rejected ${r.id}: ${r.error ?? ''}`);
      ctx.out(`${device.name}: ${counts.applied} delivered, ${counts.duplicate} already on the server, ${counts.rejected} rejected`);
    }
    return counts.rejected ? 2 : 0;
  },
};
