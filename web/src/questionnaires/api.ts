// The questionnaire calls. The instrument catalogue changes rarely, so it is fetched once per page load.
import { api } from '../api/client';
import type { BodyOf } from '../api/operations';
import type { CourseAnswers, Instrument, QuestionnaireResponse } from './model';

let instrumentsCache: Promise<Instrument[]> | null = null;
export function loadInstruments(): Promise<Instrument[]> {
  instrumentsCache ??= api
    .get('/instruments')
    .then((answer) => answer.items)
    .catch((e) => {
      instrumentsCache = null;
      throw e;
    });
  return instrumentsCache;
}

/** The course's answers, and which time point of each instrument is due now (the server decides). */
export function loadResponses(courseId: number | string): Promise<CourseAnswers> {
  return api.get('/courses/{courseId}/responses', { path: { courseId: Number(courseId) } });
}

export type NewResponse = BodyOf<'post', '/courses/{courseId}/responses'>;

export function saveResponse(courseId: number | string, body: NewResponse): Promise<QuestionnaireResponse> {
  return api.post('/courses/{courseId}/responses', { path: { courseId: Number(courseId) }, body });
}
