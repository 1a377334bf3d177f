import { App as AntApp, Button, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeTimeZone } from '../../src-shared/time/local-time';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { setOfficeTimeZone } from '../draw/local-time';
import { currentLanguage } from '../i18n';

// The zones an office of the provincial union can be in; a zone set another way (the CLI) is listed too.
const ZONES = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei', 'UTC'];

/** The office's time zone: every time on screen and on paper is shown in it (stored times stay UTC). */
export function TimeZoneSetting() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const settings = useApi('settings.get');
  const [zone, setZone] = useState<string>();
  const { busy, run } = useAction();
  const stored = settings.data?.timeZone;
  if (!stored) return null;
  const now = new Date().toISOString();
  const options = [...new Set([stored, ...ZONES])].map((z) => ({ value: z, label: describeTimeZone(currentLanguage(), z, now) }));
  return (
    <Space>
      <Select
        data-testid="settings-time-zone"
        aria-label={t('settings.timeZone')}
        style={{ minWidth: 300 }}
        value={zone ?? stored}
        options={options}
        onChange={setZone}
      />
      <Button
        disabled={busy || !zone || zone === stored}
        onClick={() =>
          run(() => api('settings.update', { timeZone: zone }), (s) => {
            setOfficeTimeZone(s.timeZone);
            void message.success(t('settings.saved'));
            settings.reload();
          })
        }
      >
        {t('settings.saveTimeZone')}
      </Button>
    </Space>
  );
}
