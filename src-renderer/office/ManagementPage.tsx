import { Button, Card, InputNumber, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ManagedStudio, ManagedStudioRow, OpenRectification } from '../../src-shared/office/management-views';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { formatDate } from '../i18n';
import { CheckModal } from './management/CheckModal';
import type { ManagementDialog } from './management/dialogs';
import { FactModal } from './management/FactModal';
import { RecheckModal } from './management/RecheckModal';
import { RevokeModal } from './management/RevokeModal';
import { StatusTag } from './management/StatusTag';
import { StudioDrawer } from './management/StudioDrawer';
import './office.css';

/**
 * 办公室 → 动态管理 (Art. 17, and the service records of Art. 13 to 16, 18): the year's studios still to check, the
 * open rectifications with their deadlines (overdue in red), every studio of the register, and one studio's record.
 */
export function ManagementPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const [chosenYear, setYear] = useState<number>();
  const year = chosenYear ?? settings.data?.year;
  const due = useApi('management.due', year ? { year } : null);
  const studios = useApi('management.studios');
  const [dialog, setDialog] = useState<ManagementDialog>();
  const [shown, setShown] = useState<string>();
  // The drawer is remounted after a change so it reads the studio again.
  const [version, setVersion] = useState(0);
  const today = due.data?.today ?? '';

  const done = () => {
    setDialog(undefined);
    due.reload();
    studios.reload();
    setVersion((v) => v + 1);
  };
  const studioColumns = [
    { title: t('management.columns.id'), dataIndex: 'id', render: (id: string) => <Typography.Link onClick={() => setShown(id)}>{id}</Typography.Link> },
    { title: t('management.columns.name'), dataIndex: 'studioName' },
    { title: t('management.columns.leader'), dataIndex: 'leaderName' },
    { title: t('management.columns.unit'), dataIndex: 'workUnitName' },
  ];

  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('management.heading')}</Typography.Title>
        <Typography.Paragraph>{t('management.intro')}</Typography.Paragraph>
        <Space>
          <span>{t('management.year')}</span>
          <InputNumber aria-label={t('management.year')} min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="management-year" />
          {today && <Typography.Text type="secondary">{t('management.today', { date: formatDate(today) })}</Typography.Text>}
        </Space>
      </div>
      {due.error && <ErrorAlert error={due.error} />}

      <Card title={t('management.due.heading', { year: year ?? '' })}>
        <Typography.Paragraph type="secondary">{t('management.due.hint')}</Typography.Paragraph>
        <Table<ManagedStudio>
          data-testid="due-table"
          rowKey="id"
          size="middle"
          loading={due.loading}
          dataSource={due.data?.unchecked ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('management.due.empty') }}
          columns={[
            ...studioColumns,
            { title: t('management.columns.year'), dataIndex: 'year' },
            {
              title: t('management.columns.actions'),
              key: 'actions',
              render: (_: unknown, s) => (
                <Button size="small" type="primary" onClick={() => year && setDialog({ kind: 'check', studio: s, year })} data-testid={`check-${s.id}`}>
                  {t('management.actions.check')}
                </Button>
              ),
            },
          ]}
        />
      </Card>

      <Card title={t('management.open.heading')}>
        <Typography.Paragraph type="secondary">{t('management.open.hint')}</Typography.Paragraph>
        <Table<OpenRectification>
          data-testid="rectifications-table"
          rowKey={(r) => `${r.studio.id}/${r.checkYear}`}
          size="middle"
          loading={due.loading}
          dataSource={due.data?.rectifications ?? []}
          pagination={false}
          locale={{ emptyText: t('management.open.empty') }}
          rowClassName={(r) => (r.overdue ? 'management-overdue' : '')}
          columns={[
            { title: t('management.columns.id'), key: 'id', render: (_: unknown, r) => <Typography.Link onClick={() => setShown(r.studio.id)}>{r.studio.id}</Typography.Link> },
            { title: t('management.columns.name'), key: 'name', render: (_: unknown, r) => r.studio.studioName },
            { title: t('management.columns.checkYear'), dataIndex: 'checkYear' },
            {
              title: t('management.columns.deadline'),
              key: 'deadline',
              render: (_: unknown, r) => (
                <Space>
                  <Typography.Text type={r.overdue ? 'danger' : undefined} strong={r.overdue}>
                    {formatDate(r.deadline)}
                  </Typography.Text>
                  {r.overdue && <Tag color="red">{t('management.open.overdue')}</Tag>}
                  {r.awaitingRevocation && <Tag color="volcano">{t('management.open.awaiting')}</Tag>}
                </Space>
              ),
            },
            { title: t('management.columns.requirements'), dataIndex: 'requirements' },
            {
              title: t('management.columns.actions'),
              key: 'actions',
              render: (_: unknown, r) =>
                r.awaitingRevocation ? (
                  <Button size="small" danger onClick={() => setDialog({ kind: 'revoke', studio: r.studio })} data-testid={`revoke-${r.studio.id}`}>
                    {t('management.actions.revoke')}
                  </Button>
                ) : (
                  <Button size="small" onClick={() => setDialog({ kind: 'recheck', rectification: r })} data-testid={`recheck-${r.studio.id}`}>
                    {t('management.actions.recheck')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>

      <Card title={t('management.studios.heading')}>
        {studios.error && <ErrorAlert error={studios.error} />}
        <Table<ManagedStudioRow>
          data-testid="studios-table"
          rowKey="id"
          size="middle"
          loading={studios.loading}
          dataSource={studios.data ?? []}
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          locale={{ emptyText: t('management.studios.empty') }}
          columns={[
            ...studioColumns,
            { title: t('management.columns.year'), dataIndex: 'year' },
            { title: t('management.columns.status'), dataIndex: 'status', render: (s: ManagedStudioRow['status']) => <StatusTag status={s} /> },
            {
              title: t('management.columns.lastCheck'),
              key: 'lastCheck',
              render: (_: unknown, s) => (s.lastCheck ? `${s.lastCheck.year} · ${t(`management.finding.${s.lastCheck.finding}`)}` : t('management.studios.never')),
            },
          ]}
        />
      </Card>

      {shown && <StudioDrawer key={`${shown}-${version}`} studioId={shown} onClose={() => setShown(undefined)} open={setDialog} />}
      {dialog?.kind === 'check' && <CheckModal studio={dialog.studio} year={dialog.year} today={today} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'recheck' && <RecheckModal rectification={dialog.rectification} today={today} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'revoke' && <RevokeModal studio={dialog.studio} today={today} onClose={() => setDialog(undefined)} onDone={done} />}
      {dialog?.kind === 'fact' && <FactModal studio={dialog.studio} today={today} onClose={() => setDialog(undefined)} onDone={done} />}
    </Space>
  );
}
