import { describe, expect, it } from 'vitest';
import { admissionChanges, admissionActions, checkDischarge, checkNewAdmission, checkReadyForDischarge, isPaused, openAdmission, sortAdmissions, type Admission } from './admissions';

const closed: Admission = { id: 1, ward_id: 1, admitted_on: '2026-05-18', ready_for_discharge_on: '2026-06-27', discharged_on: '2026-06-28' };
const open: Admission = { id: 2, ward_id: 2, admitted_on: '2026-11-20', ready_for_discharge_on: null, discharged_on: null };
const today = '2026-11-30';

describe('admissions', () => {
  it('offers færdigmelding and discharge only on an open admission', () => {
    expect(admissionActions(closed)).toEqual({ readyForDischarge: false, discharge: false });
    expect(admissionActions(open)).toEqual({ readyForDischarge: true, discharge: true });
    expect(admissionActions({ ...open, ready_for_discharge_on: '2026-11-25' })).toEqual({ readyForDischarge: false, discharge: true });
    expect(openAdmission([closed, open])?.id).toBe(2);
    expect(sortAdmissions([closed, open]).map((a) => a.id)).toEqual([2, 1]);
  });

  it('checks a new admission the way the server does, naming the field', () => {
    expect(checkNewAdmission({ admitted_on: '2026-11-01' }, [closed], today)).toBeNull();
    expect(checkNewAdmission({ admitted_on: '2026-12-01' }, [closed], today)?.field).toBe('admitted_on');
    expect(checkNewAdmission({ admitted_on: '2026-11-01', ready_for_discharge_on: '2026-10-31' }, [closed], today)?.field).toBe('ready_for_discharge_on');
    expect(checkNewAdmission({ admitted_on: '2026-11-01', discharged_on: '2026-10-31' }, [closed], today)?.field).toBe('discharged_on');
    expect(checkNewAdmission({ admitted_on: '2026-06-01', discharged_on: '2026-06-10' }, [closed], today)).toEqual({
      field: 'admitted_on',
      message: 'Indlæggelsen overlapper en anden indlæggelse.',
    });
    expect(checkNewAdmission({ admitted_on: '2026-11-25' }, [open], today)?.message).toMatch(/allerede registreret som indlagt/);
    expect(checkNewAdmission({ admitted_on: '2026-10-01', discharged_on: '2026-10-05' }, [closed, open], today)).toBeNull();
  });

  it('checks færdigmelding and discharge dates against the admission', () => {
    expect(checkReadyForDischarge('2026-11-19', open)?.field).toBe('ready_for_discharge_on');
    expect(checkReadyForDischarge('2026-11-20', open)).toBeNull();
    expect(checkDischarge('2026-12-01', open, today)?.field).toBe('discharged_on');
    expect(checkDischarge('2026-11-19', open, today)?.field).toBe('discharged_on');
    expect(checkDischarge('2026-11-30', open, today)).toBeNull();
  });

  it('knows when the stay is paused', () => {
    expect(isPaused([])).toBe(false);
    expect(isPaused([{ admitted_on: '2026-11-01', resumed_on: '2026-11-05' }])).toBe(false);
    expect(isPaused([{ admitted_on: '2026-11-01', resumed_on: '2026-11-05' }, { admitted_on: '2026-11-20', resumed_on: null }])).toBe(true);
  });
});

describe('what a colleague changed', () => {
  it('lists new admissions, færdigmeldinger and discharges', () => {
    const after: Admission[] = [closed, { ...open, ready_for_discharge_on: '2026-11-25' }, { id: 3, ward_id: 1, admitted_on: '2026-11-29' }];
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
