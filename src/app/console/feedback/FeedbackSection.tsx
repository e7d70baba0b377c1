import { Route, Routes } from 'react-router';
import '../infoBooth.css';
import { FeedbackCase } from './FeedbackCase';
import { FeedbackList } from './FeedbackList';
import { FeedbackSettingsPanel } from './FeedbackSettings';

/** /console/feedback: the cases and their figures, one case's follow-up, the categories and service levels. */
export function FeedbackSection() {
  return (
    <Routes>
      <Route index element={<FeedbackList />} />
      <Route path="settings" element={<FeedbackSettingsPanel />} />
      <Route path=":id" element={<FeedbackCase />} />
    </Routes>
  );
}
