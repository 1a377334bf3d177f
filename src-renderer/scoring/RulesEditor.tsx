import { Alert, App as AntApp, Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { RulesForm } from './RulesForm';
import { YearCapAlert } from './YearCapAlert';

/**
 * The session's rules: those of the issued session package it was made from, so the meeting cannot change them.
 * Freezing stores their hash (it must be the package's) and opens the scoring.
 */
export function RulesEditor({ session, onChange }: { session: SessionView; onChange(): void }) {
  const { t } = useTranslation();
  const { modal } = AntApp.useApp();
  const { busy, run } = useAction();
  const draft = session.phase === 'draft' && session.role === 'coordinator';

  const freeze = () =>
    modal.confirm({
      title: t('scoring.rules.freezeTitle'),
      content: t('scoring.rules.freezeHint'),
      okText: t('scoring.rules.freeze'),
      onOk: () => run(() => api('session.freeze', { sessionId: session.sessionId }), onChange),
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {session.rulesHash ? (
        <Alert
          type="success"
          showIcon
          title={t('scoring.rules.frozen')}
          description={
            <Typography.Text code style={{ fontSize: 18, wordBreak: 'break-all' }} data-testid="rules-hash">
              {session.rulesHash}
            </Typography.Text>
          }
        />
      ) : (
        <Alert type="info" showIcon title={t('scoring.rules.draftHint')} />
      )}
      {draft && <YearCapAlert year={session.year} sessionId={session.sessionId} cut={session.rules.cut} />}
      <RulesForm draft={session.rules} />
      {draft && (
        <Button size="large" type="primary" danger loading={busy} onClick={freeze} data-testid="freeze">
          {t('scoring.rules.freeze')}
        </Button>
      )}
    </Space>
  );
}
