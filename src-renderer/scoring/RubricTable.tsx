import { Button, Input, InputNumber, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../src-shared/scoring/rubric';
import { localized } from '../i18n';
import { newCriterionId } from './tie-break-order';

/**
 * The rubric as a table people read like the paper one: criterion, points, what earns them. Ids are the program's
 * business (new criteria get one made for them) and never shown. Editable where `onChange` is given.
 */
export function RubricTable({ criteria, onChange }: { criteria: Criterion[]; onChange?(criteria: Criterion[]): void }) {
  const { t } = useTranslation();
  const editable = onChange !== undefined;
  const set = (i: number, patch: Partial<Criterion>) => onChange?.(criteria.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const num = (value: number | null) => (typeof value === 'number' ? value : 0);
  const total = criteria.reduce((s, c) => s + (c.weight ?? 1) * (c.maxPoints ?? 0), 0);
  const numberColumn = (key: 'maxPoints' | 'step' | 'weight', title: string) => ({
    title,
    width: 96,
    render: (_: unknown, c: Criterion, i: number) =>
      editable ? (
        <InputNumber aria-label={`${title} ${i + 1}`} min={0} value={c[key]} onChange={(v) => set(i, { [key]: num(v) })} style={{ width: 80 }} />
      ) : (
        <span data-testid={`rubric-${key}`}>{c[key]}</span>
      ),
  });

  return (
    <>
      <Table<Criterion>
        size="small"
        pagination={false}
        rowKey={(_, i) => String(i)}
        dataSource={criteria}
        data-testid="rubric-table"
        columns={[
          { title: t('guided.rubric.order'), width: 56, render: (_, _c, i) => i + 1 },
          {
            title: t('guided.rubric.name'),
            width: 220,
            render: (_, c, i) =>
              editable ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  <Input aria-label={`${t('guided.rubric.nameZh')} ${i + 1}`} placeholder={t('guided.rubric.nameZh')} value={c.zh} onChange={(e) => set(i, { zh: e.target.value })} />
                  <Input aria-label={`${t('guided.rubric.nameEn')} ${i + 1}`} placeholder={t('guided.rubric.nameEn')} value={c.en} onChange={(e) => set(i, { en: e.target.value })} />
                </Space>
              ) : (
                <Typography.Text strong data-testid="rubric-name">
                  {localized(c)}
                </Typography.Text>
              ),
          },
          numberColumn('maxPoints', t('guided.rubric.points')),
          numberColumn('step', t('scoring.rules.step')),
          numberColumn('weight', t('scoring.rules.weight')),
          {
            title: t('guided.rubric.descriptors'),
            render: (_, c, i) =>
              editable ? (
                <Space orientation="vertical" style={{ width: '100%' }}>
                  {(['zh', 'en'] as const).map((lang) => {
                    const label = t(lang === 'zh' ? 'guided.rubric.descriptorsZh' : 'guided.rubric.descriptorsEn');
                    return (
                      <Input.TextArea
                        key={lang}
                        autoSize={{ minRows: 2, maxRows: 6 }}
                        aria-label={`${label} ${i + 1}`}
                        placeholder={label}
                        value={c.descriptors[lang]}
                        onChange={(e) => set(i, { descriptors: { ...c.descriptors, [lang]: e.target.value } })}
                      />
                    );
                  })}
                </Space>
              ) : (
                <Typography.Paragraph style={{ marginBottom: 0 }}>{localized(c.descriptors)}</Typography.Paragraph>
              ),
          },
          ...(editable
            ? [
                {
                  title: '',
                  width: 80,
                  render: (_: unknown, _c: Criterion, i: number) => (
                    <Button danger aria-label={`${t('common.remove')} ${i + 1}`} disabled={criteria.length === 1} onClick={() => onChange(criteria.filter((_x, j) => j !== i))}>
                      {t('common.remove')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Space style={{ marginTop: 12 }} wrap>
        {editable && (
          <Button
            onClick={() => {
              const n = criteria.length + 1;
              const name = { zh: `评分项${n}`, en: `Criterion ${n}` };
              onChange([...criteria, { id: newCriterionId(criteria), ...name, descriptors: { ...name }, maxPoints: 10, step: 0.5, weight: 1 }]);
            }}
          >
            {t('scoring.rules.addCriterion')}
          </Button>
        )}
        <Typography.Text strong>{t('scoring.rules.maxTotal', { total })}</Typography.Text>
      </Space>
    </>
  );
}
