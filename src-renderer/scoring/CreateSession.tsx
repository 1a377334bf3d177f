import { Alert, Button, Card, Form, Select, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedPackageView } from '../../src-shared/api/ops/issued-package';
import type { DrawView, SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { ImportIssuedPackage, IssuePackage } from './IssuePackage';
import { PackageSelect } from './PackageSelect';
import { WhyDisabled } from '../app/WhyDisabled';
import { joinParts, stratumName, withAside } from '../i18n';

/**
 * A session is made from an issued session package (评审会授权包) and a drawn panel of the year. With no package
 * to use yet, the office issues one here (or a meeting laptop imports the file the office issued).
 */
export function CreateSession({ year, taken, onCreated }: { year: number; taken: string[]; onCreated(s: SessionView): void }) {
  const { t } = useTranslation();
  const packages = useApi('package.list', { year });
  const [issuing, setIssuing] = useState(false);
  if (!packages.data) return <Spin description={t('common.loading')} />;
  const usable = packages.data.filter((p) => !p.inSession);
  const done = () => {
    setIssuing(false);
    packages.reload();
  };
  if (issuing || usable.length === 0) {
    return (
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        {usable.length === 0 && <Alert type="info" showIcon title={t('scoring.create.noPackage', { year })} />}
        <ImportIssuedPackage onImported={done} />
        <IssuePackage year={year} taken={[...taken, ...packages.data.map((p) => p.sessionId)]} onIssued={done} />
      </Space>
    );
  }
  return <SessionFromPackage year={year} packages={usable} onIssueNew={() => setIssuing(true)} onCreated={onCreated} />;
}

function SessionFromPackage({ year, packages, onIssueNew, onCreated }: { year: number; packages: IssuedPackageView[]; onIssueNew(): void; onCreated(s: SessionView): void }) {
  const { t } = useTranslation();
  const draws = useApi('draw.list', { year });
  const usable = (draws.data ?? []).filter((d) => (d.status === 'drawn' || d.status === 'finished') && d.panel);
  const [sessionId, setSessionId] = useState(packages.at(-1)!.sessionId);
  const [drawId, setDrawId] = useState<string>();
  const [leaderId, setLeaderId] = useState<string>();
  const { busy, run } = useAction();
  const draw = usable.find((d) => d.drawId === drawId);

  useEffect(() => {
    if (!drawId && usable.length) setDrawId(usable.at(-1)!.drawId);
  }, [drawId, usable]);
  useEffect(() => {
    setLeaderId(draw?.panel?.panel[0]?.expertId);
  }, [draw]);

  return (
    <Card title={t('scoring.create.heading', { year })} style={{ maxWidth: 760 }}>
      <Form layout="vertical">
        <Form.Item label={t('scoring.create.package')}>
          <PackageSelect packages={packages} value={sessionId} onChange={setSessionId} />
        </Form.Item>
        <Space wrap style={{ marginBottom: 16 }}>
          <Button onClick={() => void run(() => api('package.file', { sessionId }), saveDownload)} data-testid="download-package">
            {t('scoring.create.downloadPackage')}
          </Button>
          <Button onClick={onIssueNew} data-testid="issue-new-package">
            {t('scoring.create.issueNew')}
          </Button>
        </Space>
        {draws.loading && !draws.data ? (
          <Spin description={t('common.loading')} />
        ) : !usable.length ? (
          <Alert type="warning" showIcon title={t('scoring.create.noDraw', { year })} />
        ) : (
          <>
            <Form.Item label={t('scoring.create.draw')}>
              <Select
                aria-label={t('scoring.create.draw')}
                value={drawId}
                onChange={setDrawId}
                options={usable.map((d) => ({ value: d.drawId, label: withAside(d.drawId, `${d.panel!.panel.length} ${t('scoring.create.experts')}`) }))}
              />
            </Form.Item>
            <Form.Item label={t('scoring.create.leader')}>
              <LeaderSelect draw={draw} value={leaderId} onChange={setLeaderId} />
            </Form.Item>
            <WhyDisabled why={!drawId && t('guide.why.needDraw')}>
              <Button
                type="primary"
                size="large"
                loading={busy}
                disabled={!drawId}
                data-testid="create-session"
                onClick={() => run(() => api('session.create', { year, drawId: drawId!, sessionId, ...(leaderId ? { leaderId } : {}) }), onCreated)}
              >
                {t('scoring.create.submit')}
              </Button>
            </WhyDisabled>
          </>
        )}
      </Form>
    </Card>
  );
}

/** The panel member who leads the session: any seat of the draw's final panel. */
export function LeaderSelect({ draw, value, onChange }: { draw?: DrawView; value?: string; onChange(expertId: string): void }) {
  const { t } = useTranslation();
  return (
    <Select
      aria-label={t('scoring.create.leader')}
      value={value}
      onChange={onChange}
      options={(draw?.panel?.panel ?? []).map((seat) => ({
        value: seat.expertId,
        label: withAside(draw!.experts[seat.expertId]?.name ?? seat.expertId, joinParts([seat.expertId, stratumName(seat.stratum)])),
      }))}
    />
  );
}
