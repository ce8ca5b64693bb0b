// Spørgeskemaer: the overview of due questionnaires, and the answer form at /spoergeskemaer/<course>/<instrument>.
// Only the unit's staff and lead record answers (POST /courses/{id}/responses); others are told why.
import { Route, Routes } from 'react-router-dom';
import { AnswerPage } from '../questionnaires/AnswerPage';
import { QuestionnaireOverview } from '../questionnaires/QuestionnaireOverview';
import { may, useSession } from '../session';
import { PageTitle } from '../ui';

export function QuestionnairesPage() {
  const { user } = useSession();
  if (!may(user, 'record_response')) {
    return (
      <section aria-labelledby="page-title">
        <PageTitle>Spørgeskemaer</PageTitle>
        <p className="alert alert-info">
          Spørgeskemaerne udfyldes af borgeren sammen med medarbejderne på afklaringstilbuddet. Din rolle kan ikke registrere besvarelser;
          resultaterne for grupper af borgere findes under Rapporter.
        </p>
      </section>
    );
  }
  return (
    <Routes>
      <Route index element={<QuestionnaireOverview />} />
      <Route path=":courseId/:instrumentCode" element={<AnswerPage />} />
    </Routes>
  );
}
