import { describe, expect, it } from 'vitest';
import type { CourseView } from './api/client';
import { COMMAND_SPECS, actorChanges, actorFields, updateActorPayload, type Actor } from './commands';
import { bodyOf, type FormValues } from './forms';

const actor: Actor = { id: 10, version: 3, kind: 'general_practitioner', name: 'Lægehuset', role: 'Egen læge', contact: 'Tlf. 8600 0000', consent_to_share: true, is_coordinator: false, consent_in_force: true };

describe('update-actor', () => {
  it('prefills the form with the actor’s current values', () => {
    const initial = Object.fromEntries(actorFields(actor).map((f) => [f.name, f.initial]));
    expect(initial).toEqual({ kind: 'general_practitioner', name: 'Lægehuset', role: 'Egen læge', contact: 'Tlf. 8600 0000', consent_to_share: true, is_coordinator: false });
  });

  it('sends the actor id and the version the form was based on; a cleared text is sent as empty', () => {
    const fields = actorFields(actor);
    const values: FormValues = { kind: 'general_practitioner', name: 'Lægehuset Nord', role: 'Egen læge', contact: '', consent_to_share: true, is_coordinator: true };
    expect(updateActorPayload(bodyOf(fields, values), actor)).toEqual({
      kind: 'general_practitioner',
      name: 'Lægehuset Nord',
      role: 'Egen læge',
      contact: '',
      consent_to_share: true,
      is_coordinator: true,
      actor_id: 10,
      version: 3,
    });
  });

  it('says what a colleague changed', () => {
    expect(actorChanges(actor, { ...actor, version: 4, name: 'Lægerne i Byen', is_coordinator: true })).toEqual([
      'Navn: »Lægehuset« → »Lægerne i Byen«',
      'Koordinerende: nej → ja',
    ]);
    expect(actorChanges(actor, actor)).toEqual([]);
  });
});

describe('decide-allocation', () => {
  const destinationField = (diedOn: string | null) =>
    COMMAND_SPECS['decide-allocation']?.fields({ citizen: { id: 1, died_on: diedOn } } as unknown as CourseView).find((f) => f.name === 'destination');

  it('offers "Død" when the hospital has told of the death, and nothing chosen beforehand otherwise', () => {
    expect(destinationField('2026-03-01')?.initial).toBe('deceased');
    expect(destinationField(null)?.initial).toBeUndefined();
  });
});
