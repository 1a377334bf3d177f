import { Button, Input, Switch } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { HexGroups } from './HexGroups';
import { seatsFirst } from './panel-summary';
import { witnessConfirmed, witnessProblem, type WitnessEntry } from './witness-entries';
import { WitnessActions } from './WitnessStep';
import { stratumName } from '../i18n';

/** Seats on one projector screen; beyond this the result is paged. */
export const SEATS_PER_SCREEN = 15;

export const MASK = '＊＊＊';

export interface ProjectorProps {
  year: number;
  draw: DrawView;
  step: 1 | 2 | 3;
  entries: WitnessEntry[];
  setEntries(update: (all: WitnessEntry[]) => WitnessEntry[]): void;
  masked: boolean;
  setMasked(masked: boolean): void;
  onNext(): void;
  onDrawn(d: DrawView): void;
  onExit(): void;
}

/**
 * Projector mode (投影模式) of the commitment, witness and result steps: the whole screen, read from the back of
 * the room. The operator keeps a few controls in the top bar and at the bottom; Esc (or the button) goes back.
 */
export function Projector(props: ProjectorProps) {
  if (props.step === 1) return <ProjectorCommitment {...props} />;
  if (props.step === 2) return <ProjectorWitnesses {...props} />;
  return <ProjectorResult {...props} />;
}

function Frame({
  year,
  draw,
  onExit,
  controls,
  status,
  actions,
  children,
}: {
  year: number;
  draw: DrawView;
  onExit(): void;
  controls?: ReactNode;
  status: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="pj" data-testid="projector">
      <div className="pj-top">
        <div className="pj-title">{t('draw.pj.title', { year, drawId: draw.drawId })}</div>
        <div className="pj-controls">
          {controls}
          <Button size="large" onClick={onExit} data-testid="projector-exit">
            {t('draw.pj.exit')}
          </Button>
        </div>
      </div>
      <div className="pj-status" data-testid="projector-status" role="status">
        {status}
      </div>
      <div className="pj-main">{children}</div>
      {actions && <div className="pj-actions">{actions}</div>}
    </div>
  );
}

function ProjectorCommitment({ year, draw, onNext, onExit }: ProjectorProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return (
    <Frame
      year={year}
      draw={draw}
      onExit={onExit}
      status={t('draw.pj.statusCommitment')}
      actions={
        <>
          <Button size="large" loading={busy} onClick={() => run(() => api('draw.commitmentPdf', { drawId: draw.drawId }), saveDownload)} data-testid="print-commitment">
            {t('draw.printCommitment')}
          </Button>
          <Button size="large" type="primary" onClick={onNext} data-testid="to-witnesses">
            {t('draw.toWitnesses')}
          </Button>
        </>
      }
    >
      <div className="pj-info">
        {t('draw.pj.poolInfo', { pool: draw.poolSize, seats: sum(draw.config.quotas), alternates: sum(draw.config.alternates), cap: draw.config.unitCap })}
      </div>
      <div className="pj-hash-block">
        <div className="pj-caption">{t('draw.fingerprint.pool')}</div>
        <HexGroups className="pj-hash" perLine={8} value={draw.poolHash} testId="pool-hash" />
      </div>
      <div className="pj-hash-block">
        <div className="pj-caption">{t('draw.fingerprint.config')}</div>
        <HexGroups className="pj-hash" perLine={8} value={draw.configHash} testId="config-hash" />
      </div>
    </Frame>
  );
}

