import { Button, Input, Modal } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKeyView } from '../../src-shared/api/ops/bundle';
import type { ApiState } from '../api/use-api';
import { PassphraseCard } from '../office/PassphraseCard';
import { useDeviceKey } from './device-key';

/**
 * For a button that signs with this device's key: when the key has a passphrase, a field to type it in, and the
 * passphrase to send with the call (undefined when the key has none). A key with neither a passphrase nor the
 * recorded choice to run without one signs nothing: its first use is setting the passphrase, so the field is then
 * a button that opens the passphrase card. The key's view comes along for cards that show it.
 */
export function useDevicePassphrase(): { device: ApiState<DeviceKeyView>; passphrase?: string; field: ReactNode; missing: boolean } {
  const { t } = useTranslation();
  const device = useDeviceKey();
  const [passphrase, setPassphrase] = useState('');
  if (!device.data) return { device, field: null, missing: true };
  if (!device.data.protected && !device.data.noPassphrase) return { device, field: <FirstUse />, missing: true };
  if (!device.data.protected) return { device, field: null, missing: false };
  const field = (
    <Input.Password
      aria-label={t('office.passphrase.enter')}
      placeholder={t('office.passphrase.enter')}
      value={passphrase}
      onChange={(e) => setPassphrase(e.target.value)}
      autoComplete="off"
      style={{ width: 220 }}
      data-testid="device-passphrase"
    />
  );
  return { device, passphrase, field, missing: passphrase === '' };
}

function FirstUse() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="primary" danger onClick={() => setOpen(true)} data-testid="device-key-setup">
        {t('office.passphrase.setup')}
      </Button>
      <Modal open={open} title={t('office.passphrase.setupTitle')} footer={null} onCancel={() => setOpen(false)} destroyOnHidden width={760}>
        <PassphraseCard onChanged={() => setOpen(false)} />
      </Modal>
    </>
  );
}
