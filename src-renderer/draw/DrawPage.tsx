import { FundProjectionScreenOutlined } from '@ant-design/icons';
import { Alert, Button, Input, Modal, Space, Spin, Steps, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { setProjectorMode, useProjectorMode } from '../app/projector-mode';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { CallsStep } from './CallsStep';
import { CommitmentStep } from './CommitmentStep';
import { FinalPanel, SessionFromDraw } from './FinishStep';
import { Projector } from './Projector';
import './projector.css';
import { ResultStep } from './ResultStep';
import { SetupStep } from './SetupStep';
import { blankWitness, type WitnessEntry } from './witness-entries';
import { WitnessStep } from './WitnessStep';

const threeWitnesses = (): WitnessEntry[] => [blankWitness(), blankWitness(), blankWitness()];

/**
 * The draw wizard, one step per screen, for a projector. The steps follow the draw's state on the server;
 * nothing here can run a draw twice. The commitment, the witnesses' entry and the result also have a projector
 * mode (full screen, no navigation); what is typed or switched there (witness digits, masked names) is kept here,
 * so going in and out of it loses nothing.
 */
export function DrawPage() {
  const { t } = useTranslation();
  const settings = useApi('settings.get');
  const year = settings.data?.year;
  const draws = useApi('draw.list', year ? { year } : null);
  const [draw, setDraw] = useState<DrawView>();
  const [witnessStep, setWitnessStep] = useState(false);
  const [viewingResult, setViewingResult] = useState(true);
  const [aborting, setAborting] = useState(false);
  const [reason, setReason] = useState('');
  const [entries, setEntries] = useState<WitnessEntry[]>(threeWitnesses);
  const [masked, setMasked] = useState(true);
  const { busy, run } = useAction();
  const projector = useProjectorMode();

  useEffect(() => {
    // Resume the year's open draw, if any.
    const open = draws.data?.filter((d) => d.status === 'committed' || d.status === 'drawn').at(-1);
    if (open) setDraw(open);
  }, [draws.data]);

  const step = !draw ? 0 : draw.status === 'committed' ? (witnessStep ? 2 : 1) : draw.status === 'drawn' ? (viewingResult ? 3 : 4) : 5;
  const projectable = !!draw && (step === 1 || step === 2 || step === 3);

  const leaveProjector = useCallback(() => {
    setProjectorMode(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  }, []);
  const enterProjector = () => {
    setProjectorMode(true);
    // Full screen where the browser allows it (Electron does); the page fills the window either way.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  // Leaving the page, or a step without a projector view, leaves projector mode.
  useEffect(() => leaveProjector, [leaveProjector]);
  useEffect(() => {
    if (projector && draws.data && !projectable) leaveProjector();
  }, [projector, projectable, draws.data, leaveProjector]);
  // Esc returns to the operator view; so does leaving full screen by the browser's own means.
  useEffect(() => {
    if (!projector) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') leaveProjector();
    };
    const onFullscreen = () => {
      if (!document.fullscreenElement) leaveProjector();
    };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [projector, leaveProjector]);

  if (!year || !draws.data) return <Spin description={t('common.loading')} />;
  const finished = draw?.status === 'finished';

  if (projector && projectable && draw) {
    return (
      <Projector
        year={year}
        draw={draw}
        step={step as 1 | 2 | 3}
        entries={entries}
        setEntries={setEntries}
        masked={masked}
        setMasked={setMasked}
        onNext={() => setWitnessStep(true)}
        onDrawn={setDraw}
        onExit={leaveProjector}
      />
    );
  }

  return (
    <div className="projector">
      <Typography.Title level={2}>{t('draw.heading', { year })}</Typography.Title>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={['setup', 'commitment', 'witnesses', 'result', 'calls', 'finish'].map((k) => ({ title: t(`draw.step.${k}`) }))}
      />
      {draw?.status === 'aborted' && <Alert type="error" title={t('draw.aborted', { reason: draw.abortReason })} />}
      {projectable && (
        <Space wrap style={{ marginBottom: 16 }}>
          <Button size="large" icon={<FundProjectionScreenOutlined />} onClick={enterProjector} data-testid="projector-on">
            {t('draw.projectorOn')}
          </Button>
          <Typography.Text type="secondary">{t('draw.projectorHint')}</Typography.Text>
        </Space>
      )}
      {step === 0 && <SetupStep year={year} onCommitted={setDraw} />}
      {step === 1 && draw && <CommitmentStep draw={draw} onNext={() => setWitnessStep(true)} />}
      {step === 2 && draw && <WitnessStep draw={draw} entries={entries} setEntries={setEntries} onDrawn={setDraw} />}
      {step === 3 && draw && <ResultStep draw={draw} masked={masked} setMasked={setMasked} />}
      {step === 4 && draw && <CallsStep draw={draw} onChange={setDraw} />}
      {finished && draw && <FinalPanel draw={draw} />}
      {draw && draw.status !== 'committed' && draw.status !== 'aborted' && (
        <Space wrap style={{ marginTop: 24 }}>
          {draw.status === 'drawn' && (
            <Button size="large" onClick={() => setViewingResult(!viewingResult)} data-testid="toggle-calls">
              {viewingResult ? t('draw.toCalls') : t('draw.toResult')}
            </Button>
          )}
          <Button size="large" loading={busy} data-testid="record-pdf" onClick={() => run(() => api('draw.recordPdf', { drawId: draw.drawId }), saveDownload)}>
            {t('draw.printRecord')}
          </Button>
          <Button size="large" loading={busy} data-testid="protocol-file" onClick={() => run(() => api('draw.protocolFile', { drawId: draw.drawId }), saveDownload)}>
            {t('draw.saveProtocol')}
          </Button>
          {draw.status === 'drawn' && (
            <Button size="large" type="primary" loading={busy} data-testid="finish-draw" onClick={() => run(() => api('draw.finish', { drawId: draw.drawId }), setDraw)}>
              {t('draw.finish')}
            </Button>
          )}
        </Space>
      )}
      {finished && draw && <SessionFromDraw year={year} draw={draw} />}
      {draw && (draw.status === 'committed' || draw.status === 'drawn') && (
        <div style={{ marginTop: 32 }}>
          <Button danger onClick={() => setAborting(true)}>
            {t('draw.abort')}
          </Button>
        </div>
      )}
      <Modal
        open={aborting}
        title={t('draw.abort')}
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        onCancel={() => setAborting(false)}
        onOk={() =>
          run(() => api('draw.abort', { drawId: draw!.drawId, reason }), (d) => {
            setAborting(false);
            setDraw(d);
            draws.reload();
          })
        }
      >
        <p>{t('draw.abortHint')}</p>
        <Input.TextArea rows={3} value={reason} onChange={(e) => setReason(e.target.value)} placeholder={t('draw.abortReason')} />
      </Modal>
      {(finished || draw?.status === 'aborted') && (
        <Button
          style={{ marginTop: 16 }}
          onClick={() => {
            setDraw(undefined);
            setWitnessStep(false);
            setViewingResult(true);
            setEntries(threeWitnesses());
            setMasked(true);
            draws.reload();
          }}
        >
          {t('draw.newDraw')}
        </Button>
      )}
    </div>
  );
}
