import { Alert, List } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import type { Scenario } from '../../src-shared/scoring/stability';
import { namesOf } from './names';

/** Would the list change without any one expert, or under another method? Flips are listed, not hidden. */
export function StabilityReport({ session, results }: { session: SessionView; results: ResultsView }) {
  const { t } = useTranslation();
  const names = namesOf(session);
  const scenario = (s: Scenario) =>
    s.kind === 'leave-out-expert' ? t('scoring.stability.leaveOut', { expert: names.expert(s.expertId) }) : t('scoring.stability.method', { method: names.method(s.method) });
  const { stability } = results;
  if (stability.stable) return <Alert type="success" showIcon data-testid="stability" title={t('scoring.stability.stable')} description={t('scoring.stability.stableHint', { count: stability.scenarios.length })} />;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="stability"
      title={t('scoring.stability.flips', { count: stability.flips.length })}
      description={
        <List
          size="small"
          dataSource={stability.flips}
          renderItem={(f) => (
            <List.Item>
              {scenario(f.scenario)}：{names.studio(f.nominationId)}　{t(`scoring.results.cut.${f.baseline.cutStatus}`)} → {t(`scoring.results.cut.${f.changed.cutStatus}`)}
            </List.Item>
          )}
        />
      }
    />
  );
}
