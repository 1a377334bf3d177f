/**
 * A selection year's lifecycle (issue 14): open → nominations → screening → review → proposed → published →
 * closed. Nothing stores the state: it is derived from what the year holds, so it can never disagree with the data.
 * A step is reached when its evidence exists; the year is at the furthest step reached, and every step before it
 * counts as done (a year whose sessions have signed is past screening even if some nominations were never screened:
 * the counts say so).
 *
 * Pure and free of Node modules: the renderer may import it.
 */
export const LIFECYCLE_STEPS = ['open', 'nominations', 'screening', 'review', 'proposed', 'published', 'closed'] as const;
export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

/** What the year holds, counted. */
export interface YearFacts {
  nominations: number;
  /** Nominations with a screening record. */
  screened: number;
  /** Review sessions of the year on this computer (coordinator), any phase. */
  sessions: number;
  /** Sessions with a settled proposed list: signed here, or taken in as a bundle (one session counted once). */
  proposals: number;
  /** Studios on those lists. */
  proposedStudios: number;
  /** Studios of the year in the register (0 until published, unless taken over from the year's list). */
  registered: number;
  published: boolean;
  closed: boolean;
}

export interface LifecycleStepView {
  step: LifecycleStep;
  done: boolean;
  /** The step the year is at (the furthest reached). */
  current: boolean;
  /** What the step counts, e.g. screened of nominations; absent where there is nothing to count. */
  count?: number;
  of?: number;
}

/** A year in the year picker: where it stands, to choose it by its state rather than by number alone. */
export interface YearSummary {
  year: number;
  current: LifecycleStep;
  nominations: number;
  /** Whether the year holds anything yet (a year offered to start has nothing). */
  hasData: boolean;
}

export interface YearLifecycle {
  year: number;
  steps: LifecycleStepView[];
  current: LifecycleStep;
  /** The next step to take; null once the year is closed. */
  next: LifecycleStep | null;
  facts: YearFacts;
}

function reached(step: LifecycleStep, f: YearFacts): boolean {
  switch (step) {
    case 'open':
      return true;
    case 'nominations':
      return f.nominations > 0;
    case 'screening':
      return f.screened > 0;
    case 'review':
      return f.sessions > 0 || f.proposals > 0;
    case 'proposed':
      return f.proposals > 0;
    case 'published':
      return f.published;
    case 'closed':
      return f.closed;
  }
}

function counted(step: LifecycleStep, f: YearFacts): Pick<LifecycleStepView, 'count' | 'of'> {
  switch (step) {
    case 'nominations':
      return { count: f.nominations };
    case 'screening':
      return { count: f.screened, of: f.nominations };
    case 'review':
      return { count: f.sessions };
    case 'proposed':
      return { count: f.proposedStudios };
    case 'published':
      return { count: f.registered };
    default:
      return {};
  }
}

export function yearLifecycle(year: number, facts: YearFacts): YearLifecycle {
  let at = 0;
  LIFECYCLE_STEPS.forEach((s, i) => {
    if (reached(s, facts)) at = i;
  });
  return {
    year,
    steps: LIFECYCLE_STEPS.map((step, i) => ({ step, done: i <= at, current: i === at, ...counted(step, facts) })),
    current: LIFECYCLE_STEPS[at],
    next: LIFECYCLE_STEPS[at + 1] ?? null,
    facts,
  };
}
