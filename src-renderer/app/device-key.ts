import { useEffect } from 'react';
import type { DeviceKeyView } from '../../src-shared/api/ops/bundle';
import { useApi, type ApiState } from '../api/use-api';

const CHANGED = 'studio-review:device-key-changed';

/** Tells every card that shows or uses this device's key that its passphrase changed. */
export function announceDeviceKeyChange(): void {
  window.dispatchEvent(new Event(CHANGED));
}

/** This device's key as the API shows it, loaded again whenever its passphrase changes anywhere on the page. */
export function useDeviceKey(): ApiState<DeviceKeyView> {
  const device = useApi('keys.device');
  const { reload } = device;
  useEffect(() => {
    window.addEventListener(CHANGED, reload);
    return () => window.removeEventListener(CHANGED, reload);
  }, [reload]);
  return device;
}
