import { AutoComplete, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExpertView } from '../../src-shared/api/views';
import { expertSchema } from '../../src-shared/domain/expert';
import { DEFAULT_TITLES } from '../../src-shared/titles/default-titles';
import { EXPERT_STATUSES, GENDERS, SECTOR_LABELS, UNIT_TYPE_LABELS } from '../../src-shared/domain/vocabulary';
import { api } from '../api/client';
import { optionsOf } from '../app/labels';
import { checkInput } from '../app/form-errors';
import { useAction } from '../app/use-action';
import { localized } from '../i18n';
import { statusLabel } from './expert-columns';

interface Props {
  expert?: ExpertView;
  open: boolean;
  onClose(saved: boolean): void;
}

const COMMON_TITLES = DEFAULT_TITLES.map((e) => e.title);
const splitList = (v: unknown) => (Array.isArray(v) ? v : String(v ?? '').split(/[,，、\s]+/).filter(Boolean));

/** Add or edit one expert; checked with the same schema the import uses before anything is sent. */
export function ExpertForm({ expert, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const [title, setTitle] = useState(expert?.title ?? '');
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(expert ?? { status: 'available', gender: 'male', sectors: [] });
    setTitle(expert?.title ?? '');
  }, [expert, open, form]);

  const submit = async () => {
    const values = form.getFieldsValue(true);
    const candidate = {
      ...values,
      // Whoever saves the form has seen the unit type: it is no longer an inference.
      unitTypeInferred: false,
      avoidUnitCodes: splitList(values.avoidUnitCodes),
      panelYears: splitList(values.panelYears).map(Number),
    };
    // Checked here with the API's own schema and mapping, so the fields say what to fix before anything is sent.
    if (!checkInput({ form }, expertSchema, candidate).ok) return;
    const target = { form, under: 'expert' };
    await run(() => api('experts.save', { expert: candidate, mode: expert ? 'update' : 'create' }), () => onClose(true), target);
  };

  return (
    <Modal
      open={open}
      title={expert ? t('pool.editTitle', { name: expert.name }) : t('pool.addTitle')}
      onCancel={() => onClose(false)}
      onOk={submit}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      width={720}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" requiredMark>
        <Form.Item name="id" label={t('pool.col.id')} required>
          <Input disabled={!!expert} />
        </Form.Item>
        <Form.Item name="name" label={t('pool.col.name')} required>
          <Input />
        </Form.Item>
        <Form.Item name="gender" label={t('pool.col.gender')} required>
          <Select options={GENDERS.map((g) => ({ value: g, label: t(`common.gender.${g}`) }))} />
        </Form.Item>
        <Form.Item name="unitName" label={t('pool.col.unit')} required>
          <Input />
        </Form.Item>
        <Form.Item name="unitCode" label={t('pool.col.unitCode')} required>
          <Input />
        </Form.Item>
        <Form.Item name="unitType" label={t('pool.col.unitType')} required>
          <Select options={optionsOf(UNIT_TYPE_LABELS)} />
        </Form.Item>
        <Form.Item name="title" label={t('pool.col.title')} required>
          <AutoComplete
            options={COMMON_TITLES.filter((k) => k.includes(title)).map((k) => ({ value: k }))}
            onChange={(v) => setTitle(String(v))}
          />
        </Form.Item>
        <Form.Item name="nonSeniorReason" label={t('pool.col.nonSeniorReason')} extra={t('pool.nonSeniorHint')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="sectors" label={t('pool.col.sectors')} required>
          <Select mode="multiple" options={optionsOf(SECTOR_LABELS)} />
        </Form.Item>
        <Form.Item name="specialty" label={t('pool.col.specialty')}>
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('pool.col.phone')}>
          <Input />
        </Form.Item>
        <Form.Item name="email" label={t('pool.col.email')}>
          <Input />
        </Form.Item>
        <Form.Item name="status" label={t('pool.col.status')} required>
          <Select options={EXPERT_STATUSES.map((s) => ({ value: s, label: statusLabel(t, s) }))} />
        </Form.Item>
        <Form.Item name="avoidUnitCodes" label={t('pool.col.avoidUnits')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} />
        </Form.Item>
        <Form.Item name="panelYears" label={t('pool.col.panelYears')}>
          <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
