import { Alert, Checkbox, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BundleSummary, PaperCodes } from '../../src-shared/api/ops/bundle';
import { isPaperCode } from '../../src-shared/text/paper-code';

/** What is typed for one signed paper: its code, or "not checked". */
export interface PaperEntry {
  code: string;
  notChecked: boolean;
}
/** By paper: `commitment`, or an expert id. */
export type PaperEntries = Record<string, PaperEntry>;

const COMMITMENT = 'commitment';
const EMPTY: PaperEntry = { code: '', notChecked: false };

/** The codes for `bundle.import`, once every paper has a well-formed code or is marked not checked. */
export function paperCodes(entries: PaperEntries, panel: BundleSummary['panel']): PaperCodes | undefined {
  const one = (key: string) => {
    const e = entries[key] ?? EMPTY;
    return e.notChecked ? null : isPaperCode(e.code) ? e.code : undefined;
  };
  const commitment = one(COMMITMENT);
  const experts = panel.map((m) => [m.expertId, one(m.expertId)] as const);
  if (commitment === undefined || experts.some(([, code]) => code === undefined)) return undefined;
  return { commitment, experts: Object.fromEntries(experts) as Record<string, string | null> };
}

/**
 * Paper as a second root: the clerk reads the first 8 characters of the commitment hash from the commitment page the
 * witnesses signed, and of each expert's key fingerprint from the score sheet that expert signed, and types them
 * here; a paper that is not at hand is marked 不核对纸质签字件, and the report then says so in red. The expected codes
 * are never shown: they are what the papers are compared with.
 */
export function PaperCodesForm({ panel, entries, onChange }: { panel: BundleSummary['panel']; entries: PaperEntries; onChange(next: PaperEntries): void }) {
  const { t } = useTranslation();
  const rows = [{ key: COMMITMENT, label: t('office.paper.commitment') }, ...panel.map((m) => ({ key: m.expertId, label: t('office.paper.expert', { name: m.name, id: m.expertId }) }))];
  const set = (key: string, change: Partial<PaperEntry>) => onChange({ ...entries, [key]: { ...(entries[key] ?? EMPTY), ...change } });
  const skipped = rows.filter((r) => entries[r.key]?.notChecked);
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="paper-form">
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('office.paper.heading')}
      </Typography.Title>
      <Typography.Text>{t('office.paper.hint')}</Typography.Text>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        columns={[
          { title: t('office.paper.paper'), dataIndex: 'label' },
          {
            title: t('office.paper.code'),
            width: 220,
            render: (_: unknown, r) => {
              const e = entries[r.key] ?? EMPTY;
              const bad = !e.notChecked && e.code.trim() !== '' && !isPaperCode(e.code);
              return (
                <Input
                  aria-label={`${r.label} ${t('office.paper.code')}`}
                  data-testid={`paper-code-${r.key}`}
                  className="office-hash"
                  maxLength={80}
                  disabled={e.notChecked}
                  status={bad ? 'error' : undefined}
                  placeholder="XXXX XXXX"
                  value={e.code}
                  onChange={(ev) => set(r.key, { code: ev.target.value })}
                />
              );
            },
          },
          {
            title: '',
            width: 200,
            render: (_: unknown, r) => (
              <Checkbox data-testid={`paper-skip-${r.key}`} checked={entries[r.key]?.notChecked ?? false} onChange={(ev) => set(r.key, { notChecked: ev.target.checked })}>
                {t('office.paper.notChecked')}
              </Checkbox>
            ),
          },
        ]}
      />
      {skipped.length > 0 && (
        <Alert type="error" showIcon data-testid="paper-skipped-warning" title={t('office.paper.skippedWarning', { items: skipped.map((r) => r.label).join('、') })} />
      )}
    </Space>
  );
}
