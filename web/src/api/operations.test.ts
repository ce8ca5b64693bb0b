import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FieldsOf } from '../forms';
import { ApiClient, type Schemas } from './client';
import { targetOf } from './operations';

describe('request targets', () => {
  it('fills the path parameters, encoded', () => {
    expect(targetOf('/courses/{courseId}/commands/{command}', { courseId: 7, command: 'move-in' })).toBe('/courses/7/commands/move-in');
    expect(targetOf('/units/{unitId}', { unitId: '1/2' })).toBe('/units/1%2F2');
  });
  it('leaves unset query values out', () => {
    expect(targetOf('/reports/{figure}', { figure: 'flow' }, { from: '2026-01-01', scope: undefined, id: '', to: '2026-02-01' })).toBe(
      '/reports/flow?from=2026-01-01&to=2026-02-01',
    );
    expect(targetOf('/referrals', undefined, {})).toBe('/referrals');
  });
  it('refuses a template whose parameter is missing', () => {
    expect(() => targetOf('/units/{unitId}', {})).toThrow(/unitId/);
  });
});

describe('a typed call', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends method, target, body, CSRF and If-Match, and answers the parsed body', async () => {
    const answer = { id: 3 };
    const fetch = vi.fn(async () => new Response(JSON.stringify(answer), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    const client = new ApiClient();
    client.setCsrf('token');
    const body: Schemas['AddStatusNote'] = { date: '2026-12-03', text: 'Samtale' };
    const result = await client.post('/courses/{courseId}/commands/{command}', { path: { courseId: 3, command: 'add-status-note' }, body, ifMatch: 5 });
    expect(result).toEqual(answer);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/courses/3/commands/add-status-note');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(JSON.stringify(body));
    expect(init.headers).toMatchObject({ 'X-CSRF-Token': 'token', 'If-Match': '"5"', 'Content-Type': 'application/json' });
  });

  it('is checked against the document at compile time', () => {
    const client = new ApiClient();
    // Only compiled, never run: each line must fail to type-check (tsc --noEmit runs over the tests).
    const never = false as boolean;
    if (never) {
      // @ts-expect-error an undocumented path
      void client.get('/no-such-route');
      // @ts-expect-error a path parameter is missing
      void client.get('/courses/{courseId}', {});
      // @ts-expect-error a field the body does not have
      void client.post('/session/password', { body: { current_password: 'a', new_password: 'b', surprise: 1 } });
      // @ts-expect-error a GET has no body
      void client.get('/session', { body: {} });
    }
    expect(never).toBe(false);
  });
});

describe('forms typed by their body', () => {
  it('refuses fields that would not make the body', () => {
    type Body = Schemas['AddPlace'];
    const good: FieldsOf<Body> = [
      { name: 'number', label: 'Nummer', kind: 'number', required: true },
      { name: 'kind', label: 'Slags', kind: 'select', required: true, options: {} },
    ];
    // @ts-expect-error a name the body does not have
    const unknownName: FieldsOf<Body> = [{ name: 'numbr', label: 'Nummer', kind: 'number', required: true }];
    // @ts-expect-error a text field for a number
    const wrongKind: FieldsOf<Body> = [{ name: 'number', label: 'Nummer', kind: 'text', required: true }];
    // @ts-expect-error a required property from an optional field
    const optional: FieldsOf<Body> = [{ name: 'number', label: 'Nummer', kind: 'number' }];
    // @ts-expect-error an id chosen in a list must be sent as a number
    const idAsText: FieldsOf<Schemas['ClosePlace']> = [{ name: 'place_id', label: 'Plads', kind: 'select', required: true, options: {} }];
    expect([good, unknownName, wrongKind, optional, idAsText].map((fields) => fields.length)).toEqual([2, 1, 1, 1, 1]);
  });
});
