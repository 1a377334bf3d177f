import { Alert, App as AntApp, Button, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { PinModal } from './PinModal';
import { WhyDisabled } from '../app/WhyDisabled';
import { localTime } from '../draw/local-time';

interface Props {
  session: SessionView;
  expertId: string;
  /** Every nomination is scored or recused and every change is saved. */
  complete: boolean;
  /** Some cell was changed after the sheet was signed. */
  changedAfterSigning: boolean;
  changeReason: string;
  onChangeReason(reason: string): void;
  onSessionChange(): void;
  /** Locking was refused because the expert's sheet has closed: ask for their PIN. */
  onPinRequired(): void;
}

/** Lock, the score file for the coordinator, and the signature: the expert's own steps after scoring. */
export function ScoringActions({ session, expertId, complete, changedAfterSigning, changeReason, onChangeReason, onSessionChange, onPinRequired }: Props) {
  const { t } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const { busy, run } = useAction();
  const [pinFor, setPinFor] = useState<'export' | 'sign'>();
  const expert = session.experts.find((e) => e.expertId === expertId)!;
  const locked = !!expert.lockedAt;
  const signoff = session.signoffs.find((s) => s.signerId === expertId && s.kind === 'expert-sheet');
  const canSign = locked && session.phase !== 'signed' && (session.role === 'expert-laptop' || session.phase === 'discussion');

  const lock = () =>
    modal.confirm({
      title: t('scoring.actions.lockTitle'),
      content: t('scoring.actions.lockHint'),
      okText: t('scoring.actions.lock'),
      onOk: () =>
        run(async () => {
          const r = await api('score.lock', { sessionId: session.sessionId, expertId });
          if (!r.ok && r.error.code === 'pin-required') onPinRequired();
          return r;
        }, onSessionChange),
    });

  const submitPin = (pin: string, dissent: string) => {
    if (pinFor === 'export') {
      void run(() => api('score.exportFile', { sessionId: session.sessionId, expertId, pin }), (file) => {
        setPinFor(undefined);
        saveDownload(file);
        void message.success(t('scoring.actions.exported', { file: file.fileName }));
      });
    } else {
      void run(() => api('signoff.expert', { sessionId: session.sessionId, expertId, pin, dissent }), () => {
        setPinFor(undefined);
        onSessionChange();
        if (session.role === 'expert-laptop') void message.info(t('scoring.actions.reexport'), 8);
      });
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
      <Space wrap>
        <WhyDisabled why={!locked && (session.phase !== 'scoring' ? t('guide.why.notScoring') : !complete && t('scoring.actions.lockWhen'))}>
          <Button size="large" type="primary" disabled={!complete || locked || session.phase !== 'scoring'} loading={busy} onClick={lock} data-testid="lock">
            {locked ? t('scoring.actions.locked') : t('scoring.actions.lock')}
          </Button>
        </WhyDisabled>
        <Button size="large" onClick={() => setPinFor('export')} data-testid="export-file">
          {t('scoring.actions.export')}
        </Button>
        {locked && (
          <Button size="large" disabled={!canSign} onClick={() => setPinFor('sign')} data-testid="sign-sheet">
            {signoff ? t('scoring.actions.signAgain') : t('scoring.actions.sign')}
          </Button>
        )}
        {!complete && !locked && <span className="key-hint">{t('scoring.actions.lockWhen')}</span>}
      </Space>
      {locked && (
        <Alert
          type="info"
          showIcon
          title={t('scoring.actions.lockedAt', { at: localTime(expert.lockedAt!) })}
          description={
            <label>
              {t('scoring.actions.changeReason')}
              <Input
                size="large"
                aria-label={t('scoring.actions.changeReason')}
                data-testid="change-reason"
                value={changeReason}
                onChange={(e) => onChangeReason(e.target.value)}
              />
            </label>
          }
        />
      )}
      {signoff && (
        <Alert
          type={changedAfterSigning ? 'warning' : 'success'}
          showIcon
          data-testid="signed-note"
          title={changedAfterSigning ? t('scoring.actions.changedAfterSigning') : t('scoring.actions.signedAt', { at: localTime(signoff.at) })}
        />
      )}
      <PinModal
        open={!!pinFor}
        title={pinFor === 'export' ? t('scoring.actions.export') : t('scoring.actions.sign')}
        dissent={pinFor === 'sign'}
        hint={pinFor === 'sign' ? t('scoring.actions.signHint') : t('scoring.actions.exportHint')}
        busy={busy}
        onCancel={() => setPinFor(undefined)}
        onSubmit={submitPin}
      />
    </Space>
  );
}
