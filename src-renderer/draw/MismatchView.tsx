import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Message, ValueMismatch } from '../../src-shared/result';
import { localized } from '../i18n';
import { ValueDiff } from './ValueDiff';

/** A field named in both languages and by its path in the file: 种子原文 · seed key (key). */
function FieldName({ label, path, testId }: { label: Message; path: string; testId: string }) {
  return (
    <span data-testid={testId}>
      <strong>{label.zh}</strong> · <strong>{label.en}</strong> <code>{path}</code>
    </span>
  );
}

/**
 * The first difference the verifier found: the field in Chinese and English, the recorded and the recomputed value
 * in full, aligned with the differing characters marked, and — where the verifier could tell — the field whose value
 * explains it (e.g. the second witness's digits for a seed key that does not recompute), with its two values.
 */
export function MismatchView({ path, mismatch }: { path: string; mismatch: ValueMismatch }) {
  const { t } = useTranslation();
  const cause = mismatch.cause && mismatch.cause.path !== path ? mismatch.cause : undefined;
  return (
    <Space orientation="vertical" style={{ width: '100%', fontSize: 18 }} data-testid="verify-mismatch">
      <div>
        {t('verify.field')}: <FieldName label={mismatch.label} path={path} testId="verify-field" />
      </div>
      <ValueDiff
        testId="verify-diff"
        first={mismatch.recorded}
        second={mismatch.recomputed}
        firstLabel={t('verify.recorded')}
        secondLabel={t('verify.recomputed')}
        absent={t('verify.absent')}
      />
      {cause && (
        <>
          <div>
            {t('verify.explainedBy')}: <FieldName label={cause.label} path={cause.path} testId="verify-cause" />
          </div>
          <ValueDiff
            testId="verify-cause-diff"
            first={cause.value}
            second={cause.other}
            firstLabel={t('verify.inRecord')}
            secondLabel={localized(cause.against)}
            absent={t('verify.absent')}
          />
        </>
      )}
      <Typography.Text type="secondary">{t('verify.marks')}</Typography.Text>
    </Space>
  );
}
