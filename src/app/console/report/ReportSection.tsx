import { Route, Routes } from 'react-router';
import '../stats/stats.css';
import { ReportPage } from './ReportPage';
import { ReportSettings } from './ReportSettings';

/** /console/report: the printable post-show report and the details it needs. */
export function ReportSection() {
  return (
    <Routes>
      <Route index element={<ReportPage />} />
      <Route path="settings" element={<ReportSettings />} />
    </Routes>
  );
}
