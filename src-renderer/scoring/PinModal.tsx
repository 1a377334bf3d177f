import { Input, Modal, Space, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAcceptableNewPin } from '../../src-shared/scoring/pin-rule';

interface Props {
  open: boolean;
  title: string;
  /** Check-in: the PIN is chosen here, so it is typed twice and must meet the rule for new PINs (6 digits or more). */
  confirm?: boolean;
  /** Signing a sheet: an optional written dissent travels with the signature. */
  dissent?: boolean;
  hint?: ReactNode;
  busy?: boolean;
  okText?: string;
  onCancel(): void;
  onSubmit(pin: string, dissent: string): void;
}

/**
 * PIN entry for check-in, opening a sheet, signing and exporting; Enter submits, so it works without a mouse. A PIN
 * that already exists is sent as typed: a vault an earlier version locked under 4 digits must keep opening.
 */
export function PinModal({ open, title, confirm, dissent, hint, busy, okText, onCancel, onSubmit }: Props) {
  const { t } = useTranslation();
  const [pin, setPin] = useState('');
  const [again, setAgain] = useState('');
  const [text, setText] = useState('');
  const valid = confirm ? isAcceptableNewPin(pin) : pin !== '';
  const mismatch = confirm && again !== '' && again !== pin;
  const ready = valid && (!confirm || again === pin);
  const label = confirm ? t('scoring.pinNew') : t('scoring.pin');
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
          {label}
          <Input.Password autoFocus size="large" aria-label={label} inputMode="numeric" value={pin} onChange={(e) => setPin(e.target.value)} onPressEnter={submit} />
        </label>
        {confirm && (
          <label>
            {t('scoring.pinAgain')}
            <Input.Password size="large" aria-label={t('scoring.pinAgain')} value={again} status={mismatch ? 'error' : undefined} onChange={(e) => setAgain(e.target.value)} onPressEnter={submit} />
            {mismatch && <Typography.Text type="danger">{t('scoring.pinMismatch')}</Typography.Text>}
          </label>
        )}
        {!valid && pin !== '' && <Typography.Text type="danger">{t('scoring.pinRule')}</Typography.Text>}
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
