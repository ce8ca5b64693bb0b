// "Ret" on one of the course's actors: the actor form prefilled with its current values, sent as
// update-actor with the actor's version. After a 412 the input stays, and once the newest course is
// fetched the form says what the colleague changed on this actor.
import { useState } from 'react';
import type { CourseView } from '../api/client';
import { actorChanges, actorFields, updateActorPayload, type Actor, type RunCommand } from '../commands';
import { CommandForm } from '../forms';

interface Props {
  course: CourseView;
  actor: Actor;
  run: RunCommand;
  onRefresh(): void;
  onDone(): void;
}

export function ActorEdit({ course, actor, run, onRefresh, onDone }: Props) {
  // The actor as it was when the form opened; the course prop carries the newest after a refresh.
  const [opened] = useState<Actor>(actor);
  const current = course.actors.find((a) => a.id === actor.id) ?? actor;
  const changes = actorChanges(opened, current);
  return (
    <div className="action-panel actor-edit">
      <h3>Ret aktør: {opened.name}</h3>
      {changes.length > 0 ? (
        <div className="alert alert-info" role="status">
          <strong>En kollega har ændret aktøren, mens du havde formularen åben:</strong>
          <ul>
            {changes.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          Dine ændringer nedenfor er bevaret. Tjek dem og gem igen.
        </div>
      ) : null}
      <CommandForm
        id={`actor-${actor.id}`}
        fields={actorFields(opened)}
        submitLabel="Gem ændringer"
        resetOnSuccess={false}
        conflictText="En kollega har ændret forløbet eller aktøren, siden du åbnede formularen."
        onRefresh={onRefresh}
        onSubmit={async (form) => {
          await run('update-actor', updateActorPayload(form, current));
          onDone();
        }}
      />
    </div>
  );
}
