import { Alert, App as AntApp, Button, Card, Input, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupView } from '../../src-shared/api/ops/backup';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { localTime } from '../draw/local-time';
import './office.css';
import { FolderPathInput } from '../files/FolderPathInput';

/**
 * 办公室 → 备份与恢复: the database to a folder (a path typed, as for the result bundle's export), and back from a
 * backup file after a confirmation that says the current data is kept. The checks are the back end's
 * (office/backup.ts, restore.ts); a refusal shows its message and nothing changed.
 */
export function BackupPage() {
  const { t } = useTranslation();
  const status = useApi('backup.status');
  const timeZone = useApi('settings.get').data?.timeZone;
  const last = status.data?.last;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('backup.heading')}</Typography.Title>
        <Typography.Paragraph>{t('backup.intro')}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t('backup.contents')}</Typography.Paragraph>
        {status.data && (
          <Typography.Paragraph data-testid="backup-last">
            {last ? t('backup.last.at', { at: localTime(last.at, timeZone), file: last.file }) : t('backup.last.never')}
          </Typography.Paragraph>
        )}
      </div>
      <CreateBackupCard onDone={status.reload} />
      <RestoreCard />
    </Space>
  );
}

function CreateBackupCard({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const [folder, setFolder] = useState('');
  const [done, setDone] = useState<BackupView>();
  const { busy, run } = useAction();
  return (
    <Card title={t('backup.create.heading')}>
      <Typography.Paragraph type="secondary">{t('backup.create.hint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <FolderPathInput label={t('backup.create.folder')} placeholder={t('backup.create.folderPlaceholder')} value={folder} onChange={setFolder} style={{ minWidth: 420 }} />
          <Button
            type="primary"
            disabled={!folder.trim()}
            loading={busy}
            data-testid="backup-create"
            onClick={() => {
              setDone(undefined);
              void run(() => api('backup.create', { folder: folder.trim() }), (view) => {
                setDone(view);
                onDone();
              });
            }}
          >
            {t('backup.create.run')}
          </Button>
        </Space>
        {busy && <Spin description={t('backup.create.running')} />}
        {done && (
          <Alert
            type="success"
            showIcon
            data-testid="backup-created"
            title={t('backup.create.done', { file: done.file })}
            description={<span className="office-hash">{t('backup.create.details', { sha256: done.sha256, bytes: done.bytes, entries: done.auditEntries })}</span>}
          />
        )}
      </Space>
    </Card>
  );
}

function RestoreCard() {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const [file, setFile] = useState('');
  const { busy, run } = useAction();
  const restore = () =>
    modal.confirm({
      title: t('backup.restore.confirmTitle'),
      content: t('backup.restore.confirmContent'),
      okText: t('backup.restore.confirmOk'),
      okButtonProps: { danger: true },
      onOk: () =>
        run(() => api('backup.restore', { file: file.trim() }), (view) =>
          // Every page holds data read before the restore: the whole page starts again on the restored database.
          modal.success({ title: t('backup.restore.done', { file: view.file, kept: view.keptCopy }), onOk: () => window.location.reload() }),
        ),
    });
  return (
    <Card title={t('backup.restore.heading')}>
      <Typography.Paragraph type="secondary">{t('backup.restore.hint')}</Typography.Paragraph>
      <Space wrap>
        <Input
          aria-label={t('backup.restore.file')}
          addonBefore={t('backup.restore.file')}
          placeholder={t('backup.restore.filePlaceholder')}
          value={file}
          onChange={(e) => setFile(e.target.value)}
          style={{ minWidth: 560 }}
        />
        <Button danger disabled={!file.trim()} loading={busy} data-testid="backup-restore" onClick={restore}>
          {t('backup.restore.run')}
        </Button>
      </Space>
    </Card>
  );
}
