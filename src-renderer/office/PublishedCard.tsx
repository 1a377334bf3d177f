import { Alert, Button, Card, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PublicationFilesView, PublicationOutput, PublicationView, StudioView } from '../../src-shared/api/ops/publication';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { formatDate, localized } from '../i18n';
import { FolderPathInput } from '../files/FolderPathInput';

/** The published list, locked: its studios under their register numbers, and its files to save or write to a folder. */
export function PublishedCard({ publication }: { publication: PublicationView }) {
  const { t } = useTranslation();
  const list = useApi('publication.get', { year: publication.year });
  const save = useAction();
  const write = useAction();
  const [folder, setFolder] = useState('');
  const [written, setWritten] = useState<PublicationFilesView>();
  const studios = list.data?.studios ?? [];
  const download = (output: PublicationOutput) => save.run(() => api('publication.download', { year: publication.year, output }), saveDownload);
  return (
    <Card>
      <Alert
        type="success"
        showIcon
        data-testid="published-banner"
        title={t('publication.published.title', { year: publication.year, date: formatDate(publication.publishedOn), docNo: publication.docNo, n: studios.length })}
        description={publication.noticeStart && publication.noticeEnd ? t('publication.published.notice', { start: formatDate(publication.noticeStart), end: formatDate(publication.noticeEnd) }) : undefined}
      />
      <Space wrap style={{ margin: '12px 0' }}>
        <Button data-testid="save-xlsx" loading={save.busy} onClick={() => void download('xlsx')}>{t('publication.published.xlsx')}</Button>
        <Button data-testid="save-pdf" loading={save.busy} onClick={() => void download('pdf')}>{t('publication.published.pdf')}</Button>
        {publication.noticeStart && (
          <Button data-testid="save-notice" loading={save.busy} onClick={() => void download('notice')}>{t('publication.published.notice_txt')}</Button>
        )}
        <FolderPathInput label={t('publication.published.folder')} placeholder={t('publication.published.folderPlaceholder')} value={folder} onChange={setFolder} style={{ minWidth: 380 }} />
        <Button disabled={!folder.trim()} loading={write.busy} onClick={() => void write.run(() => api('publication.files', { year: publication.year, destination: folder.trim() }), setWritten)}>
          {t('publication.published.write')}
        </Button>
      </Space>
      {written && <Alert type="success" showIcon style={{ marginBottom: 12 }} title={t('publication.published.written', { folder: written.folder, files: written.files.map((f) => f.name).join('、') })} />}
      <Table<StudioView>
        data-testid="published-table"
        size="small"
        rowKey="id"
        loading={list.loading}
        pagination={false}
        dataSource={studios}
        columns={[
          { title: t('publication.col.registerNumber'), dataIndex: 'id', width: 150 },
          { title: t('publication.col.sector'), dataIndex: 'sector', render: (s: StudioView['sector']) => localized(SECTOR_LABELS[s]) },
          { title: t('publication.col.studio'), dataIndex: 'studioName' },
          { title: t('publication.col.leader'), dataIndex: 'leaderName' },
          { title: t('publication.col.workUnit'), dataIndex: 'workUnitName' },
          { title: t('publication.col.recommendingUnit'), dataIndex: 'recommendingUnit' },
        ]}
      />
    </Card>
  );
}
