import { Alert, Descriptions, Divider, Drawer, List, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { RECOMMENDATION_OUTCOME_LABELS, reasonsText } from '../../src-shared/office/recommendation';
import { STUDIO_SOURCE_LABELS } from '../../src-shared/office/register-labels';
import type { RecommendationView, StudioHistoryEntry } from '../../src-shared/office/studio';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { currentLanguage, formatDate, localized } from '../i18n';
import { AddRecommendationForm, OutcomeForm } from './RecommendationForms';
import { StudioStatusTag } from './register-columns';
import { localTime } from '../draw/local-time';

const OUTCOME_COLOURS = { pending: 'default', awarded: 'green', 'not-awarded': 'red' } as const;

export function OutcomeTag({ rec }: { rec: RecommendationView }) {
  return <Tag color={OUTCOME_COLOURS[rec.outcome]}>{localized(RECOMMENDATION_OUTCOME_LABELS[rec.outcome])}{rec.outcomeOn ? ` ${formatDate(rec.outcomeOn)}` : ''}</Tag>;
}

/** An audit row in words: its action's label where this page knows it (other parts of the office add theirs), the details as recorded. */
function HistoryLine({ entry }: { entry: StudioHistoryEntry }) {
  const { t, i18n } = useTranslation();
  const key = `officeRegister.action.${entry.action}`;
  const label = i18n.exists(key) ? t(key) : entry.action;
  return (
    <>
      <Typography.Text strong>{label}</Typography.Text>{' '}
      <Typography.Text type="secondary">
        {localTime(entry.at)} · {entry.actor}
      </Typography.Text>
      <div style={{ fontSize: 13, wordBreak: 'break-all' }}>{JSON.stringify(entry.details)}</div>
    </>
  );
}

/** One studio of the register: its details and status, its history from the audit log, its Art. 8 recommendations. */
export function StudioDrawer({ id, onClose }: { id?: string; onClose(changed: boolean): void }) {
  const { t } = useTranslation();
  const detail = useApi('register.get', id ? { id } : null);
  const settings = useApi('settings.get');
  const [changed, setChanged] = useState(false);
  const [outcomeFor, setOutcomeFor] = useState<number>();
  const saved = () => {
    setChanged(true);
    setOutcomeFor(undefined);
    detail.reload();
  };
  const close = () => {
    onClose(changed);
    setChanged(false);
    setOutcomeFor(undefined);
  };
  const d = detail.data?.studio.id === id ? detail.data : undefined;
  return (
    <Drawer open={!!id} width={820} onClose={close} title={d ? t('officeRegister.studio.title', { id: d.studio.id, name: d.studio.studioName }) : id} destroyOnHidden>
      {detail.error && <ErrorAlert error={detail.error} />}
      {!d ? (
        <Spin />
      ) : (
        <div data-testid="studio-page">
          <Typography.Title level={4}>{t('officeRegister.studio.details')}</Typography.Title>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label={t('officeRegister.col.id')}>{d.studio.id}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.status')}>
              <StudioStatusTag status={d.studio.status} />
            </Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.studio')}>{d.studio.studioName}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.leader')}>{d.studio.leaderName}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.unit')}>{d.studio.workUnitName}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.sector')}>{localized(SECTOR_LABELS[d.studio.sector])}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.recommender')}>{d.studio.recommendingUnit}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.year')}>{d.studio.year}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.docNo')}>{d.studio.docNo}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.publishedOn')}>{formatDate(d.studio.publishedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('officeRegister.col.source')}>{localized(STUDIO_SOURCE_LABELS[d.studio.source])}</Descriptions.Item>
          </Descriptions>

          <Divider />
          <Typography.Title level={4}>{t('officeRegister.studio.recommendations')}</Typography.Title>
          <List
            data-testid="studio-recommendations"
            locale={{ emptyText: t('officeRegister.studio.noRecommendations') }}
            dataSource={d.recommendations}
            renderItem={(r) => (
              <List.Item
                actions={[
                  <a key="outcome" onClick={() => setOutcomeFor(outcomeFor === r.id ? undefined : r.id)} data-testid={`record-outcome-${r.year}`}>
                    {t('officeRegister.rec.recordOutcome')}
                  </a>,
                ]}
              >
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Space wrap>
                    <Typography.Text strong>{r.year}</Typography.Text>
                    <Typography.Text>{reasonsText(r.reasons, currentLanguage() === 'en' ? 'en' : 'zh')}</Typography.Text>
                    <Typography.Text type="secondary">{t('officeRegister.rec.sent', { date: formatDate(r.sentOn) })}</Typography.Text>
                    <OutcomeTag rec={r} />
                  </Space>
                  <Typography.Text>{r.reasonText}</Typography.Text>
                  {r.outcomeNote && <Typography.Text type="secondary">{r.outcomeNote}</Typography.Text>}
                  {outcomeFor === r.id && <OutcomeForm rec={r} onSaved={saved} />}
                </Space>
              </List.Item>
            )}
          />
          <Typography.Title level={5}>{t('officeRegister.rec.add')}</Typography.Title>
          {d.studio.status === 'active' ? (
            <AddRecommendationForm studioId={d.studio.id} year={settings.data?.year ?? new Date().getFullYear()} onSaved={saved} />
          ) : (
            <Alert type="warning" showIcon title={t('officeRegister.studio.cannotRecommend')} />
          )}

          <Divider />
          <Typography.Title level={4}>{t('officeRegister.studio.history')}</Typography.Title>
          {d.history.length === 0 ? (
            <Typography.Text type="secondary">{t('officeRegister.studio.noHistory')}</Typography.Text>
          ) : (
            <Timeline data-testid="studio-history" items={d.history.map((h) => ({ key: h.seq, children: <HistoryLine entry={h} /> }))} />
          )}
        </div>
      )}
    </Drawer>
  );
}
