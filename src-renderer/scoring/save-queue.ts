import type { CellView } from '../../src-shared/api/views';
import type { AppError, Result } from '../../src-shared/result';

/** One change of one cell, as `score.save` takes it (without session, expert and change reason). */
export interface CellPatch {
  nominationId: string;
  criteria?: Record<string, number | null>;
  comment?: string;
  recuse?: { reason: string };
}

export type SaveStatus = 'saved' | 'saving' | 'error';

export interface SaveState {
  status: SaveStatus;
  /** The last refusal or transport failure, while something is still unsaved. */
  error?: AppError;
}

type Send = (patch: CellPatch) => Promise<Result<CellView & { version: number }>>;

function merge(into: CellPatch, patch: CellPatch): void {
  if (patch.criteria) into.criteria = { ...into.criteria, ...patch.criteria };
  if (patch.comment !== undefined) into.comment = patch.comment;
}

/**
 * Saves changes one at a time, in the order they were made: two requests in flight could reach the server out
 * of order and leave an older value standing. Changes made while one is in flight are merged into the next
 * request (the latest value of each field wins). A refused or failed change is kept until a later change of the
 * same field replaces it or `retry` sends it again, and the state stays "not saved" until then: nothing typed is
 * ever dropped silently.
 */
export class SaveQueue {
  private pending: CellPatch[] = [];
  private failed: CellPatch[] = [];
  private running = false;
  private lastError?: AppError;

  constructor(
    private readonly send: Send,
    private readonly onState: (state: SaveState) => void,
    private readonly onSaved: (cell: CellView & { version: number }) => void,
  ) {}

  push(patch: CellPatch): void {
    this.forgetSuperseded(patch);
    const last = this.pending.at(-1);
    if (last && last.nominationId === patch.nominationId && !last.recuse && !patch.recuse) merge(last, patch);
    else this.pending.push({ ...patch, criteria: patch.criteria && { ...patch.criteria } });
    void this.pump();
  }

  retry(): void {
    this.pending.unshift(...this.failed.splice(0));
    void this.pump();
  }

  get idle(): boolean {
    return !this.running && this.pending.length === 0 && this.failed.length === 0;
  }

  /** A failed value that the expert has since retyped is no longer worth sending. */
  private forgetSuperseded(patch: CellPatch): void {
    for (const f of this.failed) {
      if (f.nominationId !== patch.nominationId) continue;
      if (f.criteria && patch.criteria) for (const k of Object.keys(patch.criteria)) delete f.criteria[k];
      if (patch.comment !== undefined) delete f.comment;
      if (patch.recuse) delete f.recuse;
    }
    this.failed = this.failed.filter((f) => (f.criteria && Object.keys(f.criteria).length) || f.comment !== undefined || f.recuse);
    if (!this.failed.length) this.lastError = undefined;
  }

  private report(): void {
    const status: SaveStatus = this.failed.length ? 'error' : this.running || this.pending.length ? 'saving' : 'saved';
    this.onState({ status, error: this.failed.length ? this.lastError : undefined });
  }

  private async pump(): Promise<void> {
    if (this.running) {
      this.report();
      return;
    }
    this.running = true;
    this.report();
    while (this.pending.length) {
      const patch = this.pending.shift()!;
      const r = await this.send(patch);
      if (r.ok) this.onSaved(r.value);
      else {
        this.failed.push(patch);
        this.lastError = r.error;
      }
      this.report();
    }
    this.running = false;
    this.report();
  }
}
