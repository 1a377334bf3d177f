import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Checkbox, Divider, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationView } from '../../src-shared/api/views';
import { nominationSchema } from '../../src-shared/domain/nomination';
import { DEFAULT_TITLES } from '../../src-shared/titles/default-titles';
import { GENDERS, SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import {
  HONOUR_KIND_LABELS,
  HONOUR_LEVEL_LABELS,
  RECOMMENDING_UNIT_KIND_LABELS,
  WORK_UNIT_CATEGORY_LABELS,
} from '../../src-shared/screening/labels';
import { api } from '../api/client';
import { optionsOf } from '../app/labels';
import { checkInput } from '../app/form-errors';
import { useAction } from '../app/use-action';
import { localized } from '../i18n';
import { Attachments } from './Attachments';

interface Props {
  year: number;
  nomination?: NominationView;
  open: boolean;
  onClose(saved: boolean): void;
}

/** One nomination's form (same schema as the import) and its materials. */
export function NominationDrawer({ year, nomination, open, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(nomination ?? { year, honours: [], teamMembers: [], isExistingRndOrTeam: false });
  }, [nomination, open, year, form]);

  const submit = async () => {
    const values = form.getFieldsValue(true);
    if (!checkInput({ form }, nominationSchema, values).ok) return;
    await run(() => api('nominations.save', { nomination: values, mode: nomination ? 'update' : 'create' }), () => onClose(true), { form, under: 'nomination' });
  };

  const field = (name: string, node: React.ReactNode, required = true) => (
    <Form.Item name={name} label={t(`nominations.field.${name}`)} required={required}>
      {node}
    </Form.Item>
  );

  return (
    <Drawer
      open={open}
      size={760}
      title={nomination ? nomination.studioName : t('nominations.add')}
      onClose={() => onClose(false)}
      extra={
        <Button type="primary" loading={busy} onClick={submit}>
          {t('common.save')}
        </Button>
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        {field('id', <Input disabled={!!nomination} />)}
        {field('year', <InputNumber min={2000} max={2100} />)}
        {field('studioName', <Input />)}
        <Space wrap>
          {field('leaderName', <Input />)}
          {field('leaderGender', <Select style={{ width: 100 }} options={GENDERS.map((g) => ({ value: g, label: t(`common.gender.${g}`) }))} />)}
          {field('leaderBirthYear', <InputNumber min={1930} max={2010} />)}
          {field('leaderTitle', <AutoComplete style={{ width: 180 }} options={DEFAULT_TITLES.map((k) => ({ value: k.title }))} />)}
        </Space>
        <Form.List name="honours">
          {(items, { add, remove }) => (
            <Form.Item label={t('nominations.field.honours')}>
              {items.map((item) => (
                <Space key={item.key} align="baseline" wrap>
                  <Form.Item name={[item.name, 'name']} noStyle>
                    <Input placeholder={t('nominations.field.honourName')} style={{ width: 220 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'kind']} noStyle>
                    <Select style={{ width: 170 }} options={optionsOf(HONOUR_KIND_LABELS)} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'level']} noStyle>
                    <Select style={{ width: 120 }} allowClear placeholder={t('nominations.field.levelFromWording')} options={optionsOf(HONOUR_LEVEL_LABELS)} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'year']} noStyle>
                    <InputNumber min={1950} max={2100} style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item name={[item.name, 'issuer']} noStyle>
                    <Input placeholder={t('nominations.field.issuer')} style={{ width: 160 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(item.name)} aria-label={t('common.remove')} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'model-worker', level: 'provincial', issuer: '' })}>
                {t('nominations.addHonour')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
        <Space wrap>
          {field('workUnitName', <Input style={{ width: 260 }} />)}
          {field('workUnitCode', <Input />)}
          {field('workUnitCategory', <Select style={{ width: 200 }} allowClear options={optionsOf(WORK_UNIT_CATEGORY_LABELS)} />)}
        </Space>
        <Space wrap>
          {field('sector', <Select style={{ width: 140 }} options={optionsOf(SECTOR_LABELS)} />)}
          {field('foundedOn', <Input placeholder="2020-05-01" />)}
        </Space>
        <Space wrap>
          {field('recommendingUnit', <Input style={{ width: 260 }} />)}
          {field('recommendingUnitCode', <Input />)}
          {field('recommendingUnitKind', <Select style={{ width: 240 }} allowClear options={optionsOf(RECOMMENDING_UNIT_KIND_LABELS)} />)}
        </Space>
        {field('teamMembers', <Select mode="tags" tokenSeparators={[',', '，', '、', ' ']} />, false)}
        <Form.Item name="isExistingRndOrTeam" valuePropName="checked">
          <Checkbox>{t('nominations.field.isExistingRndOrTeam')}</Checkbox>
        </Form.Item>
        {field('conditionsEvidence', <Input.TextArea rows={3} />, false)}
        {field('projects', <Input.TextArea rows={3} />, false)}
        {field('benefits', <Input.TextArea rows={3} />, false)}
      </Form>
      {nomination && (
        <>
          <Divider>{t('attachments.heading')}</Divider>
          <Attachments nominationId={nomination.id} />
        </>
      )}
    </Drawer>
  );
}
