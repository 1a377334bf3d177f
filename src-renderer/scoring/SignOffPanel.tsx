import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { PinModal } from './PinModal';
import { NextStepLink } from '../dashboard/NextStepLink';
import { WhyDisabled } from '../app/WhyDisabled';
import { localTime } from '../draw/local-time';
import { withAside } from '../i18n';

type Signing = { kind: 'expert'; expertId: string } | { kind: 'summary' };

/**
 * Sign-off: each expert who scored on this laptop signs their sheet here; those who scored elsewhere signed on
 * their own laptop and their signature came in with their score file. Then the leader signs the summary.
 */
export function SignOffPanel({ session, onChange }: { session: SessionView; onChange(): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [signing, setSigning] = useState<Signing>();
  const sheet = (id: string) => session.signoffs.find((s) => s.signerId === id && s.kind === 'expert-sheet');
  const summary = session.signoffs.find((s) => s.kind === 'summary');
  const local = new Set(session.experts.filter((e) => e.local).map((e) => e.expertId));
  const allSigned = session.panel.every((p) => sheet(p.expertId));
  const leader = session.panel.find((p) => p.expertId === session.leaderId);
  const print = (kind: 'expert-sheet' | 'summary' | 'proposed-list', expertId?: string) =>
    run(() => api('session.printout', { sessionId: session.sessionId, kind, ...(expertId ? { expertId } : {}) }), saveDownload);

  const submit = (pin: string, dissent: string) => {
    if (!signing) return;
    const done = () => {
      setSigning(undefined);
      onChange();
    };
    if (signing.kind === 'expert') void run(() => api('signoff.expert', { sessionId: session.sessionId, expertId: signing.expertId, pin, dissent }), done);
    else void run(() => api('signoff.summary', { sessionId: session.sessionId, pin }), done);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      {session.phase === 'scoring' && <Alert type="info" showIcon title={t('scoring.signoff.notYet')} />}
      <Table
        rowKey="expertId"
        pagination={false}
        dataSource={session.panel}
        data-testid="signoff-table"
        columns={[
          { title: t('scoring.col.expert'), render: (_, p) => `${withAside(p.name, p.expertId)}${p.expertId === session.leaderId ? ` — ${t('scoring.col.leader')}` : ''}` },
          {
            title: t('scoring.signoff.sheet'),
            render: (_, p) => {
              const s = sheet(p.expertId);
              return s ? <Tag color="green">{t('scoring.signoff.signedAt', { at: localTime(s.at) })}</Tag> : <Tag>{t('scoring.signoff.unsigned')}</Tag>;
            },
          },
          { title: t('scoring.signoff.dissent'), render: (_, p) => sheet(p.expertId)?.dissent || '' },
          {
            title: '',
            render: (_, p) => (
              <Space wrap>
                {local.has(p.expertId) && session.phase === 'discussion' && (
                  <Button onClick={() => setSigning({ kind: 'expert', expertId: p.expertId })} data-testid={`sign-${p.expertId}`}>
                    {sheet(p.expertId) ? t('scoring.actions.signAgain') : t('scoring.actions.sign')}
                  </Button>
                )}
                <Button loading={busy} onClick={() => print('expert-sheet', p.expertId)} data-testid={`print-sheet-${p.expertId}`}>
                  {t('scoring.signoff.printSheet')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <Card title={t('scoring.signoff.summaryHeading')}>
        {summary ? (
          <>
            <Alert type="success" showIcon data-testid="summary-signed" title={t('scoring.signoff.summarySigned', { name: leader?.name ?? session.leaderId, at: localTime(summary.at) })} />
            {session.role === 'coordinator' && (
              <div style={{ marginTop: 12 }}>
                <NextStepLink done={t('guide.stepDone.signOff')} next="export" />
              </div>
            )}
          </>
        ) : (
          <Space orientation="vertical">
            <Typography.Text>{t('scoring.signoff.summaryHint', { name: leader?.name ?? session.leaderId ?? '—' })}</Typography.Text>
            <WhyDisabled why={session.phase !== 'discussion' ? t('guide.why.notDiscussion') : !allSigned && t('scoring.signoff.waitSheets')}>
              <Button
                size="large"
                type="primary"
                disabled={session.phase !== 'discussion' || !allSigned}
                onClick={() => setSigning({ kind: 'summary' })}
                data-testid="sign-summary"
              >
                {t('scoring.signoff.signSummary')}
              </Button>
            </WhyDisabled>
            {!allSigned && <Typography.Text type="warning">{t('scoring.signoff.waitSheets')}</Typography.Text>}
          </Space>
        )}
      </Card>
      <Card title={t('scoring.signoff.printouts')}>
        <Space wrap>
          <Button size="large" loading={busy} disabled={session.phase !== 'discussion' && session.phase !== 'signed'} onClick={() => print('summary')} data-testid="print-summary">
            {t('scoring.signoff.printSummary')}
          </Button>
          <Button size="large" loading={busy} disabled={session.phase !== 'discussion' && session.phase !== 'signed'} onClick={() => print('proposed-list')} data-testid="print-proposed">
            {t('scoring.signoff.printProposed')}
          </Button>
          <Button size="large" loading={busy} onClick={() => run(() => api('session.matrixXlsx', { sessionId: session.sessionId }), saveDownload)} data-testid="matrix-xlsx">
            {t('scoring.signoff.matrix')}
          </Button>
        </Space>
      </Card>
      <PinModal
        open={!!signing}
        title={signing?.kind === 'summary' ? t('scoring.signoff.signSummary') : t('scoring.actions.sign')}
        dissent={signing?.kind === 'expert'}
        hint={signing?.kind === 'summary' ? t('scoring.signoff.summaryPinHint') : t('scoring.actions.signHint')}
        busy={busy}
        onCancel={() => setSigning(undefined)}
        onSubmit={submit}
      />
    </Space>
  );
}
