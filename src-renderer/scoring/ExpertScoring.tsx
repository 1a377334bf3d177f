import { Alert, ConfigProvider, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { DrawVerifiedBanner } from './DrawVerifiedBanner';
import { ScoringScreen } from './ScoringScreen';
import { storedExpert, storedSession, storeExpert, storeSession } from './selection';
import './scoring.css';
import { withAside } from '../i18n';

/**
 * The expert's scoring screen. The session and the expert come from the coordinator page (or a link); the pickers
 * at the top let an expert who checked in on this laptop open their own sheet directly, with their PIN.
 */
export function ExpertScoring() {
  const { t } = useTranslation();
  const sessions = useApi('session.list');
  const [sessionId, setSessionId] = useState(storedSession);
  const [expertId, setExpertId] = useState(storedExpert);
  const session = useApi('session.get', sessionId ? { sessionId } : null);

  useEffect(() => {
    if (!sessionId && sessions.data?.length) setSessionId(sessions.data.at(-1)!.sessionId);
  }, [sessionId, sessions.data]);

  const local = session.data?.experts.filter((e) => e.local) ?? [];
  const chosen = local.find((e) => e.expertId === expertId);
  const names = new Map(session.data?.panel.map((p) => [p.expertId, p.name]));
  // The laptop passes to someone else: the sheet left closes at once rather than staying open for its five minutes.
  const closeSheet = () => {
    if (sessionId && chosen) void api('score.close', { sessionId, expertId: chosen.expertId });
  };

  return (
    <ConfigProvider theme={{ token: { fontSize: 18 } }}>
      <div className="expert-scoring">
        <Space wrap style={{ marginBottom: 8 }} align="center">
          <Typography.Title level={2} style={{ margin: 0 }}>
            {t('scoring.screen.heading')}
          </Typography.Title>
          <Select
            size="large"
            style={{ width: 220 }}
            aria-label={t('scoring.session')}
            placeholder={t('scoring.session')}
            value={sessionId}
            options={(sessions.data ?? []).map((s) => ({ value: s.sessionId, label: s.sessionId }))}
            onChange={(v: string) => {
              if (v !== sessionId) closeSheet();
              storeSession(v);
              setSessionId(v);
            }}
          />
          <Select
            size="large"
            style={{ width: 260 }}
            aria-label={t('scoring.screen.expert')}
            placeholder={t('scoring.screen.expert')}
            value={chosen?.expertId}
            options={local.map((e) => ({ value: e.expertId, label: withAside(names.get(e.expertId) ?? e.expertId, e.expertId) }))}
            onChange={(v: string) => {
              if (v !== chosen?.expertId) closeSheet();
              storeExpert(v);
              setExpertId(v);
            }}
          />
        </Space>
        {sessions.data?.length === 0 && <Alert type="info" showIcon title={t('scoring.screen.noSession')} />}
        {session.error && <ErrorAlert error={session.error} />}
        {sessionId && !session.data && !session.error && <Spin description={t('common.loading')} />}
        {session.data && !chosen && <Alert type="info" showIcon title={t('scoring.screen.pickExpert')} />}
        {session.data && session.data.phase === 'draft' && <Alert type="warning" showIcon title={t('scoring.screen.notFrozen')} />}
        {session.data && chosen && session.data.phase !== 'draft' && (
          <DrawVerifiedBanner
            key={`draw/${session.data.sessionId}/${chosen.expertId}`}
            sessionId={session.data.sessionId}
            expertId={chosen.expertId}
            compact={session.data.cells.some((c) => c.expertId === chosen.expertId)}
          />
        )}
        {session.data && chosen && session.data.phase !== 'draft' && (
          <ScoringScreen key={`${session.data.sessionId}/${chosen.expertId}`} session={session.data} expertId={chosen.expertId} onSessionChange={session.reload} />
        )}
      </div>
    </ConfigProvider>
  );
}
