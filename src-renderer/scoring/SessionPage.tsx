import { Alert, Button, Select, Space, Spin, Tabs, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { fileBytes } from '../files/download';
import { localized } from '../i18n';
import { CheckInPanel } from './CheckInPanel';
import { CoordinatorBoard } from './CoordinatorBoard';
import { CreateSession } from './CreateSession';
import { PHASE_LABELS } from './labels';
import { ResultsPanel } from './ResultsPanel';
import { RulesEditor } from './RulesEditor';
import { storedSession, storeSession } from './selection';
import { SessionHeader } from './SessionHeader';
import { SignOffPanel } from './SignOffPanel';

/**
 * 评审会: the coordinator's page (rules, check-in, the board, results, sign-off) and, on an expert laptop,
 * the place to import the session package and check in.
 */
export function SessionPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const sessions = useApi('session.list');
  const [sessionId, setSessionId] = useState(storedSession);
  const [creating, setCreating] = useState(false);
  const session = useApi('session.get', sessionId ? { sessionId } : null);
  const { busy, run } = useAction();

  useEffect(() => {
    const list = sessions.data;
    if (list && list.length && (!sessionId || !list.some((s) => s.sessionId === sessionId))) setSessionId(list.at(-1)!.sessionId);
  }, [sessionId, sessions.data]);

  const select = (s: SessionView) => {
    storeSession(s.sessionId);
    setSessionId(s.sessionId);
    setCreating(false);
    sessions.reload();
  };

  // The list shows each session's phase, so it follows every change of the open session.
  const reload = () => {
    session.reload();
    sessions.reload();
  };

  const year = settings.data?.year;
  if (!sessions.data || !year) return <Spin description={t('common.loading')} />;
  const none = sessions.data.length === 0;

  return (
    <>
      <Typography.Title level={2}>{t('scoring.heading')}</Typography.Title>
      <Space wrap style={{ marginBottom: 16 }}>
        {!none && (
          <Select
            size="large"
            style={{ width: 360 }}
            aria-label={t('scoring.session')}
            value={sessionId}
            data-testid="session-select"
            onChange={(v: string) => {
              storeSession(v);
              setSessionId(v);
              setCreating(false);
            }}
            options={sessions.data.map((s) => ({ value: s.sessionId, label: `${s.sessionId} · ${localized(PHASE_LABELS[s.phase as SessionView['phase']] ?? { zh: s.phase, en: s.phase })}` }))}
          />
        )}
        {!none && (
          <Button size="large" onClick={() => setCreating(true)} data-testid="new-session">
            {t('scoring.create.open')}
          </Button>
        )}
        <span data-testid="import-package">
          <Upload
            accept=".json"
            showUploadList={false}
            beforeUpload={async (file) => {
              const content = await fileBytes(file);
              await run(() => api('session.importPackage', { content }), select);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button size="large" loading={busy}>
              {t('scoring.importPackage')}
            </Button>
          </Upload>
        </span>
      </Space>
      {none && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('scoring.noSessions')} />}
      {(creating || none) && <CreateSession year={year} taken={sessions.data.map((s) => s.sessionId)} onCreated={select} />}
      {!creating && session.error && <ErrorAlert error={session.error} />}
      {!creating && !none && session.data && <SessionDetail key={session.data.sessionId} session={session.data} reload={reload} />}
    </>
  );
}

function SessionDetail({ session, reload }: { session: SessionView; reload(): void }) {
  const { t } = useTranslation();
  const coordinator = session.role === 'coordinator';
  const byPhase = { draft: 'rules', scoring: coordinator ? 'board' : 'checkin', discussion: 'results', signed: 'signoff' } as const;
  // Opens where the session stands; afterwards the tab changes only when the user changes it (no surprises
  // while someone is reading the outcome of an import).
  const [tab, setTab] = useState<string>(byPhase[session.phase]);

  const items = [
    { key: 'rules', label: t('scoring.tabs.rules'), children: <RulesEditor session={session} onChange={reload} /> },
    { key: 'checkin', label: t('scoring.tabs.checkin'), children: <CheckInPanel session={session} onChange={reload} /> },
    ...(coordinator
      ? [
          { key: 'board', label: t('scoring.tabs.board'), children: <CoordinatorBoard session={session} onChange={reload} /> },
          { key: 'results', label: t('scoring.tabs.results'), children: <ResultsPanel session={session} /> },
          { key: 'signoff', label: t('scoring.tabs.signoff'), children: <SignOffPanel session={session} onChange={reload} /> },
        ]
      : []),
  ];
  return (
    <>
      <SessionHeader session={session} />
      {!coordinator && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('scoring.expertLaptopHint')} />}
      <Tabs activeKey={tab} onChange={setTab} items={items} size="large" destroyOnHidden />
    </>
  );
}
