import { Button, Select } from 'antd';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellView } from '../../src-shared/api/views';
import type { SaveState } from './save-queue';
import { localized } from '../i18n';

interface Props {
  done: number;
  total: number;
  index: number;
  order: string[];
  cells: Map<string, CellView>;
  studio(id: string): string;
  save: SaveState;
  /** Some box holds a value outside the rules: it is not saved, and the bar says so. */
  invalid: boolean;
  onRetry(): void;
  onMove(delta: number): void;
  onJump(index: number): void;
  nextRef: RefObject<HTMLButtonElement | null>;
}

const mark = (cell?: CellView) => (cell?.state === 'scored' ? '✓' : cell?.state === 'recused' ? 'R' : cell?.state === 'partial' ? '…' : '');

/** Always on screen: how far along, whether everything is saved, and the way to the previous and next nomination. */
export function ScoringBar({ done, total, index, order, cells, studio, save, invalid, onRetry, onMove, onJump, nextRef }: Props) {
  const { t } = useTranslation();
  const shown = save.status === 'error' || invalid ? 'error' : save.status;
  return (
    <div className="scoring-bar">
      <span className="progress-count" aria-label={t('scoring.bar.progressLabel')}>
        {t('scoring.bar.done')} <span data-testid="progress">{`${done} / ${total}`}</span>
      </span>
      <span className={`save-state ${shown}`} data-testid="save-state" role="status" aria-live="polite">
        {t(`scoring.save.${shown}`)}
      </span>
      {save.error && (
        <>
          <span className="score-error" data-testid="save-error">
            {localized(save.error.message)}
          </span>
          <Button onClick={onRetry}>{t('common.retry')}</Button>
        </>
      )}
      <span className="spacer" />
      <Button size="large" disabled={index === 0} onClick={() => onMove(-1)} data-testid="prev">
        {t('scoring.bar.prev')}
      </Button>
      <Select
        size="large"
        style={{ width: 320 }}
        aria-label={t('scoring.bar.jump')}
        value={index}
        onChange={onJump}
        options={order.map((id, i) => ({ value: i, label: `${i + 1}. ${studio(id)} ${mark(cells.get(id))}` }))}
      />
      <Button size="large" type="primary" ref={nextRef} disabled={index === order.length - 1} onClick={() => onMove(1)} data-testid="next">
        {t('scoring.bar.next')}
      </Button>
    </div>
  );
}
