import type { ColumnFiltersState, SortingState } from '@tanstack/react-table';
import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { AppError, Result } from '../../src-shared/result';

/** What the table asks the back end: its search word, column filters and header sorting. */
export interface WindowQuery {
  search: string;
  columnFilters: ColumnFiltersState;
  sorting: SortingState;
}

export interface WindowRequest extends WindowQuery {
  offset: number;
  limit: number;
}

/** A window of the list: `rows` are lines `offset…` of the `matched` lines the query keeps, out of `total`. */
export interface WindowAnswer<T> {
  total: number;
  matched: number;
  offset: number;
  rows: T[];
}

/** Lines asked for on opening: a screen of the table and then some. */
const FIRST_WINDOW = 40;
/** Lines asked for either side of the ones on screen, so a slow scroll finds them already there. */
const MARGIN = 30;
/** A new search word waits this long for the next key before it is asked for. */
const SEARCH_DEBOUNCE_MS = 8;
/** Scrolling asks for the lines on screen once it has rested this long (a fast scroll shows placeholders). */
const RANGE_DEBOUNCE_MS = 12;

const NO_QUERY: WindowQuery = { search: '', columnFilters: [], sorting: [] };

/** What a list asks first: the top of the list, no search, no filter, no sorting. */
export const firstWindow = (): WindowRequest => ({ ...NO_QUERY, offset: 0, limit: FIRST_WINDOW + MARGIN });

export interface WindowedList<T, A extends WindowAnswer<T>> {
  /** The latest answer (of the current query, or of the previous one while the current is on its way). */
  answer?: A;
  error?: AppError;
  /** The search box's text (the query follows it a few milliseconds later). */
  search: string;
  setSearch(value: string): void;
  query: WindowQuery;
  setSorting(updater: SortingState | ((old: SortingState) => SortingState)): void;
  setColumnFilters(updater: ColumnFiltersState | ((old: ColumnFiltersState) => ColumnFiltersState)): void;
  /** The table's rows `start` to `end` (exclusive) are on screen. */
  show(start: number, end: number): void;
}

/**
 * A list too long for the page, read from the back end a window at a time: the lines on screen and a margin,
 * searched, filtered and sorted there. One request at a time per query; an answer to an older query or reload is
 * dropped. `version` is part of the query: a new value (another language, a saved change) asks again.
 */
export function useWindowedList<T, A extends WindowAnswer<T>>(
  load: (request: WindowRequest) => Promise<Result<A>>,
  version: string,
): WindowedList<T, A> {
  const [search, setSearchText] = useState('');
  const [query, setQuery] = useState<WindowQuery>(NO_QUERY);
  const [state, setState] = useState<{ answer?: A; key?: string; error?: AppError }>({});

  const key = JSON.stringify([version, query]);
  // The fetching reads these from refs: they change without a render (the range on every scrolled frame).
  const live = useRef({ key, query, load, range: { start: 0, end: FIRST_WINDOW }, answer: state.answer, answerKey: state.key });
  live.current.key = key;
  live.current.query = query;
  live.current.load = load;
  live.current.answer = state.answer;
  live.current.answerKey = state.key;
  const inFlight = useRef<string | undefined>(undefined);

  const pump = useCallback(() => {
    const { key, query, load, range, answer, answerKey } = live.current;
    // Lines past the end of the list (the range lags a shorter list by a frame) are not asked for.
    const covered =
      answer !== undefined &&
      answerKey === key &&
      answer.offset <= Math.min(range.start, answer.matched) &&
      answer.offset + answer.rows.length >= Math.min(range.end, answer.matched);
    if (covered || inFlight.current === key) return;
    inFlight.current = key;
    const offset = Math.max(0, range.start - MARGIN);
    const request = { ...query, offset, limit: range.end + MARGIN - offset };
    void load(request).then((r) => {
      if (inFlight.current === key) inFlight.current = undefined;
      if (live.current.key !== key) return; // a newer query or version: this answer is stale
      if (!r.ok) return setState({ answer: live.current.answer, key: live.current.answerKey, error: r.error });
      // Kept here too, not only at the next render: the check below must see this answer.
      live.current.answer = r.value;
      live.current.answerKey = key;
      // In a transition: drawing a window (the whole page, the first time) is rendered in slices between frames.
      startTransition(() => setState({ answer: r.value, key }));
      // The range may have moved while this was on its way.
      setTimeout(pump);
    });
  }, []);

  // A new query or version: ask at once for the lines on screen.
  useEffect(pump, [key, pump]);

  const rangeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback(
    (start: number, end: number) => {
      const range = live.current.range;
      if (range.start === start && range.end === end) return;
      live.current.range = { start, end };
      clearTimeout(rangeTimer.current);
      rangeTimer.current = setTimeout(pump, RANGE_DEBOUNCE_MS);
    },
    [pump],
  );

  const searchTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const setSearch = useCallback((value: string) => {
    setSearchText(value);
    clearTimeout(searchTimer.current);
    searchTimer.current = setTimeout(() => setQuery((q) => (q.search === value ? q : { ...q, search: value })), SEARCH_DEBOUNCE_MS);
  }, []);
  const setSorting = useCallback<WindowedList<T, A>['setSorting']>(
    (updater) => setQuery((q) => ({ ...q, sorting: typeof updater === 'function' ? updater(q.sorting) : updater })),
    [],
  );
  const setColumnFilters = useCallback<WindowedList<T, A>['setColumnFilters']>(
    (updater) => setQuery((q) => ({ ...q, columnFilters: typeof updater === 'function' ? updater(q.columnFilters) : updater })),
    [],
  );
  useEffect(() => () => (clearTimeout(rangeTimer.current), clearTimeout(searchTimer.current)), []);

  return { answer: state.answer, error: state.error, search, setSearch, query, setSorting, setColumnFilters, show };
}
