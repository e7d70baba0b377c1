/**
 * The information-booth tablet. Locked self-service kiosk by default; the staff PIN (chosen on
 * first open after pairing) unlocks the information desk: assisted surveys and complaint intake.
 * Unlocked is a state of this screen only: a reload or a direct address lands in the kiosk again.
 */
import { useCallback, useState } from 'react';
import { Navigate, Route, Routes, useNavigate } from 'react-router';
import { deviceLanguage, switchLanguage } from '../i18n';
import { useDevice } from '../ui/hooks';
import { leaveFullscreen } from './fullscreen';
import { SelfService } from './SelfService';
import { SetPinScreen } from './SetPinScreen';
import { StaffArea } from './StaffArea';
import './kiosk.css';

export function KioskPage() {
  const { device, loading } = useDevice();
  const [unlocked, setUnlocked] = useState(false);
  const navigate = useNavigate();
  const unlock = useCallback(() => {
    // The staff area is in the staff's language, not the last visitor's.
    void switchLanguage(deviceLanguage());
    setUnlocked(true);
    leaveFullscreen();
    void navigate('/kiosk/staff', { replace: true });
  }, [navigate]);

  if (loading) return null;
  if (!device?.kioskPin) return <SetPinScreen />;
  return (
    <Routes>
      <Route index element={<SelfService onUnlocked={unlock} />} />
      <Route path="staff/*" element={unlocked ? <StaffArea onLock={() => setUnlocked(false)} /> : <Navigate to="/kiosk" replace />} />
      <Route path="*" element={<Navigate to="/kiosk" replace />} />
    </Routes>
  );
}
