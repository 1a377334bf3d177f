import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScreeningOutcome } from '../../src-shared/screening/outcome';

const COLOURS: Record<ScreeningOutcome | 'unscreened', string> = {
  qualified: 'green',
  'not-qualified': 'red',
  'needs-judgement': 'orange',
  unscreened: 'default',
};

/** The outcome, and beside a qualified one admitted as an exception to a 原则上 rule, that it was. */
export function OutcomeTag({ outcome, exception = false }: { outcome: ScreeningOutcome | 'unscreened'; exception?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COLOURS[outcome]}>{t(`screening.outcome.${outcome}`)}</Tag>
      {exception && <Tag color="purple">{t('screening.exceptionTag')}</Tag>}
    </>
  );
}
