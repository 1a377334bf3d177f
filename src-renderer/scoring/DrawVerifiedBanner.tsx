import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionDrawCheck } from '../../src-shared/scoring/draw-check';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import './draw-verified.css';
import { groupsOfFour } from '../../src-shared/text/groups';
import { stratumName } from '../i18n';

/** A hex string in groups of four, `a1b2 c3d4 …`, as hashes are read aloud and printed. */

/**
 * 抽取已核验: the laptop recomputes the draw (walk, call log, replacements) from the record the session package
 * brought, each time this opens, and shows the seed and the expert's own ticket and rank. In full before the
 * expert's first score, as one line afterwards; a failure is shown in red with the first difference.
 */
export function DrawVerifiedBanner({ sessionId, expertId, compact }: { sessionId: string; expertId: string; compact: boolean }) {
  const { t } = useTranslation();
  const check = useApi('session.drawCheck', { sessionId, expertId });
  if (check.error) {
    return (
      <div data-testid="draw-check-failed" style={{ marginBottom: 16 }}>
        <Alert type="error" showIcon title={<strong style={{ fontSize: 24 }}>{t('scoring.drawCheck.failed')}</strong>} />
        <ErrorAlert error={check.error} />
      </div>
    );
  }
  if (!check.data) {
    return (
      <div className="draw-verified compact" data-testid="draw-check-running">
        {t('scoring.drawCheck.checking')}
      </div>
    );
  }
  const c: SessionDrawCheck = check.data;
  const e = c.expert;
  const seed = <span className="hex" data-testid="draw-check-seed">{groupsOfFour(c.seed)}</span>;
  if (compact) {
    return (
      <div className="draw-verified compact" data-testid="draw-verified" role="status">
        <strong>✓ {t('scoring.drawCheck.verified')}</strong>
        <span>
          {t('scoring.drawCheck.seed')} {seed}
        </span>
        {e && <span>{t('scoring.drawCheck.rankShort', { stratum: stratumName(e.stratum), rank: e.stratumRank })}</span>}
      </div>
    );
  }
  return (
    <section className="draw-verified" data-testid="draw-verified" role="status" aria-live="polite">
      <h2>✓ {t('scoring.drawCheck.verified')}</h2>
      <p className="draw-verified-summary">
        {t('scoring.drawCheck.summary', { drawId: c.drawId, pool: c.poolSize, calls: c.calls, replacements: c.replacements, panel: c.panelSize })}
      </p>
      <dl>
        <dt>{t('scoring.drawCheck.seed')}</dt>
        <dd>{seed}</dd>
        {e && (
          <>
            <dt>{t('scoring.drawCheck.ticket')}</dt>
            <dd>
              <span className="ticket" data-testid="draw-check-ticket">
                {e.ticket}
              </span>
              <div data-testid="draw-check-rank">{t('scoring.drawCheck.rank', { stratum: stratumName(e.stratum), size: e.stratumSize, rank: e.stratumRank, overall: e.rank })}</div>
            </dd>
            <dt>{t('scoring.drawCheck.place')}</dt>
            <dd>
              {e.replacedId
                ? t('scoring.drawCheck.alternate', { order: e.drawOrder, replaced: e.replacedId, stratum: stratumName(e.stratum), seat: e.seat })
                : t('scoring.drawCheck.selected', { stratum: stratumName(e.stratum), seat: e.seat })}
            </dd>
          </>
        )}
      </dl>
    </section>
  );
}
