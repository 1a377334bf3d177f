/**
 * The year as an office worker walks it (issue 16): import → screening → draw → session → sign-off → export →
 * verify → publish → close, each step with its count and the page where it is done. It is the year's one model of
 * where it stands (dashboard, year picker, closing): derived from what the data folder holds, never stored, so it
 * can never disagree with the data. The meeting laptop exports and the office verifies, so a
 * step counts as done once it or any later step has its evidence: the office's computer, which never exported a
 * bundle itself, is past "export" once it has verified one.
 *
 * Pure and free of Node modules: the renderer may import it.
 */
export const PATH_STEPS = ['import', 'screening', 'draw', 'session', 'sign-off', 'export', 'verify', 'publish', 'close'] as const;
export type PathStep = (typeof PATH_STEPS)[number];

/** What the data folder holds for the year, counted. */
export interface YearPathFacts {
  experts: number;
  nominations: number;
  /** Nominations with a screening record. */
  screened: number;
  /** Of those, the ones a screener still has to decide (待判定). */
  needsJudgement: number;
  /** Decided, not yet confirmed by a second person. */
  awaitingConfirmation: number;
  /** Draws of the year carried to their end. */
  drawsFinished: number;
  /** Review sessions of the year on this computer (coordinator). */
  sessions: number;
  /** Of those, signed off by the panel. */
  signed: number;
  /** Sessions whose result bundle was exported here. */
  exported: number;
  /** Result bundles of the year verified and taken in here. */
  verified: number;
  published: boolean;
  closed: boolean;
}

export interface PathStepView {
  step: PathStep;
  done: boolean;
  count?: number;
  of?: number;
  /** The page (route key) where the step is done. */
  route: string;
}

export interface YearPath {
  year: number;
  steps: PathStepView[];
  /** The furthest step done; null while nothing is. */
  current: PathStep | null;
  /** The first step not done; null once the year is closed. */
  next: PathStep | null;
  /** Nothing in the data folder yet: the first run, where demo data or an import starts the year. */
  firstRun: boolean;
  facts: YearPathFacts;
}

function reached(step: PathStep, f: YearPathFacts): boolean {
  switch (step) {
    case 'import':
      return f.experts > 0 && f.nominations > 0;
    case 'screening':
      return f.nominations > 0 && f.screened === f.nominations;
    case 'draw':
      return f.drawsFinished > 0;
    case 'session':
      return f.sessions > 0;
    case 'sign-off':
      return f.signed > 0;
    case 'export':
      return f.exported > 0;
    case 'verify':
      return f.verified > 0;
    case 'publish':
      return f.published;
    case 'close':
      return f.closed;
  }
}

/** The page (route key) where each step is done. */
export const STEP_ROUTES: Record<PathStep, string> = {
  import: 'nominations',
  screening: 'screening',
  draw: 'draw',
  session: 'session',
  'sign-off': 'session',
  export: 'office',
  verify: 'office',
  publish: 'publication',
  close: 'publication',
};

function counted(step: PathStep, f: YearPathFacts): Pick<PathStepView, 'count' | 'of'> {
  switch (step) {
    case 'import':
      return { count: f.nominations };
    case 'screening':
      return { count: f.screened, of: f.nominations };
    case 'draw':
      return { count: f.drawsFinished };
    case 'session':
      return { count: f.sessions };
    case 'sign-off':
      return { count: f.signed };
    case 'export':
      return { count: f.exported };
    case 'verify':
      return { count: f.verified };
    default:
      return {};
  }
}

// An empty pool is imported first: the nominations are no use without experts to draw.
const routeOf = (step: PathStep, f: YearPathFacts) => (step === 'import' && f.experts === 0 ? 'pool' : STEP_ROUTES[step]);

export function yearPath(year: number, facts: YearPathFacts): YearPath {
  let furthest = -1;
  PATH_STEPS.forEach((s, i) => {
    if (reached(s, facts)) furthest = i;
  });
  // Every step up to the furthest one reached is done; the counts still show what is incomplete (40 of 45 screened).
  const steps = PATH_STEPS.map((step, i) => ({ step, ...counted(step, facts), route: routeOf(step, facts), done: i <= furthest }));
  return {
    year,
    steps,
    current: furthest < 0 ? null : PATH_STEPS[furthest],
    next: steps.find((s) => !s.done)?.step ?? null,
    firstRun: facts.experts === 0 && facts.nominations === 0,
    facts,
  };
}

/** A year in the year picker: where it stands, to choose it by its state rather than by number alone. */
export interface YearSummary {
  year: number;
  current: PathStep | null;
  nominations: number;
  /** Whether the year holds anything yet (a year offered to start has nothing). */
  hasData: boolean;
}

export function yearSummary(path: YearPath): YearSummary {
  const f = path.facts;
  return { year: path.year, current: path.current, nominations: f.nominations, hasData: f.nominations + f.sessions + f.verified > 0 || f.published };
}
