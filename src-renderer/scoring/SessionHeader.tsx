import { Button, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { useDevicePassphrase } from '../app/use-device-passphrase';
import { saveDownload } from '../files/download';
import { localized, withAside } from '../i18n';
import { PHASE_LABELS } from './labels';

const PHASE_COLOR = { draft: 'default', scoring: 'blue', discussion: 'orange', signed: 'green' } as const;

/** What this session is, where it stands, and (on the coordinator, while scoring) the package for expert laptops. */
export function SessionHeader({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const key = useDevicePassphrase();
  const leader = session.panel.find((p) => p.expertId === session.leaderId);
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2, xl: 3 }}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'id', label: t('scoring.header.session'), children: withAside(session.sessionId, String(session.year)) },
        { key: 'role', label: t('scoring.header.role'), children: t(`scoring.header.roles.${session.role}`) },
        {
          key: 'phase',
          label: t('scoring.header.phase'),
          children: (
            <Tag color={PHASE_COLOR[session.phase]} data-testid="session-phase" style={{ fontSize: 16, padding: '2px 10px' }}>
              {localized(PHASE_LABELS[session.phase])}
            </Tag>
          ),
        },
        { key: 'counts', label: t('scoring.header.counts'), children: t('scoring.header.countsValue', { experts: session.panel.length, nominations: session.nominations.length }) },
        { key: 'leader', label: t('scoring.col.leader'), children: leader ? withAside(leader.name, leader.expertId) : '—' },
        {
          key: 'package',
          label: t('scoring.header.package'),
          children:
            session.role === 'coordinator' && session.phase === 'scoring' ? (
              <Space wrap>
                {key.field}
                <Button type="primary" loading={busy} disabled={key.missing} onClick={() => run(() => api('session.exportPackage', { sessionId: session.sessionId, passphrase: key.passphrase }), saveDownload)} data-testid="export-package">
                  {t('scoring.header.exportPackage')}
                </Button>
              </Space>
            ) : (
              t('scoring.header.packageWhen')
            ),
        },
      ]}
    />
  );
}
