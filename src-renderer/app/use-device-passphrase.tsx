import { Input } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKeyView } from '../../src-shared/api/ops/bundle';
import { useApi, type ApiState } from '../api/use-api';

/**
 * For a button that signs with this device's key: when the key has a passphrase, a field to type it in, and the
 * passphrase to send with the call (undefined when the key has none). The key's view comes along for cards that
 * show it.
 */
export function useDevicePassphrase(): { device: ApiState<DeviceKeyView>; passphrase?: string; field: ReactNode; missing: boolean } {
  const { t } = useTranslation();
  const device = useApi('keys.device');
  const [passphrase, setPassphrase] = useState('');
  if (!device.data?.protected) return { device, field: null, missing: false };
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