/** The seed (or the place it will stand) with, beside it, each witness's digits that make it. */
function SeedPanel({ seed, computing, witnesses }: { seed?: string; computing?: boolean; witnesses: { name: string; digits: string }[] }) {
  const { t } = useTranslation();
  return (
    <div className="pj-seed-panel">
      <div>
        <div className="pj-caption">{t('draw.fingerprint.seed')}</div>
        {seed ? (
          <HexGroups className="pj-seed" perLine={8} value={seed} testId="draw-seed" />
        ) : (
          <div className="pj-seed pj-seed-pending" data-testid="seed-pending">
            {computing ? t('draw.pj.computing') : t('draw.pj.seedPending')}
          </div>
        )}
      </div>
      <div>
        <div className="pj-caption">{t('draw.pj.witnessDigits')}</div>
        <div className="pj-witness-list" data-testid="witness-digits">
          {witnesses.map((w, i) => (
            <div className="pj-witness-row" key={i}>
              <span className="pj-witness-row-name">{w.name}</span>
              <HexGroups value={w.digits} />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

function ProjectorWitnesses({ year, draw, entries, setEntries, onDrawn, onExit }: ProjectorProps) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const set = (i: number, change: Partial<WitnessEntry>) => setEntries((all) => all.map((e, j) => (j === i ? { ...e, ...change } : e)));
  const confirmed = entries.filter((e) => e.name.trim() && witnessConfirmed(e));
  return (
    <Frame
      year={year}
      draw={draw}
      onExit={onExit}
      status={busy ? t('draw.pj.statusComputing') : t('draw.pj.statusWitnesses', { done: confirmed.length, total: entries.length })}
      actions={<WitnessActions draw={draw} entries={entries} setEntries={setEntries} onDrawn={onDrawn} busy={busy} run={run} />}
    >
      <div className="pj-witnesses" style={{ gridTemplateColumns: `repeat(${Math.min(Math.max(entries.length, 1), 5)}, minmax(0, 1fr))` }}>
        {entries.map((e, i) => {
          const problem = witnessProblem(e, t);
          const ok = witnessConfirmed(e) && !problem;
          return (
            <div key={i} className={`pj-witness ${ok ? 'pj-ok' : problem ? 'pj-bad' : 'pj-wait'}`} data-testid="pj-witness">
              <div className="pj-caption">{t('draw.pj.witness', { n: i + 1 })}</div>
              <Input
                className="pj-witness-name"
                aria-label={`${t('draw.witnessName')} ${i + 1}`}
                placeholder={t('draw.witnessName')}
                value={e.name}
                onChange={(x) => set(i, { name: x.target.value })}
              />
              <Input
                className="pj-witness-digits"
                aria-label={`${t('draw.digitsFirst')} ${i + 1}`}
                placeholder={t('draw.digitsFirst')}
                inputMode="numeric"
                value={e.first}
                onChange={(x) => set(i, { first: x.target.value.trim() })}
              />
              <Input
                className="pj-witness-digits"
                aria-label={`${t('draw.digitsSecond')} ${i + 1}`}
                placeholder={t('draw.digitsSecond')}
                inputMode="numeric"
                value={e.second}
                status={problem ? 'error' : undefined}
                onChange={(x) => set(i, { second: x.target.value.trim() })}
              />
              <div className="pj-witness-status" data-testid="pj-witness-status">
                {problem ?? (ok ? t('draw.pj.confirmed') : t('draw.pj.waiting'))}
              </div>
            </div>
          );
        })}
      </div>
      <SeedPanel computing={busy} witnesses={confirmed.map((e) => ({ name: e.name.trim(), digits: e.first }))} />
    </Frame>
  );
}

function ProjectorResult({ year, draw, masked, setMasked, onExit }: ProjectorProps) {
  const { t } = useTranslation();
  const p = draw.protocol!;
  const rows = seatsFirst(draw);
  const pages = Math.max(1, Math.ceil(rows.length / SEATS_PER_SCREEN));
  const [page, setPage] = useState(0);
  const shown = rows.slice(page * SEATS_PER_SCREEN, (page + 1) * SEATS_PER_SCREEN);
  const selected = rows.filter((r) => r.status === 'selected').length;

  // Page with the keys a presenter's remote sends (PageDown/PageUp, arrows).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement) return;
      if (e.key === 'PageDown' || e.key === 'ArrowRight') setPage((n) => Math.min(n + 1, pages - 1));
      if (e.key === 'PageUp' || e.key === 'ArrowLeft') setPage((n) => Math.max(n - 1, 0));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pages]);

  return (
    <Frame
      year={year}
      draw={draw}
      onExit={onExit}
      status={t('draw.pj.statusResult', { selected, alternates: rows.length - selected })}
      controls={
        <>
          <label className="pj-mask">
            <Switch checked={masked} onChange={setMasked} data-testid="mask-names" aria-label={t('draw.pj.maskNames')} /> {t('draw.pj.maskNames')}
          </label>
          {pages > 1 && (
            <>
              <Button size="large" disabled={page === 0} onClick={() => setPage(page - 1)} data-testid="pj-prev">
                {t('draw.pj.prev')}
              </Button>
              <span className="pj-page" data-testid="pj-page">
                {t('draw.pj.page', { page: page + 1, pages })}
              </span>
              <Button size="large" disabled={page >= pages - 1} onClick={() => setPage(page + 1)} data-testid="pj-next">
                {t('draw.pj.next')}
              </Button>
            </>
          )}
        </>
      }
    >
      <SeedPanel seed={p.seed} witnesses={p.witnesses} />
      <div className="pj-grid" data-testid="pj-seats">
        {shown.map((r) => (
          <div key={r.id} className={`pj-seat pj-${r.status}`} data-testid="pj-seat">
            <div className="pj-seat-meta">
              {r.status === 'selected' ? t('draw.pj.seat', { stratum: stratumName(r.stratum), order: r.order }) : t('draw.pj.standby', { stratum: stratumName(r.stratum), order: r.order })} · #{r.rank} · {r.id}
              {masked ? '' : ` · ${draw.experts[r.id]?.unitName ?? r.unitCode}`}
            </div>
            <div className="pj-seat-line">
              <span className="pj-seat-name" data-testid="pj-seat-name">
                {masked ? MASK : (draw.experts[r.id]?.name ?? r.id)}
              </span>
              <span className="pj-seat-status" data-testid="pj-seat-status">
                {t(`draw.rowStatus.${r.status}`)}
              </span>
            </div>
          </div>
        ))}
      </div>
    </Frame>
  );
}
