import { Route, Routes } from 'react-router';
import './stats.css';
import { Dashboard } from './Dashboard';
import { DrillDown } from './DrillDown';

/** /console/dashboard: live figures, and the records behind each one. */
export function DashboardSection() {
  return (
    <Routes>
      <Route index element={<Dashboard />} />
      <Route path="records" element={<DrillDown />} />
    </Routes>
  );
}
