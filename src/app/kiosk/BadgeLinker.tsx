/**
 * Optional badge scan: a keyboard-wedge scanner (anywhere on the screen) or the camera. A badge
 * that verifies offline links the answers to its visitor; anything else is refused in words and
 * the answers stay anonymous.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linkBadge, type BadgeLink } from '../data/badgeLink';
import { CameraScanner, type ScanVerdict } from '../scan/CameraScanner';
import { useKeyboardWedge } from '../scan/useKeyboardWedge';

export type Linked = Extract<BadgeLink, { status: 'linked' }>;

export function BadgeLinker({ linked, onLinked, listening }: { linked: Linked | null; onLinked(link: Linked | null): void; listening: boolean }) {
  const { t } = useTranslation('kiosk');
  const [refused, setRefused] = useState<string | null>(null);
  const [camera, setCamera] = useState(false);

  const onScan = useCallback(
    async (code: string): Promise<ScanVerdict> => {
      const result = await linkBadge(code);
      if (result.status === 'linked') {
        setRefused(null);
        setCamera(false);
        onLinked(result);
        return 'success';
      }
      setRefused(t(`badge.refused.${result.reason}`));
      return 'error';
    },
    [onLinked, t],
  );
  useKeyboardWedge((code) => void onScan(code), listening && !linked);

  if (linked) {
    return (
      <div className="notice ok" data-testid="badge-linked" role="status">
        <span dir="auto">{t('badge.linked', { name: linked.name })}</span>{' '}
        <button type="button" className="secondary" onClick={() => onLinked(null)}>
          {t('badge.unlink')}
        </button>
      </div>
    );
  }
  return (
    <div data-testid="badge-linker">
      <p>{t('badge.scanHint')}</p>
      {refused && (
        <p className="notice bad" role="alert" data-testid="badge-refused">
          {refused}
        </p>
      )}
      {camera ? (
        // The decoder worker starts only when staff or the visitor start the camera.
        <CameraScanner onScan={onScan} />
      ) : (
        <button type="button" className="secondary" onClick={() => setCamera(true)}>
          {t('badge.useCamera')}
        </button>
      )}
    </div>
  );
}
