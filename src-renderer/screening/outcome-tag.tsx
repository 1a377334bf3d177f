import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScreeningOutcome } from '../../src-shared/screening/outcome';

const COLOURS: Record<ScreeningOutcome | 'unscreened', string> = {
  qualified: 'green',
  'not-qualified': 'red',
  'needs-judgement': 'orange',
  unscreened: 'default',
};

export function OutcomeTag({ outcome }: { outcome: ScreeningOutcome | 'unscreened' }) {
  const { t } = useTranslation();
  return <Tag color={COLOURS[outcome]}>{t(`screening.outcome.${outcome}`)}</Tag>;
}
