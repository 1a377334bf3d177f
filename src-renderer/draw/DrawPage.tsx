import { Alert, Button, Input, Modal, Space, Spin, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DrawView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { CallsStep } from './CallsStep';
import { CommitmentStep } from './CommitmentStep';
import './projector.css';
import { ResultStep } from './ResultStep';
import { SetupStep } from './SetupStep';
import { WitnessStep } from './WitnessStep';

/**
 * The draw wizard, one step per screen, for a projector. The steps follow the draw's state on the server;
 * nothing here can run a draw twice.
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
  const { busy, run } = useAction();

  useEffect(() => {
    // Resume the year's open draw, if any.
    const open = draws.data?.filter((d) => d.status === 'committed' || d.status === 'drawn').at(-1);
    if (open) setDraw(open);
  }, [draws.data]);

  if (!year || !draws.data) return <Spin description={t('common.loading')} />;
  const step = !draw ? 0 : draw.status === 'committed' ? (witnessStep ? 2 : 1) : draw.status === 'drawn' ? (viewingResult ? 3 : 4) : 5;
  const finished = draw?.status === 'finished';

  return (
    <div className="projector">
      <Typography.Title level={2}>{t('draw.heading', { year })}</Typography.Title>
      <Steps
        current={step}
        style={{ marginBottom: 24 }}
        items={['setup', 'commitment', 'witnesses', 'result', 'calls', 'finish'].map((k) => ({ title: t(`draw.step.${k}`) }))}
      />
      {draw?.status === 'aborted' && <Alert type="error" title={t('draw.aborted', { reason: draw.abortReason })} />}
      {step === 0 && <SetupStep year={year} onCommitted={setDraw} />}
      {step === 1 && draw && <CommitmentStep draw={draw} onNext={() => setWitnessStep(true)} />}
      {step === 2 && draw && <WitnessStep draw={draw} onDrawn={setDraw} />}
      {step === 3 && draw && <ResultStep draw={draw} />}
      {step === 4 && draw && <CallsStep draw={draw} onChange={setDraw} />}
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
      {finished && <Alert style={{ marginTop: 16 }} type="success" showIcon title={t('draw.finished')} />}
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
        <Button style={{ marginTop: 16 }} onClick={() => { setDraw(undefined); setWitnessStep(false); setViewingResult(true); draws.reload(); }}>
          {t('draw.newDraw')}
        </Button>
      )}
    </div>
  );
}
