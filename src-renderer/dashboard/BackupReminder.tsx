import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/use-api';
import { localTime } from '../draw/local-time';

/** The dashboard's reminder when `backup.status` says a backup is due (the rule is in office/backup-status.ts). */
export function BackupReminder() {
  const { t } = useTranslation();
  const status = useApi('backup.status').data;
  const timeZone = useApi('settings.get').data?.timeZone;
  if (!status?.due || !status.reason) return null;
  return (
    <Alert
      style={{ marginTop: 16 }}
      type="warning"
      showIcon
      data-testid="backup-reminder"
      title={t(`backup.reminder.${status.reason}`, { at: status.last ? localTime(status.last.at, timeZone) : '', year: status.year })}
      action={
        <Button size="small" onClick={() => (window.location.hash = '#/backup')}>
          {t('backup.reminder.go')}
        </Button>
      }
    />
  );
}
