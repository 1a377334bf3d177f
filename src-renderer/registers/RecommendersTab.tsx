import { Button, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RECOMMENDING_UNIT_KINDS } from '../../src-shared/domain/vocabulary';
import type { RecommendingUnitEntry } from '../../src-shared/registers/default-recommending-units';
import { RECOMMENDING_UNIT_KIND_LABELS } from '../../src-shared/screening/labels';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { localized, joinList } from '../i18n';
import { splitAliases } from './aliases';

const KINDS = RECOMMENDING_UNIT_KINDS.filter((k) => k !== 'other');

/** 推荐单位名录 (Art. 5): screening takes a recommender's kind from here, matched by name or alias. */
export function RecommendersTab() {
  const { t } = useTranslation();
  const list = useApi('recommenders.list');
  const { busy, run } = useAction();
  const [editing, setEditing] = useState<Partial<RecommendingUnitEntry>>();
  const [form] = Form.useForm();

  if (list.error) return <ErrorAlert error={list.error} />;
  const open = (entry: Partial<RecommendingUnitEntry>) => {
    form.setFieldsValue({ ...entry, aliases: (entry.aliases ?? []).join('、') });
    setEditing(entry);
  };
  const save = async () => {
    const v = await form.validateFields();
    const mode = list.data?.some((r) => r.code === editing?.code) ? 'update' : 'create';
    await run(() => api('recommenders.save', { unit: { code: v.code, name: v.name, kind: v.kind, aliases: splitAliases(v.aliases) }, mode }), () => {
      setEditing(undefined);
      list.reload();
    }, { form, under: 'unit' });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('registers.recommenders.hint')}</Typography.Paragraph>
      <Button type="primary" onClick={() => open({ code: `RU-${String((list.data?.length ?? 0) + 1).padStart(3, '0')}` })} data-testid="recommender-add">
        {t('registers.add')}
      </Button>
      <Table
        size="middle"
        rowKey="code"
        loading={!list.data}
        dataSource={list.data}
        data-testid="recommenders-table"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(r) => ({ onClick: () => open(r) })}
        columns={[
          { title: t('registers.code'), dataIndex: 'code', width: 110 },
          { title: t('registers.name'), dataIndex: 'name' },
          { title: t('registers.recommenders.kind'), render: (_, r) => localized(RECOMMENDING_UNIT_KIND_LABELS[r.kind]) },
          { title: t('registers.aliases'), render: (_, r) => joinList(r.aliases) },
        ]}
      />
      <Modal
        open={!!editing}
        title={t('registers.recommenders.edit')}
        onCancel={() => setEditing(undefined)}
        onOk={save}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="code" label={t('registers.code')} rules={[{ required: true, whitespace: true }, { pattern: /^[A-Za-z0-9._-]+$/, message: t('registers.codeRule') }]}>
            <Input disabled={!!list.data?.some((r) => r.code === editing?.code)} />
          </Form.Item>
          <Form.Item name="name" label={t('registers.name')} rules={[{ required: true, whitespace: true }]}>
            <Input data-testid="recommender-name" />
          </Form.Item>
          <Form.Item name="kind" label={t('registers.recommenders.kind')} rules={[{ required: true }]}>
            <Select options={KINDS.map((k) => ({ value: k, label: localized(RECOMMENDING_UNIT_KIND_LABELS[k]) }))} data-testid="recommender-kind" />
          </Form.Item>
          <Form.Item name="aliases" label={t('registers.aliases')} extra={t('registers.aliasesHint')}>
            <Input />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
