/**
 * The desk's camera: every badge read goes through the desk's own check-in (`submit`, method
 * 'camera'), and the scanner beeps success for an admission or re-entry and error for anything
 * staff must look at (unknown, forged, revoked, foreign badge, or a check-in that failed).
 */
import { useCallback } from 'react';
import type { CheckinMethod } from '../data/checkins';
import { verdictOf } from '../data/checkins';
import { db } from '../db/open';
import { CameraScanner, type ScanVerdict } from '../scan/CameraScanner';

export interface DeskCameraScanProps {
  submit(code: string, method: CheckinMethod): Promise<void>;
}

/** What became of `code` since `since` (ISO time): the newest camera check-in of it, if one was recorded. */
async function verdictSince(code: string, since: string): Promise<ScanVerdict> {
  // Ids are UUIDv7, so the last by index order is the newest check-in of this code.
  const latest = await db()
    .checkins.where('code')
    .equals(code)
    .filter((c) => c.method === 'camera' && c.capturedAt >= since)
    .last();
  if (!latest) return 'error';
  const verdict = verdictOf(latest.flags);
  return verdict === 'admitted' || verdict === 'reentry' ? 'success' : 'error';
}

export function DeskCameraScan({ submit }: DeskCameraScanProps) {
  const onScan = useCallback(
    async (code: string): Promise<ScanVerdict> => {
      const since = new Date(Date.now() - 1).toISOString();
      await submit(code, 'camera');
      return verdictSince(code, since);
    },
    [submit],
  );
  return <CameraScanner onScan={onScan} />;
}
