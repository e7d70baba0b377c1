/**
 * On a kiosk tablet, the pages that are not the kiosk (device pairing, the organizer console) sit
 * behind the staff PIN: a visitor who gets at the address bar cannot unpair the kiosk or reach a
 * console login from it. Unlocked lasts as long as this page: a reload asks again.
 */
import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { useDevice } from '../ui/hooks';
import { PinDialog } from './PinDialog';
import './kiosk.css';

export function KioskGuard({ children }: { children: ReactNode }) {
  const { device, loading } = useDevice();
  const [unlocked, setUnlocked] = useState(false);
  const navigate = useNavigate();
  if (loading) return null;
  if (device?.role !== 'kiosk' || !device.kioskPin || unlocked) return <>{children}</>;
  return (
    <div className="kiosk" data-testid="kiosk-guard">
      <PinDialog onUnlocked={() => setUnlocked(true)} onCancel={() => void navigate('/kiosk', { replace: true })} />
    </div>
  );
}
