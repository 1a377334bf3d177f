import { Input, Modal, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  /** Check-in: the PIN is chosen here, so it is typed twice. */
  confirm?: boolean;
  /** Signing a sheet: an optional written dissent travels with the signature. */
  dissent?: boolean;
  hint?: ReactNode;
  busy?: boolean;
  okText?: string;
  onCancel(): void;
  onSubmit(pin: string, dissent: string): void;
}

/** PIN entry for check-in, signing and exporting; Enter submits, so it works without a mouse. */
export function PinModal({ open, title, confirm, dissent, hint, busy, okText, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [text, setText] = useState('');
  const long = [...pin.normalize('NFKC')].length >= 4;
  const mismatch = confirm && again !== '' && again !== pin;
  const ready = long && (!confirm || again === pin);
  const submit = () => ready && !busy && onSubmit(pin, text);

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('scoring.pinOk')}
      okButtonProps={{ disabled: !ready, loading: busy, 'data-testid': 'pin-ok' }}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) {
          setPin('');
          setAgain('');
          setText('');
        }
      }}
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {hint && <Typography.Paragraph style={{ marginBottom: 0 }}>{hint}</Typography.Paragraph>}
        <label>
          {t('scoring.pin')}
          <Input.Password autoFocus size="large" aria-label={t('scoring.pin')} value={pin} onChange={(e) => setPin(e.target.value)} onPressEnter={submit} />
        </label>
        {confirm && (
          <label>
            {t('scoring.pinAgain')}
            <Input.Password size="large" aria-label={t('scoring.pinAgain')} value={again} status={mismatch ? 'error' : undefined} onChange={(e) => setAgain(e.target.value)} onPressEnter={submit} />
            {mismatch && <Typography.Text type="danger">{t('scoring.pinMismatch')}</Typography.Text>}
          </label>
        )}
        {!long && pin !== '' && <Typography.Text type="danger">{t('scoring.pinShort')}</Typography.Text>}
        {dissent && (
          <label>
            {t('scoring.dissent')}
            <Input.TextArea rows={3} aria-label={t('scoring.dissent')} value={text} onChange={(e) => setText(e.target.value)} />
          </label>
        )}
      </Space>
    </Modal>
  );
}
