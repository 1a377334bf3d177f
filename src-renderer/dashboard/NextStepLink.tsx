import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { STEP_ROUTES, type PathStep } from '../../src-shared/office/year-path';

/** The end of one step points at the next one's page (issue 16): nobody has to know where the procedure goes on. */
export function NextStepLink({ done, next }: { done: string; next: PathStep }) {
  const { t } = useTranslation();
  return (
    <Alert
      style={{ marginBottom: 12 }}
      type="success"
      showIcon
      data-testid={`next-step-${next}`}
      title={done}
      action={
        <Button type="primary" onClick={() => (window.location.hash = `#/${STEP_ROUTES[next]}`)}>
          {t('guide.stepDone.goTo', { step: t(`guide.path.steps.${next}`) })}
        </Button>
      }
    />
  );
}
