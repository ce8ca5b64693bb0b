import { describe, expect, it } from 'vitest';
import { admissionChanges, isPaused, openAdmission, sortAdmissions, type Admission } from './admissions';

const told = { episode_of_care: null, notified_by: [], leaves: [], opened_by_message: false };
const closed: Admission = { ...told, id: 1, ward_id: 1, admitted_on: '2026-05-18', ready_for_discharge_on: '2026-06-27', discharged_on: '2026-06-28', legal_commands: [] };
const open: Admission = { ...told, id: 2, ward_id: 2, admitted_on: '2026-11-20', ready_for_discharge_on: null, discharged_on: null, legal_commands: ['ready-for-discharge', 'discharge'] };

describe('admissions', () => {
  it('finds the open admission and lists the newest first', () => {
    expect(openAdmission([closed, open])?.id).toBe(2);
    expect(sortAdmissions([closed, open]).map((a) => a.id)).toEqual([2, 1]);
  });

  it('knows when the stay is paused', () => {
    expect(isPaused([])).toBe(false);
    const pause = (id: number, admitted_on: string, resumed_on: string | null) => ({ id, admitted_on, resumed_on, note: '' });
    expect(isPaused([pause(1, '2026-11-01', '2026-11-05')])).toBe(false);
    expect(isPaused([pause(1, '2026-11-01', '2026-11-05'), pause(2, '2026-11-20', null)])).toBe(true);
  });
});

describe('what a colleague changed', () => {
  it('lists new admissions, færdigmeldinger and discharges', () => {
    const after: Admission[] = [closed, { ...open, ready_for_discharge_on: '2026-11-25' }, { ...told, id: 3, ward_id: 1, admitted_on: '2026-11-29', ready_for_discharge_on: null, discharged_on: null, legal_commands: [] }];
    expect(admissionChanges([closed, open], after, (iso) => iso.split('-').reverse().join('-'))).toEqual([
      'Indlæggelsen fra 20-11-2026 er færdigmeldt 25-11-2026.',
      'Ny indlæggelse registreret: indlagt 29-11-2026.',
    ]);
    expect(admissionChanges([closed, open], [closed, { ...open, discharged_on: '2026-11-28' }], (iso) => iso)).toEqual([
      'Indlæggelsen fra 2026-11-20 er udskrevet 2026-11-28.',
    ]);
    expect(admissionChanges([closed], [closed], (iso) => iso)).toEqual([]);
  });
});
