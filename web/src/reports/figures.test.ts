import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../api/client';
import { figuresFor } from './figures';

const user = (allowed_actions: string[]): SessionUser => ({
  id: 1,
  username: 'bruger',
  display_name: 'Bruger',
  role: 'admin',
  role_label: 'Administrator',
  organisation_kind: 'system',
  organisation_id: null,
  must_change_password: false,
  allowed_actions,
});

describe('which reports a user is offered', () => {
  it('follows the actions the server allows, not the role name', () => {
    expect(figuresFor(user(['read_economics_report'])).map((f) => f.code)).toEqual(['who-gains']);
    expect(figuresFor(user(['read_outcome_report'])).map((f) => f.code)).toEqual(['questionnaire-change']);
    const figures = figuresFor(user(['read_figures'])).map((f) => f.code);
    expect(figures).toContain('flow');
    expect(figures).not.toContain('who-gains');
    expect(figuresFor(user([]))).toEqual([]);
    expect(figuresFor(null)).toEqual([]);
  });
});
