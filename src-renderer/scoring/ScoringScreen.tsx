import { Alert, Button, Spin } from 'antd';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionView } from '../../src-shared/api/views';
import { ErrorAlert } from '../app/ErrorAlert';
import { Materials } from './Materials';
import { namesOf } from './names';
import { parseScore, scoreText } from './score-input';
import { ScoreForm } from './ScoreForm';
import { ScoringActions } from './ScoringActions';
import { ScoringBar } from './ScoringBar';
import { storedPosition, storePosition } from './selection';
import { SheetPinModal } from './SheetPinModal';
import { useSheet } from './use-sheet';
import { useSheetAccess } from './use-sheet-access';

const COMMENT_PAUSE_MS = 800;

interface Props {
  session: SessionView;
  expertId: string;
  onSessionChange(): void;
}

/**
 * One expert's scoring, keyboard first: digits into each box, Enter to the next box and from the comment to the
 * next nomination, Tab as usual. Every valid change is saved at once (one criterion per request); what does not
 * pass the rubric's range and step stays on screen in red and is not saved. The sheet opens with the expert's PIN
 * for five minutes; a save refused after that asks for the PIN again and is sent once it is given.
 */
export function ScoringScreen({ session, expertId, onSessionChange }: Props) {
  const { t } = useTranslation();
  const names = useMemo(() => namesOf(session), [session]);
  const expert = session.experts.find((e) => e.expertId === expertId)!;
  const criteria = session.rules.rubric.criteria;
  const criterionById = useMemo(() => new Map(criteria.map((c) => [c.id, c])), [criteria]);
  const order = expert.order.length ? expert.order : session.nominations.map((n) => n.id);
  const [index, setIndex] = useState(() => Math.min(storedPosition(session.sessionId, expertId), order.length - 1));
  const [changeReason, setChangeReason] = useState('');
  const { cells, state, save, retry } = useSheet(session, expertId, changeReason);
  const access = useSheetAccess(session.sessionId, expertId);
  /** Whether the PIN dialog shows while the sheet is closed (the expert may put it away and open it again). */
  const [asking, setAsking] = useState(true);
  /** `${nominationId}|${criterionId}` → what the expert typed; kept across nominations so nothing typed is lost. */
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const lastSent = useRef(new Map<string, number | null>());
  const lastComment = useRef(new Map<string, string>());
  const commentTimer = useRef<number | undefined>(undefined);
  const fields = useRef<(HTMLInputElement | HTMLTextAreaElement | null)[]>([]);
  const nextRef = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef(true);

  const locked = !!expert.lockedAt;
  const editable = session.phase !== 'signed' && (!locked || changeReason.trim() !== '');
  const nominationId = order[index];
  const nomination = session.nominations.find((n) => n.id === nominationId)!;
  const cell = cells.get(nominationId);
  const texts = Object.fromEntries(criteria.map((c) => [c.id, drafts[`${nominationId}|${c.id}`] ?? scoreText(cell?.criteria[c.id])]));
  const comment = comments[nominationId] ?? cell?.comment ?? '';
  const done = order.filter((id) => ['scored', 'recused'].includes(cells.get(id)?.state ?? '')).length;
  const invalid = Object.entries(drafts).some(([key, text]) => {
    const c = criterionById.get(key.split('|')[1]);
    return !!c && parseScore(text, c).kind === 'invalid';
  });
  const signoff = session.signoffs.find((s) => s.signerId === expertId && s.kind === 'expert-sheet');
  const changedAfterSigning = !!signoff && [...cells.values()].some((c) => c.updatedAt > signoff.at);

  const askPin = access.closed;
  useEffect(() => {
    if (state.error?.code !== 'pin-required') return;
    askPin();
    setAsking(true);
  }, [state.error, askPin]);

  useEffect(() => {
    if (!access.everOpened || !focusAfterMove.current) return;
    focusAfterMove.current = false;
    const first = fields.current[0];
    // A box inside a disabled fieldset (recused, locked) is disabled without its own attribute: ask :disabled.
    if (first && !first.matches(':disabled')) {
      first.focus();
      first.select();
    } else nextRef.current?.focus();
  }, [index, access.everOpened]);

  const score = (criterionId: string, text: string) => {
    const key = `${nominationId}|${criterionId}`;
    setDrafts((d) => ({ ...d, [key]: text }));
    const parsed = parseScore(text, criterionById.get(criterionId)!);
    if (parsed.kind === 'invalid') return;
    const value = parsed.kind === 'valid' ? parsed.value : null;
    const before = lastSent.current.has(key) ? lastSent.current.get(key)! : (cell?.criteria[criterionId] ?? null);
    if (before === value) return;
    lastSent.current.set(key, value);
    save({ nominationId, criteria: { [criterionId]: value } });
  };

  const commitComment = (id: string, text: string) => {
    window.clearTimeout(commentTimer.current);
    const before = lastComment.current.get(id) ?? cells.get(id)?.comment ?? '';
    if (text === before) return;
    lastComment.current.set(id, text);
    save({ nominationId: id, comment: text });
  };

  const typeComment = (text: string) => {
    setComments((c) => ({ ...c, [nominationId]: text }));
    window.clearTimeout(commentTimer.current);
    const id = nominationId;
    commentTimer.current = window.setTimeout(() => commitComment(id, text), COMMENT_PAUSE_MS);
  };

  const move = (delta: number) => jump(index + delta);
  const jump = (to: number) => {
    commitComment(nominationId, comment);
    const next = Math.max(0, Math.min(order.length - 1, to));
    storePosition(session.sessionId, expertId, next);
    focusAfterMove.current = true;
    setIndex(next);
  };

  const enter = (i: number) => {
    if (i < criteria.length) {
      if (parseScore(texts[criteria[i].id], criteria[i]).kind === 'invalid') return;
      const next = fields.current[i + 1];
      next?.focus();
      if (next instanceof HTMLInputElement) next.select();
      return;
    }
    commitComment(nominationId, comment);
    if (index < order.length - 1) move(1);
    else document.querySelector<HTMLButtonElement>('[data-testid="lock"]')?.focus();
  };

  const pinModal = (
    <SheetPinModal
      open={access.access === 'closed' && asking}
      sessionId={session.sessionId}
      expertId={expertId}
      name={names.expert(expertId)}
      onOpened={() => {
        access.opened();
        retry();
      }}
      onCancel={() => setAsking(false)}
    />
  );
  if (access.error) return <ErrorAlert error={access.error} />;
  if (!access.everOpened) {
    return access.access === 'checking' ? (
      <Spin />
    ) : (
      <>
        <Alert
          type="info"
          showIcon
          data-testid="sheet-closed"
          title={t('scoring.sheetPin.closed')}
          action={
            <Button type="primary" size="large" onClick={() => setAsking(true)} data-testid="open-sheet">
              {t('scoring.sheetPin.open')}
            </Button>
          }
        />
        {pinModal}
      </>
    );
  }

  return (
    <>
      {pinModal}
      <ScoringBar
        done={done}
        total={order.length}
        index={index}
        order={order}
        cells={cells}
        studio={names.studio}
        save={state}
        invalid={invalid}
        onRetry={retry}
        onMove={move}
        onJump={jump}
        nextRef={nextRef}
      />
      <ScoringActions
        session={session}
        expertId={expertId}
        complete={done === order.length && state.status === 'saved' && !invalid}
        changedAfterSigning={changedAfterSigning}
        changeReason={changeReason}
        onChangeReason={setChangeReason}
        onSessionChange={onSessionChange}
        onPinRequired={() => {
          askPin();
          setAsking(true);
        }}
      />
      <div className="scoring-columns">
        <Materials nomination={nomination} />
        <div>
          <h2 style={{ marginBottom: 8 }} data-testid="current-studio">
            {t('scoring.screen.position', { n: index + 1, total: order.length })} {nomination.studioName}
          </h2>
          <ScoreForm
            key={nominationId}
            criteria={criteria}
            cell={cell}
            texts={texts}
            comment={comment}
            disabled={!editable}
            onScore={score}
            onComment={typeComment}
            onCommentDone={() => commitComment(nominationId, comment)}
            onRecuse={(reason) => {
              // Whatever was half typed on a nomination the expert withdraws from no longer counts.
              setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith(`${nominationId}|`))));
              save({ nominationId, recuse: { reason } });
            }}
            onEnter={enter}
            fieldRef={(i) => (el) => {
              fields.current[i] = el;
            }}
          />
        </div>
      </div>
    </>
  );
}
