import { Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_TYPE_LABELS, UNIT_TYPES } from '../../src-shared/domain/vocabulary';
import type { UnitEntry } from '../../src-shared/registers/unit-entry';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { localized, joinList } from '../i18n';
import { splitAliases } from './aliases';

/**
 * 单位名录: every unit met in an import, with the code conflict checks use. Staff correct a type or add an
 * alias (郑大一附院 → 郑州大学第一附属医院) so the next file finds the same unit.
 */
export function UnitsTab() {
  const { t } = useTranslation();
  const list = useApi('units.list');
  const { busy, run } = useAction();
  const [editing, setEditing] = useState<UnitEntry>();
  const [search, setSearch] = useState('');
  const [form] = Form.useForm();

  if (list.error) return <ErrorAlert error={list.error} />;
  const open = (entry: UnitEntry) => {
    form.setFieldsValue({ ...entry, aliases: entry.aliases.join('、') });
    setEditing(entry);
  };
  const save = async () => {
    const v = await form.validateFields();
    await run(() => api('units.save', { unit: { code: editing!.code, name: v.name, type: v.type, aliases: splitAliases(v.aliases) }, mode: 'update' }), () => {
      setEditing(undefined);
      list.reload();
    }, { form, under: 'unit' });
  };
  const shown = (list.data ?? []).filter((u) => search === '' || u.name.includes(search) || u.aliases.some((a) => a.includes(search)));

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">{t('registers.units.hint')}</Typography.Paragraph>
      <Input.Search placeholder={t('registers.search')} allowClear onChange={(e) => setSearch(e.target.value)} style={{ maxWidth: 320 }} />
      <Table
        size="middle"
        rowKey="code"
        loading={!list.data}
        dataSource={shown}
        data-testid="units-table"
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        onRow={(u) => ({ onClick: () => open(u) })}
        columns={[
          { title: t('registers.code'), dataIndex: 'code', width: 150 },
          { title: t('registers.name'), dataIndex: 'name' },
          { title: t('registers.units.type'), render: (_, u) => <Tag>{localized(UNIT_TYPE_LABELS[u.type])}</Tag> },
          { title: t('registers.aliases'), render: (_, u) => joinList(u.aliases) },
        ]}
      />
      <Modal
        open={!!editing}
        title={t('registers.units.edit', { code: editing?.code ?? '' })}
        onCancel={() => setEditing(undefined)}
        onOk={save}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={busy}
        destroyOnHidden
      >
        <Form form={form} layout="vertical">
          <Form.Item name="name" label={t('registers.name')} rules={[{ required: true, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="type" label={t('registers.units.type')} rules={[{ required: true }]}>
            <Select options={UNIT_TYPES.map((u) => ({ value: u, label: localized(UNIT_TYPE_LABELS[u]) }))} />
          </Form.Item>
          <Form.Item name="aliases" label={t('registers.aliases')} extra={t('registers.aliasesHint')}>
            <Input data-testid="unit-aliases" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
