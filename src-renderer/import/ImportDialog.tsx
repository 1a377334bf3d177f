import { InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Modal, Select, Space, Steps, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportPreview } from '../../src-shared/api/views';
import { UNIT_TYPE_LABELS, UNIT_TYPES, type UnitType } from '../../src-shared/domain/vocabulary';
import { unlistedProblems } from '../../src-shared/import/problem-list';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { fileBytes } from '../files/download';
import { localized } from '../i18n';
import { NextStepLink } from '../dashboard/NextStepLink';
import { WhyDisabled } from '../app/WhyDisabled';

interface Props {
  /** `register`: an earlier year's list of studios, through register.importPreview / register.import. */
  kind: ImportKind | 'register';
  year?: number;
  open: boolean;
  onClose(imported: boolean): void;
}

/**
 * Pick a file → see every problem (row, column, value, reason) and every possible duplicate → decide →
 * commit all or nothing. Nothing is written before the last step.
 */
export function ImportDialog({ kind, year, open, onClose }: Props) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const [file, setFile] = useState<{ fileName: string; content: Uint8Array }>();
  const [preview, setPreview] = useState<ImportPreview>();
  const [decisions, setDecisions] = useState<Record<string, string>>({});
  // Unit types staff changed in the preview; the others stay as inferred (and are stored as inferred).
  const [unitTypes, setUnitTypes] = useState<Record<string, UnitType>>({});
  const [done, setDone] = useState<string>();

  const reset = () => {
    setFile(undefined);
    setPreview(undefined);
    setDecisions({});
    setUnitTypes({});
    setDone(undefined);
  };
  const close = (imported: boolean) => {
    reset();
    onClose(imported);
  };

  const pick = async (picked: File) => {
    const chosen = { fileName: picked.name, content: await fileBytes(picked) };
    setFile(chosen);
    // The previous file's preview (and its commit button) must not outlive it, whether or not this one can be read.
    setPreview(undefined);
    setDecisions({});
    setUnitTypes({});
    setDone(undefined);
    await run(() => (kind === 'register' ? api('register.importPreview', chosen) : api('import.preview', { kind, year, ...chosen })), setPreview);
    return false;
  };

  const undecided = preview?.duplicates.filter((d) => !decisions[d.id]).length ?? 0;
  const canCommit = !!preview && preview.problemCount === 0 && undecided === 0 && preview.records > 0 && !done;
  const commitWhy = !preview
    ? t('guide.why.pickFile')
    : preview.problemCount > 0
      ? t('guide.why.fixProblems')
      : undecided > 0
        ? t('guide.why.decideDuplicates', { n: undecided })
        : preview.records === 0 && t('guide.why.noRows');
  const commit = () =>
    kind === 'register'
      ? run(() => api('register.import', file!), (r) => setDone(t('import.doneRegister', { inserted: r.inserted, years: r.years.join('、') })))
      : run(() => api('import.commit', { kind, year, ...file!, decisions, unitTypes }), (r) =>
          setDone(t('import.done', { inserted: r.inserted, replaced: r.replaced, skipped: r.skipped })),
        );

  const step = done ? 2 : preview ? 1 : 0;
  return (
    <Modal
      open={open}
      width={1000}
      title={t(`import.title.${kind}`)}
      onCancel={() => close(!!done)}
      footer={
        <Space>
          <Button onClick={() => close(!!done)}>{done ? t('common.close') : t('common.cancel')}</Button>
          {!done && (
            <WhyDisabled why={commitWhy}>
              <Button type="primary" disabled={!canCommit} loading={busy} onClick={commit} data-testid="import-commit">
                {t('import.commit', { count: preview?.records ?? 0 })}
              </Button>
            </WhyDisabled>
          )}
        </Space>
      }
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 16 }}
        items={[{ title: t('import.stepPick') }, { title: t('import.stepCheck') }, { title: t('import.stepDone') }]}
      />
      <Upload.Dragger accept=".xlsx,.csv" showUploadList={false} beforeUpload={pick} disabled={busy} data-testid="import-file">
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? file.fileName : t('import.pickHint')}</p>
      </Upload.Dragger>
      {preview && (
        <div style={{ marginTop: 16 }} data-testid="import-preview">
          <Descriptions size="small" column={3} bordered>
            <Descriptions.Item label={t('import.sheet')}>{preview.sheetName}</Descriptions.Item>
            <Descriptions.Item label={t('import.headerRow')}>{preview.headerRow}</Descriptions.Item>
            <Descriptions.Item label={t('import.rows')}>{preview.rowCount}</Descriptions.Item>
          </Descriptions>
          {preview.ignoredHeaders.length > 0 && (
            <Alert style={{ marginTop: 8 }} type="info" title={t('import.ignored', { headers: preview.ignoredHeaders.join('、') })} />
          )}
          {preview.problemCount > 0 ? (
            <>
              <Alert
                style={{ marginTop: 8 }}
                type="error"
                showIcon
                data-testid="import-problems-summary"
                title={t('import.problems', { count: preview.problemCount })}
              />
              <Table
                size="small"
                style={{ marginTop: 8 }}
                data-testid="import-problems"
                rowKey={(p) => `${p.row}-${p.column}-${p.reason.en}`}
                dataSource={preview.problems}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                columns={[
                  { title: t('import.row'), dataIndex: 'row', width: 70 },
                  { title: t('import.column'), dataIndex: 'column', width: 140 },
                  { title: t('import.value'), dataIndex: 'value', width: 180 },
                  { title: t('import.reason'), render: (_, p) => localized(p.reason) },
                ]}
              />
              {preview.problemCount > preview.problems.length && (
                <Typography.Text type="secondary" data-testid="import-problems-unlisted">
                  {localized(unlistedProblems(preview.problemCount - preview.problems.length))}
                </Typography.Text>
              )}
            </>
          ) : (
            <Alert style={{ marginTop: 8 }} type="success" showIcon title={t('import.clean', { count: preview.records })} />
          )}
          {preview.inferredUnitTypes.length > 0 && (
            <div style={{ marginTop: 12 }} data-testid="import-inferred-unit-types">
              <Typography.Title level={5}>{t('import.inferred', { count: preview.inferredUnitTypes.length })}</Typography.Title>
              <Table
                size="small"
                rowKey="unitName"
                dataSource={preview.inferredUnitTypes}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                columns={[
                  { title: t('import.unit'), dataIndex: 'unitName' },
                  {
                    title: t('import.unitType'),
                    width: 170,
                    render: (_, u) => (
                      <Select
                        style={{ width: 150 }}
                        value={unitTypes[u.unitName] ?? u.type}
                        onChange={(v) => setUnitTypes((prev) => ({ ...prev, [u.unitName]: v }))}
                        options={UNIT_TYPES.map((x) => ({ value: x, label: localized(UNIT_TYPE_LABELS[x]) }))}
                        data-testid={`unit-type-${u.unitName}`}
                      />
                    ),
                  },
                  { title: t('import.inferredWhy'), render: (_, u) => (unitTypes[u.unitName] ? t('import.inferredChanged') : localized(u.why)) },
                  { title: t('import.rowsOf'), render: (_, u) => u.rows.join('、'), width: 140 },
                ]}
              />
            </div>
          )}
          {preview.duplicates.length > 0 && (
            <div style={{ marginTop: 12 }} data-testid="import-duplicates">
              <Typography.Title level={5}>{t('import.duplicates', { count: preview.duplicates.length, undecided })}</Typography.Title>
              {preview.duplicates.map((d) => (
                <Space key={d.id} style={{ display: 'flex', marginBottom: 6 }} wrap>
                  <Typography.Text>
                    {t(`import.dup.${d.kind}`, { key: d.key, rows: d.rows.join('、'), existing: d.existing ?? '' })}
                  </Typography.Text>
                  <Select
                    style={{ minWidth: 260 }}
                    placeholder={t('import.decide')}
                    value={decisions[d.id]}
                    onChange={(v) => setDecisions((prev) => ({ ...prev, [d.id]: v }))}
                    options={d.options.map((o) => ({ value: o.value, label: localized(o.label) }))}
                  />
                </Space>
              ))}
            </div>
          )}
          {done && <Alert style={{ marginTop: 12 }} type="success" showIcon title={done} data-testid="import-done" />}
          {done && kind === 'nominations' && (
            <div style={{ marginTop: 12 }}>
              <NextStepLink done={t('guide.stepDone.import')} next="screening" />
            </div>
          )}
        </div>
      )}
    </Modal>
  );
}
