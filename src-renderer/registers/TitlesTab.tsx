import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingTitle } from '../../src-shared/api/views';
import { TITLE_RANKS, TITLE_RANK_LABELS } from '../../src-shared/domain/vocabulary';
import type { AppError } from '../../src-shared/result';
import { DICTIONARY_RANK_LABELS } from '../../src-shared/titles/rank-labels';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { fileBytes, saveDownload } from '../files/download';
import { localized, joinList } from '../i18n';

/**
 * 职称字典与认定: titles waiting for a ruling (each ruled once, then remembered), the rulings, and the office's
 * dictionary, edited as an Excel sheet and taken back whole or not at all.
 */
export function TitlesTab() {
  const { t } = useTranslation();
  const view = useApi('titles.view');
  const { busy, run } = useAction();
  const [ruling, setRuling] = useState<PendingTitle>();
  const [uploadError, setUploadError] = useState<AppError>();
  const [form] = Form.useForm();

  if (view.error) return <ErrorAlert error={view.error} />;
  const data = view.data;

  const rule = async () => {
    const v = await form.validateFields();
    await run(() => api('titles.rule', { title: ruling!.title, rank: v.rank, reason: v.reason, reviewer: v.reviewer }), () => {
      setRuling(undefined);
      form.resetFields();
      view.reload();
    }, { form });
  };
  const upload = async (file: File) => {
    setUploadError(undefined);
    const r = await api('titles.importXlsx', { fileName: file.name, content: await fileBytes(file) });
    if (r.ok) view.reload();
    else setUploadError(r.error);
    return false;
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <div data-testid="titles-pending">
        <Typography.Title level={4}>{t('registers.titles.pending', { count: data?.pending.length ?? 0 })}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('registers.titles.pendingHint')}</Typography.Paragraph>
        <Table
          size="middle"
          rowKey="title"
          loading={!data}
          dataSource={data?.pending}
          pagination={false}
          columns={[
            { title: t('registers.titles.title'), dataIndex: 'title' },
            {
              title: t('registers.titles.why'),
              render: (_, p) => <Tag color="orange">{t(`registers.titles.source.${p.source}`)}</Tag>,
            },
            { title: t('registers.titles.experts'), dataIndex: 'experts' },
            { title: t('registers.titles.nominations'), dataIndex: 'nominations' },
            {
              title: '',
              render: (_, p) => (
                <Button type="primary" onClick={() => setRuling(p)} data-testid={`rule-${p.title}`}>
                  {t('registers.titles.rule')}
                </Button>
              ),
            },
          ]}
        />
      </div>
      {data && data.rulings.length > 0 && (
        <div data-testid="titles-rulings">
          <Typography.Title level={4}>{t('registers.titles.rulings')}</Typography.Title>
          <Table
            size="small"
            rowKey="titleKey"
            dataSource={data.rulings}
            pagination={false}
            columns={[
              { title: t('registers.titles.title'), dataIndex: 'title' },
              { title: t('registers.titles.rank'), render: (_, r) => localized(TITLE_RANK_LABELS[r.rank]) },
              { title: t('registers.titles.reason'), dataIndex: 'reason' },
              { title: t('registers.titles.reviewer'), dataIndex: 'decidedBy' },
            ]}
          />
        </div>
      )}
      <div>
        <Typography.Title level={4}>{t('registers.titles.dictionary', { count: data?.entries.length ?? 0 })}</Typography.Title>
        <Space wrap style={{ marginBottom: 8 }}>
          <Button loading={busy} onClick={() => run(() => api('titles.exportXlsx', {}), saveDownload)} data-testid="titles-export">
            {t('registers.titles.export')}
          </Button>
          <Upload accept=".xlsx" showUploadList={false} beforeUpload={upload}>
            <Button data-testid="titles-import">{t('registers.titles.import')}</Button>
          </Upload>
        </Space>
        <Typography.Paragraph type="secondary">{t('registers.titles.editHint')}</Typography.Paragraph>
        {uploadError && <ErrorAlert error={uploadError} />}
        <Table
          size="small"
          rowKey="title"
          loading={!data}
          dataSource={data?.entries}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('registers.titles.title'), dataIndex: 'title' },
            { title: t('registers.titles.rank'), render: (_, e) => localized(DICTIONARY_RANK_LABELS[e.rank]) },
            { title: t('registers.titles.aliases'), render: (_, e) => joinList(e.aliases) },
            { title: t('registers.titles.series'), dataIndex: 'series' },
          ]}
        />
      </div>
      <Modal
        open={!!ruling}
        title={t('registers.titles.ruleTitle', { title: ruling?.title ?? '' })}
        onCancel={() => setRuling(undefined)}
        onOk={rule}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        destroyOnHidden
      >
        {ruling?.source === 'skill-grade' && <Alert type="info" showIcon title={t('registers.titles.skillGradeHint')} style={{ marginBottom: 12 }} />}
        <Form form={form} layout="vertical">
          <Form.Item name="rank" label={t('registers.titles.rank')} rules={[{ required: true }]}>
            <Select options={TITLE_RANKS.map((r) => ({ value: r, label: localized(TITLE_RANK_LABELS[r]) }))} data-testid="ruling-rank" />
          </Form.Item>
          <Form.Item name="reason" label={t('registers.titles.reason')} rules={[{ required: true, whitespace: true }]}>
            <Input.TextArea rows={2} data-testid="ruling-reason" />
          </Form.Item>
          <Form.Item name="reviewer" label={t('registers.titles.reviewer')} rules={[{ required: true, whitespace: true }]}>
            <Input data-testid="ruling-reviewer" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
