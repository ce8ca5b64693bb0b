// Spørgeskemaer: the overview of due questionnaires, and the answer form at /spoergeskemaer/<course>/<instrument>.
import { Route, Routes } from 'react-router-dom';
import { AnswerPage } from '../questionnaires/AnswerPage';
import { QuestionnaireOverview } from '../questionnaires/QuestionnaireOverview';

export function QuestionnairesPage() {
  return (
    <Routes>
      <Route index element={<QuestionnaireOverview />} />
      <Route path=":courseId/:instrumentCode" element={<AnswerPage />} />
    </Routes>
  );
}
