import { Button, Descriptions, Divider, Drawer, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NominationView } from '../../src-shared/api/views';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS, RECOMMENDING_UNIT_KIND_LABELS, WORK_UNIT_CATEGORY_LABELS } from '../../src-shared/screening/labels';
import { formatDate, localized } from '../i18n';
import { Attachments } from './Attachments';

/**
 * One nomination as a person reads it: its facts, its honours one to a line, its texts as paragraphs and its
 * materials. Changing it is a separate, deliberate step ("编辑" opens the form).
 */
export function NominationReadView({ nomination, onEdit, onClose }: { nomination?: NominationView; onEdit(): void; onClose(): void }) {
  const { t } = useTranslation();
  const n = nomination;
  const f = (name: string) => t(`nominations.field.${name}`);
  const none = <Typography.Text type="secondary">{t('guided.nomination.none')}</Typography.Text>;
  const paragraph = (text: string) => (text ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text}</Typography.Paragraph> : none);
  return (
    <Drawer
      open={!!n}
      size={760}
      title={n?.studioName}
      onClose={onClose}
      destroyOnHidden
      extra={
        <Button type="primary" onClick={onEdit} data-testid="nomination-edit">
          {t('guided.nomination.edit')}
        </Button>
      }
    >
      {n && (
        <div data-testid="nomination-read">
          <Descriptions column={2} bordered size="middle">
            <Descriptions.Item label={f('id')}>{n.id}</Descriptions.Item>
            <Descriptions.Item label={f('year')}>{n.year}</Descriptions.Item>
            <Descriptions.Item label={f('leaderName')}>
              {t('guided.nomination.leader', { name: n.leaderName, gender: t(`common.gender.${n.leaderGender}`), year: n.leaderBirthYear })}
            </Descriptions.Item>
            <Descriptions.Item label={f('leaderTitle')}>{n.leaderTitle}</Descriptions.Item>
            <Descriptions.Item label={f('sector')}>{localized(SECTOR_LABELS[n.sector])}</Descriptions.Item>
            <Descriptions.Item label={t('guided.nomination.founded')}>{formatDate(n.foundedOn)}</Descriptions.Item>
            <Descriptions.Item label={f('workUnitName')} span={2}>
              {n.workUnitCategory ? t('guided.nomination.withDetails', { text: n.workUnitName, details: localized(WORK_UNIT_CATEGORY_LABELS[n.workUnitCategory]) }) : n.workUnitName}
            </Descriptions.Item>
            <Descriptions.Item label={f('recommendingUnit')} span={2}>
              {n.recommendingUnitKind
                ? t('guided.nomination.withDetails', { text: n.recommendingUnit, details: localized(RECOMMENDING_UNIT_KIND_LABELS[n.recommendingUnitKind]) })
                : n.recommendingUnit}
            </Descriptions.Item>
            <Descriptions.Item label={f('honours')} span={2}>
              {n.honours.length === 0
                ? none
                : n.honours.map((h, i) => (
                    <div key={i} data-testid="nomination-honour">
                      {t('guided.nomination.withDetails', {
                        text: h.name,
                        details: [localized(HONOUR_KIND_LABELS[h.kind]), h.level && localized(HONOUR_LEVEL_LABELS[h.level]), h.year, h.issuer].filter(Boolean).join(t('guided.nomination.sep')),
                      })}
                    </div>
                  ))}
            </Descriptions.Item>
            <Descriptions.Item label={f('teamMembers')} span={2}>
              {n.teamMembers.length ? n.teamMembers.join(t('guided.nomination.listSep')) : none}
            </Descriptions.Item>
            {n.isExistingRndOrTeam && (
              <Descriptions.Item label={t('guided.nomination.exclusion')} span={2}>
                <Typography.Text type="danger">{f('isExistingRndOrTeam')}</Typography.Text>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={f('conditionsEvidence')} span={2}>
              {paragraph(n.conditionsEvidence)}
            </Descriptions.Item>
            <Descriptions.Item label={f('projects')} span={2}>
              {paragraph(n.projects)}
            </Descriptions.Item>
            <Descriptions.Item label={f('benefits')} span={2}>
              {paragraph(n.benefits)}
            </Descriptions.Item>
          </Descriptions>
          <Divider>{t('attachments.heading')}</Divider>
          <Attachments nominationId={n.id} />
        </div>
      )}
    </Drawer>
  );
}
