import { Route, Routes } from 'react-router';
import '../infoBooth.css';
import { SurveyEditor } from './SurveyEditor';
import { SurveyList } from './SurveyList';
import { SurveyResults } from './SurveyResults';

/** /console/surveys: the list, the builder of one survey, its results. */
export function SurveysSection() {
  return (
    <Routes>
      <Route index element={<SurveyList />} />
      <Route path=":id" element={<SurveyEditor />} />
      <Route path=":id/results" element={<SurveyResults />} />
    </Routes>
  );
}
