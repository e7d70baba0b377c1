/**
 * The desk's camera: every badge read goes through the desk's own check-in (`submit`, method
 * 'camera'), and the scanner beeps success for an admission or re-entry and error for anything
 * staff must look at (unknown, forged, revoked, foreign badge, or a check-in that failed).
 */
import { useCallback } from 'react';
import { verdictOf, type CheckinMethod, type CheckinOutcome } from '../data/checkins';
import { CameraScanner, type ScanVerdict } from '../scan/CameraScanner';

export interface DeskCameraScanProps {
  /** The desk's check-in: its outcome, or null when it could not be stored (the desk says why). */
  submit(code: string, method: CheckinMethod): Promise<CheckinOutcome | null>;
}

export function DeskCameraScan({ submit }: DeskCameraScanProps) {
  const onScan = useCallback(
    async (code: string): Promise<ScanVerdict> => {
      const outcome = await submit(code, 'camera');
      const verdict = outcome ? verdictOf(outcome.checkin.flags) : null;
      return verdict === 'admitted' || verdict === 'reentry' ? 'success' : 'error';
    },
    [submit],
  );
  return <CameraScanner onScan={onScan} />;
}
