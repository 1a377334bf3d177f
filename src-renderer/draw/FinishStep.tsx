import { Alert, Button, Card, Form, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { storeSession } from '../scoring/selection';
import { localTime } from './local-time';
import { standbysLeft } from './panel-summary';
import { LeaderSelect } from '../scoring/CreateSession';
import { PackageSelect } from '../scoring/PackageSelect';
import { NextStepLink } from '../dashboard/NextStepLink';
import { currentLanguage, joinParts, labelled, stratumName, withAside } from '../i18n';

/** The finished draw: the panel as it stands after every call, who replaced whom, and the standbys not needed. */
export function FinalPanel({ draw }: { draw: DrawView }) {
  const { t } = useTranslation();
  const state = draw.panel;
  const name = (id: string) => draw.experts[id]?.name ?? id;
  const outcome = (o: string) => t(`draw.outcome.${o}`);
  const replacedBy = new Map((state?.replacements ?? []).map((r) => [r.replacementId, r]));
  const timeZone = useApi('settings.get').data?.timeZone;
  const left = standbysLeft(draw);
  const strata = [...new Set(left.map((r) => r.stratum))];

  return (
    <div style={{ marginTop: 8 }}>
      <Alert type="success" showIcon title={t('draw.finished')} />
      <div style={{ marginTop: 8 }}>
        <NextStepLink done={t('guide.stepDone.draw')} next="session" />
      </div>
      <Typography.Title level={3} style={{ marginTop: 24 }}>
        {t('draw.final.heading')}
      </Typography.Title>
      <Table
        className="final-panel"
        data-testid="final-panel"
        pagination={false}
        rowKey={(s) => `${s.stratum}-${s.order}`}
        dataSource={state?.panel ?? []}
        columns={[
          { title: t('draw.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s), width: 120 },
          { title: t('draw.seat'), dataIndex: 'order', width: 70 },
          { title: t('draw.name'), render: (_, s) => withAside(name(s.expertId), s.expertId) },
          { title: t('draw.unit'), render: (_, s) => draw.experts[s.expertId]?.unitName ?? s.unitCode },
          {
            title: t('draw.final.source'),
            render: (_, s) => {
              const r = replacedBy.get(s.expertId);
              return r ? t('draw.final.replacing', { name: name(r.replacedId), outcome: outcome(r.outcome) }) : t('draw.final.drawn');
            },
          },
          { title: t('draw.final.callState'), render: (_, s) => (s.confirmed ? t('draw.final.confirmed') : t('draw.final.unconfirmed')), width: 110 },
        ]}
      />
      {(state?.replacements.length ?? 0) > 0 && (
        <>
          <Typography.Title level={4} style={{ marginTop: 16 }}>
            {t('draw.final.replacements', { count: state!.replacements.length })}
          </Typography.Title>
          <Table
            className="final-panel"
            data-testid="final-replacements"
            size="small"
            pagination={false}
            rowKey={(r) => `${r.replacedId}-${r.replacementId}`}
            dataSource={state!.replacements}
            columns={[
              { title: t('draw.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s), width: 120 },
              { title: t('draw.seat'), dataIndex: 'order', width: 70 },
              { title: t('draw.replaced'), render: (_, r) => withAside(name(r.replacedId), joinParts([r.replacedId, outcome(r.outcome)])) },
              { title: t('draw.replacement'), render: (_, r) => withAside(name(r.replacementId), r.replacementId) },
              { title: t('draw.calls.at'), render: (_, r) => localTime(r.at, timeZone, { seconds: true }), width: 240 },
            ]}
          />
        </>
      )}
      <Typography.Title level={4} style={{ marginTop: 16 }}>
        {t('draw.final.standbysLeft')}
      </Typography.Title>
      <div data-testid="standbys-left" style={{ fontSize: 20 }}>
        {strata.length === 0
          ? t('draw.final.none')
          : strata.map((s) => (
              <div key={s}>
                {labelled(
                  stratumName(s),
                  left
                    .filter((r) => r.stratum === s)
                    .map((r) => withAside(name(r.id), joinParts([r.id, `${t('draw.rowStatus.alternate')} ${r.order}`])))
                    .join(currentLanguage() === 'en' ? '; ' : '、'),
                )}
              </div>
            ))}
      </div>
    </div>
  );
}


/**
 * The way on from a finished draw: a review session whose panel is this draw's final panel, made from an issued
 * session package whose pool snapshot and panel size are this draw's. Once created, the session page opens on it.
 */
export function SessionFromDraw({ year, draw }: { year: number; draw: DrawView }) {
  const { t } = useTranslation();
  const panel = draw.panel?.panel ?? [];
  const packages = (useApi('package.list', { year }).data ?? []).filter((p) => !p.inSession && p.poolHash === draw.poolHash && p.panelSize === panel.length);
  const [picked, setPicked] = useState<string>();
  const [leaderId, setLeaderId] = useState<string | undefined>(panel[0]?.expertId);
  const { busy, run } = useAction();
  const sessionId = picked ?? packages.at(-1)?.sessionId;

  return (
    <Card title={t('draw.final.createHeading')} style={{ marginTop: 24, maxWidth: 760 }} data-testid="session-from-draw">
      <Typography.Paragraph>{t('draw.final.createHint', { count: panel.length, drawId: draw.drawId })}</Typography.Paragraph>
      {packages.length === 0 ? (
        <Alert type="warning" showIcon title={t('scoring.create.noPackageForDraw', { pool: draw.poolHash.slice(0, 16), count: panel.length })} />
      ) : (
        <Form layout="vertical">
          <Form.Item label={t('scoring.create.package')}>
            <PackageSelect packages={packages} value={sessionId} onChange={setPicked} />
          </Form.Item>
          <Form.Item label={t('scoring.create.leader')}>
            <LeaderSelect draw={draw} value={leaderId} onChange={setLeaderId} />
          </Form.Item>
          <Button
            type="primary"
            size="large"
            loading={busy}
            disabled={!panel.length || !sessionId}
            data-testid="draw-create-session"
            onClick={() =>
              run(
                () => api('session.create', { year, drawId: draw.drawId, sessionId: sessionId!, ...(leaderId ? { leaderId } : {}) }),
                (s) => {
                  storeSession(s.sessionId);
                  window.location.hash = '#/session';
                },
              )
            }
          >
            {t('draw.final.create')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
