import { Button, Input, Modal, Typography } from 'antd';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellView } from '../../src-shared/api/views';
import { RUBRIC_AUTHORITY, RUBRIC_SOURCE_NOTE, type Criterion } from '../../src-shared/scoring/rubric';
import { localized } from '../i18n';
import { parseScore, sheetTotal } from './score-input';

interface Props {
  criteria: Criterion[];
  cell?: CellView;
  /** What is in each criterion box: the expert's typing, or the saved value. */
  texts: Record<string, string>;
  comment: string;
  disabled: boolean;
  onScore(criterionId: string, text: string): void;
  onComment(text: string): void;
  /** The comment box lost focus or Enter was pressed in it: save it now. */
  onCommentDone(): void;
  onRecuse(reason: string): void;
  /** Enter in field `index` (criteria first, then the comment). */
  onEnter(index: number): void;
  fieldRef(index: number): (el: HTMLInputElement | HTMLTextAreaElement | null) => void;
}

/** One nomination's score sheet: a box per criterion with its maximum and step, the comment, and 回避. */
export function ScoreForm({ criteria, cell, texts, comment, disabled, onScore, onComment, onCommentDone, onRecuse, onEnter, fieldRef }: Props) {
  const { t } = useTranslation();
  const [recusing, setRecusing] = useState(false);
  const [reason, setReason] = useState('');
  const recused = cell?.state === 'recused';
  const values: Record<string, number | undefined> = {};
  for (const c of criteria) {
    const p = parseScore(texts[c.id] ?? '', c);
    values[c.id] = p.kind === 'valid' ? p.value : undefined;
  }
  const total = sheetTotal(criteria, values);
  const enter = (index: number) => (e: KeyboardEvent) => {
    // Shift+Enter keeps its usual meaning (a new line) in the comment box.
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    e.preventDefault();
    onEnter(index);
  };
  const confirmRecuse = () => {
    if (!reason.trim()) return;
    onRecuse(reason.trim());
    setRecusing(false);
    setReason('');
  };

  return (
    <section className="score-form" aria-label={t('scoring.form.heading')}>
      {recused && (
        <div className="recused-note" data-testid="recused-note">
          {t('scoring.form.recused', { reason: cell?.recusalReason })}
        </div>
      )}
      <fieldset disabled={disabled || recused}>
        {criteria.map((c, i) => {
          const text = texts[c.id] ?? '';
          const parsed = parseScore(text, c);
          const id = `criterion-${c.id}`;
          return (
            <div className="criterion" key={c.id}>
              <div className="criterion-head">
                <label htmlFor={id}>
                  {localized(c)}
                  <span className="limits"> {t('scoring.form.limits', { max: c.maxPoints, step: c.step })}</span>
                </label>
                <input
                  id={id}
                  ref={fieldRef(i)}
                  className="score-input"
                  inputMode="decimal"
                  autoComplete="off"
                  aria-label={localized(c)}
                  aria-invalid={parsed.kind === 'invalid'}
                  aria-describedby={`${id}-desc`}
                  data-testid={`score-${c.id}`}
                  value={text}
                  onChange={(e) => onScore(c.id, e.target.value)}
                  onKeyDown={enter(i)}
                />
              </div>
              {parsed.kind === 'invalid' && (
                <div className="score-error" role="alert" data-testid={`score-error-${c.id}`}>
                  {localized(parsed.message)} {t('scoring.form.notSaved')}
                </div>
              )}
              <p className="descriptor" id={`${id}-desc`}>
                {localized(c.descriptors)}
              </p>
            </div>
          );
        })}
        <p className="descriptor" data-testid="rubric-authority">
          {localized(RUBRIC_AUTHORITY)}
          <br />
          {localized(RUBRIC_SOURCE_NOTE)}
        </p>
        <div className="sheet-total" data-testid="sheet-total">
          {t('scoring.form.total')}：{total === null ? '—' : total.toFixed(2)}
        </div>
        <label htmlFor="comment" style={{ fontSize: 20, fontWeight: 700 }}>
          {t('scoring.form.comment')}
        </label>
        <textarea
          id="comment"
          ref={fieldRef(criteria.length)}
          className="comment-input"
          rows={3}
          data-testid="comment"
          value={comment}
          onChange={(e) => onComment(e.target.value)}
          onBlur={onCommentDone}
          onKeyDown={enter(criteria.length)}
        />
      </fieldset>
      <div style={{ marginTop: 12, display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <Button size="large" danger disabled={disabled || recused} onClick={() => setRecusing(true)} data-testid="recuse">
          {t('scoring.form.recuse')}
        </Button>
        <span className="key-hint">{t('scoring.form.keys')}</span>
      </div>
      <Modal
        open={recusing}
        title={t('scoring.form.recuseTitle')}
        okText={t('scoring.form.recuseOk')}
        okButtonProps={{ danger: true, disabled: !reason.trim(), 'data-testid': 'recuse-ok' }}
        onOk={confirmRecuse}
        onCancel={() => setRecusing(false)}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('scoring.form.recuseHint')}</Typography.Paragraph>
        <Input
          autoFocus
          size="large"
          aria-label={t('scoring.form.recuseReason')}
          placeholder={t('scoring.form.recuseReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          onPressEnter={confirmRecuse}
        />
      </Modal>
    </section>
  );
}
