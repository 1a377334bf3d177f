import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { PinModal } from './PinModal';

interface Props {
  open: boolean;
  sessionId: string;
  expertId: string;
  /** The expert's name, as the panel lists it. */
  name: string;
  onOpened(): void;
  onCancel(): void;
}

/** The expert's PIN opens their sheet on this laptop; a wrong PIN's message says how many in a row, and any wait. */
export function SheetPinModal({ open, sessionId, expertId, name, onOpened, onCancel }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  return (
    <PinModal
      open={open}
      title={t('scoring.sheetPin.title', { name })}
      hint={t('scoring.sheetPin.hint', { name })}
      busy={busy}
      onCancel={onCancel}
      onSubmit={(pin) => void run(() => api('score.unlock', { sessionId, expertId, pin }), onOpened)}
    />
  );
}
