// The questionnaire calls. The instrument catalogue changes rarely, so it is fetched once per page load.
import { api } from '../api/client';
import type { CourseAnswers, Instrument, QuestionnaireResponse, TimePoint } from './model';

let instrumentsCache: Promise<Instrument[]> | null = null;
export function loadInstruments(): Promise<Instrument[]> {
  instrumentsCache ??= api
    .get<{ items: Instrument[] }>('/instruments')
    .then((answer) => answer.items)
    .catch((e) => {
      instrumentsCache = null;
      throw e;
    });
  return instrumentsCache;
}

/** The course's answers, and which time point of each instrument is due now (the server decides). */
export function loadResponses(courseId: number | string): Promise<CourseAnswers> {
  return api.get<CourseAnswers>(`/courses/${courseId}/responses`);
}

export interface NewResponse {
  instrument_code: string;
  time_point: TimePoint;
  answered_on: string;
  answers: { item_code: string; value: number | null }[];
}

export function saveResponse(courseId: number | string, body: NewResponse): Promise<QuestionnaireResponse> {
  return api.post<QuestionnaireResponse>(`/courses/${courseId}/responses`, body);
}
