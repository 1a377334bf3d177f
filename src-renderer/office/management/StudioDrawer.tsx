import { Alert, Button, Descriptions, Drawer, Empty, List, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudioManagementView } from '../../../src-shared/office/management-views';
import type { StudioFactView } from '../../../src-shared/office/studio-facts';
import { useApi } from '../../api/use-api';
import { ErrorAlert } from '../../app/ErrorAlert';
import { localTime } from '../../draw/local-time';
import { formatDate, joinList } from '../../i18n';
import type { ManagementDialog } from './dialogs';
import { StatusTag } from './StatusTag';

function FactLine({ fact }: { fact: StudioFactView }) {
  const { t } = useTranslation();
  const what = (() => {
    switch (fact.kind) {
      case 'platform-registration':
        return fact.account;
      case 'alliance-membership':
        return fact.alliance;
      case 'host-support':
        return fact.text;
      case 'publicity':
        return [`《${fact.title}》`, fact.medium, fact.link, fact.text].filter(Boolean).join(' · ');
    }
  })();
  return (
    <Space align="start">
      <Tag>{t(`management.fact.kinds.${fact.kind}`)}</Tag>
      <span>{formatDate(fact.date)}</span>
      <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{what}</Typography.Text>
    </Space>
  );
}

function Body({ view, open, timeZone }: { view: StudioManagementView; open(d: ManagementDialog): void; timeZone?: string }) {
  const { t } = useTranslation();
  const s = view.studio;
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Descriptions size="small" column={1} bordered>
        <Descriptions.Item label={t('management.columns.name')}>{s.studioName}</Descriptions.Item>
        <Descriptions.Item label={t('management.columns.leader')}>{s.leaderName}</Descriptions.Item>
        <Descriptions.Item label={t('management.columns.unit')}>{s.workUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('management.columns.year')}>{s.year}</Descriptions.Item>
        <Descriptions.Item label={t('management.columns.status')}>
          <StatusTag status={s.status} />
        </Descriptions.Item>
      </Descriptions>
      {view.revocation && (
        <Alert
          type="error"
          showIcon
          data-testid="revocation-info"
          title={t('management.detail.revokedInfo', { date: formatDate(view.revocation.revokedOn), docNo: view.revocation.docNo, reason: view.revocation.reason })}
        />
      )}
      {s.status !== 'revoked' && (
        <Button onClick={() => open({ kind: 'fact', studio: s })} data-testid="add-fact">
          {t('management.actions.addFact')}
        </Button>
      )}
      <div>
        <Typography.Title level={5}>{t('management.detail.checks')}</Typography.Title>
        {view.checks.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('management.detail.noChecks')} />
        ) : (
          <List
            size="small"
            dataSource={view.checks}
            renderItem={(c) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>
                    {c.year} · {formatDate(c.checkedOn)} · {t(`management.finding.${c.finding}`)}
                  </Typography.Text>
                  <span>{t('management.check.activities')}：{c.activities}</span>
                  <span>{t('management.check.results')}：{c.results}</span>
                  <span>{t('management.check.useOfFunds')}：{c.useOfFunds}</span>
                  <Typography.Text type="secondary">{t('management.detail.checkers', { names: joinList(c.checkers) })}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        )}
      </div>
      {view.rectifications.length > 0 && (
        <div>
          <Typography.Title level={5}>{t('management.detail.rectifications')}</Typography.Title>
          <List
            size="small"
            dataSource={view.rectifications}
            renderItem={(r) => (
              <List.Item>
                <Space direction="vertical" size={0}>
                  <Typography.Text strong type={r.overdue ? 'danger' : undefined}>
                    {r.checkYear} · {t('management.columns.deadline')} {formatDate(r.deadline)}
                    {r.overdue ? ` · ${t('management.open.overdue')}` : ''}
                  </Typography.Text>
                  <span>{r.requirements}</span>
                  <Typography.Text type="secondary">
                    {r.recheck
                      ? t('management.detail.recheckInfo', {
                          date: formatDate(r.recheck.recheckedOn),
                          outcome: t(`management.outcome.${r.recheck.outcome}`),
                          notes: r.recheck.notes,
                          names: r.recheck.checkers.join('、'),
                        })
                      : t('management.detail.pending')}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </div>
      )}
      <div>
        <Typography.Title level={5}>{t('management.detail.facts')}</Typography.Title>
        {view.facts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('management.detail.noFacts')} />
        ) : (
          <List size="small" data-testid="facts" dataSource={view.facts} renderItem={(f) => <List.Item><FactLine fact={f} /></List.Item>} />
        )}
      </div>
      <div>
        <Typography.Title level={5}>{t('management.detail.history')}</Typography.Title>
        <Timeline
          items={view.history.map((h) => ({
            content: `${localTime(h.at, timeZone)} · ${t(`management.detail.actions.${h.action}`, { defaultValue: h.action })} · ${h.actor}`,
          }))}
        />
      </div>
    </Space>
  );
}

/** One studio's checks, rectifications, revocation, service records and history. */
export function StudioDrawer({ studioId, onClose, open }: { studioId: string; onClose(): void; open(d: ManagementDialog): void }) {
  const view = useApi('management.get', { studioId });
  const timeZone = useApi('settings.get').data?.timeZone;
  return (
    <Drawer open size={640} title={studioId} onClose={onClose} data-testid="studio-drawer">
      {view.error && <ErrorAlert error={view.error} />}
      {view.data && <Body view={view.data} open={open} timeZone={timeZone} />}
    </Drawer>
  );
}
