// Renders the real Overblik (BoardView) with a synthetic unit of 100 places and measures, in the
// browser, how long React takes to render and lay it out. Results go to window.benchResult.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import type { Board } from '../src/api/client';
import { BoardView } from '../src/pages/BoardPage';
import '../src/styles.css';

function waiting(course_id: number, citizen_name: string, accepted_on: string, days_waiting: number) {
  return {
    course_id,
    citizen_name,
    accepted_on,
    days_waiting,
    planned_move_in_on: null,
    ready_for_discharge_on: null,
    days_awaiting_discharge: 0,
    key_worker: 'Tovholder Test',
    overdue_tasks: 0,
  };
}

function syntheticBoard(places: number): Board {
  const states = ['phase_2', 'phase_3'] as const;
  return {
    unit: { id: 1, name: 'Måleenhed' },
    today: '2026-11-30',
    free_places: { regular: Math.floor(places / 10), guest: 1 },
    new_referrals: 3,
    overdue_tasks: 12,
    next_in_line: 2000,
    places: Array.from({ length: places }, (_, i) => ({
      place_id: i + 1,
      number: i + 1,
      kind: i % 20 === 19 ? ('guest' as const) : ('regular' as const),
      closed: i % 50 === 49,
      occupant:
        i % 10 === 0
          ? null
          : {
              course_id: 1000 + i,
              citizen_name: `Borger nummer ${i + 1}`,
              state: states[i % 2],
              moved_in_on: '2026-09-01',
              days_on_place: 90 + i,
              planned_end_on: '2026-12-31',
              paused: i % 17 === 0,
              overdue_tasks: i % 7 === 0 ? 2 : 0,
              has_crisis_plan: i % 3 === 0,
            },
    })),
    waiting_list: Array.from({ length: 10 }, (_, i) => waiting(2000 + i, `Venter ${i + 1}`, '2026-11-01', 29)),
    incoming: Array.from({ length: 5 }, (_, i) => waiting(3000 + i, `På vej ${i + 1}`, '2026-11-20', 10)),
  };
}

const board = syntheticBoard(100);
const container = document.getElementById('root')!;

/** Renders the board `runs` times (unmounting in between) and returns wall-clock times in ms. */
function renderBoard(runs: number) {
  const timings: number[] = [];
  const reactOnly: number[] = [];
  for (let run = 0; run < runs; run++) {
    const root = createRoot(container);
    const start = performance.now();
    flushSync(() =>
      root.render(
        <MemoryRouter>
          <BoardView board={board} />
        </MemoryRouter>,
      ),
    );
    reactOnly.push(performance.now() - start);
    void container.getBoundingClientRect(); // force style and layout so they count
    timings.push(performance.now() - start);
    const rows = container.querySelectorAll('.board-places tbody tr').length;
    if (rows !== 100) throw new Error(`expected 100 rows, got ${rows}`);
    if (run < runs - 1) root.unmount();
  }
  return { timings, reactOnly };
}

/** Starts React once with a small tree, as the app shell has when the user opens Overblik. */
function warmUp() {
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <MemoryRouter>
        <p>Afklaring</p>
      </MemoryRouter>,
    ),
  );
  root.unmount();
}

// The runner (bench/run.mjs) calls these around Chrome's thread-time metric, so it can report the
// main thread's CPU time as well as wall-clock time (which grows with the machine's load).
Object.assign(window, { renderBoard, warmUp, benchReady: true });
