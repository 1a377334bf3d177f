import { Alert, App as AntApp, Checkbox, Descriptions, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyFilePreview, KeyRole } from '../../src-shared/api/ops/bundle';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { ROLES } from './roles';
import { localTime } from '../draw/local-time';

/**
 * Enrolment shows the key's fingerprint first, large, for comparing with the other computer; the enrol button
 * stays disabled until the person says the two are identical.
 */
export function EnrolKeyModal({ preview, content, onClose, onDone }: { preview: KeyFilePreview; content: Uint8Array; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [role, setRole] = useState<KeyRole>('meeting-laptop');
  const [label, setLabel] = useState(preview.label);
  const [compared, setCompared] = useState(false);
  const { busy, run } = useAction();
  const blocked = preview.isThisDevice || preview.enrolled !== null;
  return (
    <Modal
      open
      title={t('office.enrol.title')}
      okText={t('office.enrol.submit')}
      okButtonProps={{ disabled: !compared || blocked, loading: busy, ...({ 'data-testid': 'enrol-submit' } as object) }}
      onCancel={onClose}
      onOk={() =>
        run(() => api('keys.enrol', { content, role, label: label.trim() || undefined, fingerprint: preview.fingerprint }), (k) => {
          void message.success(t('office.enrol.done', { label: k.label }));
          onDone();
        })
      }
      width={720}
    >
      <p>{t('office.enrol.compare')}</p>
      <div className="office-fingerprint" data-testid="enrol-fingerprint">{preview.fingerprint}</div>
      <Descriptions column={1} size="small" style={{ margin: '12px 0' }}>
        <Descriptions.Item label={t('office.enrol.keyId')}>{preview.keyId}</Descriptions.Item>
        <Descriptions.Item label={t('office.enrol.fileLabel')}>{preview.label}</Descriptions.Item>
        <Descriptions.Item label={t('office.enrol.exportedAt')}>{localTime(preview.exportedAt)}</Descriptions.Item>
      </Descriptions>
      {preview.isThisDevice && <Alert type="warning" showIcon title={t('office.enrol.thisDevice')} />}
      {preview.enrolled && (
        <Alert type="warning" showIcon title={t('office.enrol.already', { label: preview.enrolled.label, role: t(`office.trust.roles.${preview.enrolled.role}`) })} />
      )}
      {!blocked && (
        <Form layout="vertical">
          <Form.Item label={t('office.enrol.role')}>
            <Select aria-label={t('office.enrol.role')} value={role} onChange={setRole} options={ROLES.map((r) => ({ value: r, label: t(`office.trust.roles.${r}`) }))} />
          </Form.Item>
          <Form.Item label={t('office.enrol.label')}>
            <Input aria-label={t('office.enrol.label')} value={label} onChange={(e) => setLabel(e.target.value)} maxLength={100} />
          </Form.Item>
          <Checkbox data-testid="enrol-compared" checked={compared} onChange={(e) => setCompared(e.target.checked)}>
            {t('office.enrol.confirm')}
          </Checkbox>
        </Form>
      )}
    </Modal>
  );
}
