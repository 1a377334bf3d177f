import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { NominationView } from '../../src-shared/api/views';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS } from '../../src-shared/screening/labels';
import { useApi } from '../api/use-api';
import { useAttachmentViewer } from '../files/AttachmentViewer';
import { formatDate, localized } from '../i18n';

/** The nomination's materials as the expert reads them, beside the score sheet. */
export function Materials({ nomination: n }: { nomination: NominationView }) {
  const { t } = useTranslation();
  const long = (key: string, text: string) => (
    <>
      <h4>{t(key)}</h4>
      <p className="long-text">{text || t('scoring.materials.none')}</p>
    </>
  );
  return (
    <section className="materials" aria-label={t('scoring.materials.heading')} data-testid="materials">
      <h3>{n.studioName}</h3>
      <dl>
        <dt>{t('scoring.materials.id')}</dt>
        <dd>{n.id}</dd>
        <dt>{t('scoring.materials.leader')}</dt>
        <dd>
          {n.leaderName}，{n.leaderTitle}
        </dd>
        <dt>{t('scoring.materials.unit')}</dt>
        <dd>{n.workUnitName}</dd>
        <dt>{t('scoring.materials.sector')}</dt>
        <dd>{localized(SECTOR_LABELS[n.sector])}</dd>
        <dt>{t('scoring.materials.founded')}</dt>
        <dd>{formatDate(n.foundedOn)}</dd>
        <dt>{t('scoring.materials.recommender')}</dt>
        <dd>{n.recommendingUnit}</dd>
        <dt>{t('scoring.materials.team')}</dt>
        <dd>{n.teamMembers.length ? n.teamMembers.join('、') : t('scoring.materials.none')}</dd>
      </dl>
      <h4>{t('scoring.materials.honours')}</h4>
      {n.honours.length ? (
        <ul>
          {n.honours.map((h, i) => (
            <li key={i}>
              {h.name}（{h.level ? `${localized(HONOUR_LEVEL_LABELS[h.level])}，` : ''}{localized(HONOUR_KIND_LABELS[h.kind])}，{h.year}）
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('scoring.materials.none')}</p>
      )}
      {long('scoring.materials.conditions', n.conditionsEvidence)}
      {long('scoring.materials.projects', n.projects)}
      {long('scoring.materials.benefits', n.benefits)}
      <h4>{t('scoring.materials.attachments')}</h4>
      <AttachmentList nominationId={n.id} />
    </section>
  );
}

/** Read-only: an expert laptop has no attachments (only the package travelled), which is said plainly. */
function AttachmentList({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const list = useApi('attachments.list', { nominationId });
  const { open: view, viewer } = useAttachmentViewer();
  if (list.loading && !list.data) return null;
  if (list.error || !list.data?.length) return <p>{t('scoring.materials.noAttachments')}</p>;

  return (
    <>
      <ul>
        {list.data.map((a) => (
          <li key={a.id}>
            <Button type="link" onClick={() => view(a.id)} style={{ fontSize: 18, padding: 0 }}>
              {a.fileName}
            </Button>{' '}
            <Typography.Text type="secondary">SHA-256 {a.sha256.slice(0, 12)}…</Typography.Text>
          </li>
        ))}
      </ul>
      {viewer}
    </>
  );
}
