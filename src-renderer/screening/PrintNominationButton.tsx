import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';

/** This nomination's page of the qualification sheet as its own PDF, to file or sign it alone. */
export function PrintNominationButton({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  return (
    <Button loading={busy} data-testid="screening-nomination-pdf" onClick={() => run(() => api('screening.nominationSheetPdf', { nominationId }), saveDownload)}>
      {t('screening.printNomination')}
    </Button>
  );
}
