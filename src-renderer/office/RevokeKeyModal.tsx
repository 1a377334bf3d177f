import { Alert, App as AntApp, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrustedKeyView } from '../../src-shared/api/ops/bundle';
import { api } from '../api/client';
import { useAction } from '../app/use-action';

/** Revoking asks once, for a reason, and says what it means; the reason goes to the audit log. */
export function RevokeKeyModal({ trusted, onClose, onDone }: { trusted: TrustedKeyView; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();
  return (
    <Modal
      open
      title={t('office.revoke.title', { keyId: trusted.keyId })}
      okText={t('office.revoke.submit')}
      okButtonProps={{ danger: true, disabled: reason.trim() === '', loading: busy }}
      onCancel={onClose}
      onOk={() =>
        run(() => api('keys.revoke', { keyId: trusted.keyId, reason: reason.trim() }), () => {
          void message.success(t('office.revoke.done'));
          onDone();
        })
      }
    >
      <p>
        {trusted.label} · <span className="office-hash">{trusted.fingerprint}</span>
      </p>
      <Alert type="warning" showIcon title={t('office.revoke.warning')} style={{ marginBottom: 12 }} />
      <Input.TextArea
        aria-label={t('office.revoke.reason')}
        placeholder={t('office.revoke.reasonPlaceholder')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        maxLength={500}
        rows={3}
      />
    </Modal>
  );
}
