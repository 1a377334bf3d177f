import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, List, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../src-shared/scoring/rubric';
import type { TieBreakKey } from '../../src-shared/scoring/session-rules';
import { tieBreakName } from './names';
import { addTieBreak, canMove, moveTieBreak, unusedTieBreaks } from './tie-break-order';

/** The tie-break chain as an ordered list of named rules; editable where `onChange` is given. */
export function TieBreakList({
  chain,
  criteria,
  onChange,
}: {
  chain: TieBreakKey[];
  criteria: Criterion[];
  onChange?(chain: TieBreakKey[]): void;
}) {
  const { t } = useTranslation();
  const unused = unusedTieBreaks(chain, criteria);
  return (
    <div data-testid="tie-break-list" style={{ marginBottom: 16 }}>
      <Typography.Title level={5}>{t('guided.tieBreak.heading')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('guided.tieBreak.hint')}</Typography.Paragraph>
      <List
        size="small"
        bordered
        dataSource={chain}
        locale={{ emptyText: t('guided.tieBreak.none') }}
        renderItem={(key, i) => {
          const label = t('guided.tieBreak.item', { n: i + 1 });
          return (
            <List.Item
              data-testid="tie-break-item"
              actions={
                onChange && [
                  <Button key="up" size="small" icon={<ArrowUpOutlined />} aria-label={`${t('guided.rubric.moveUp')} ${label}`} disabled={!canMove(chain, i, -1)} onClick={() => onChange(moveTieBreak(chain, i, -1))} />,
                  <Button key="down" size="small" icon={<ArrowDownOutlined />} aria-label={`${t('guided.rubric.moveDown')} ${label}`} disabled={!canMove(chain, i, 1)} onClick={() => onChange(moveTieBreak(chain, i, 1))} />,
                  <Button key="remove" size="small" danger aria-label={`${t('common.remove')} ${label}`} onClick={() => onChange(chain.filter((_k, j) => j !== i))}>
                    {t('common.remove')}
                  </Button>,
                ]
              }
            >
              <Typography.Text>
                {i + 1}. {tieBreakName(key, criteria)}
              </Typography.Text>
            </List.Item>
          );
        }}
      />
      {onChange && unused.length > 0 && (
        <Space style={{ marginTop: 8 }}>
          <Select<TieBreakKey>
            aria-label={t('guided.tieBreak.add')}
            placeholder={t('guided.tieBreak.add')}
            style={{ minWidth: 260 }}
            value={null}
            onChange={(key) => onChange(addTieBreak(chain, key))}
            options={unused.map((k) => ({ value: k, label: tieBreakName(k, criteria) }))}
          />
        </Space>
      )}
    </div>
  );
}
