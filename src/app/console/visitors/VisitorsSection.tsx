import { Route, Routes } from 'react-router';
import '../stats/stats.css';
import { ReviewDuplicates } from './ReviewDuplicates';
import { VisitorDetail } from './VisitorDetail';
import { VisitorList } from './VisitorList';

/** /console/visitors: the classified visitor database, one person, and the review of possible duplicates. */
export function VisitorsSection() {
  return (
    <Routes>
      <Route index element={<VisitorList />} />
      <Route path="review" element={<ReviewDuplicates />} />
      <Route path=":id" element={<VisitorDetail />} />
    </Routes>
  );
}
