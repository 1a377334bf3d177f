import { Button, Space, Spin, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { ImportDialog } from '../import/ImportDialog';
import { DataTable } from '../tables/DataTable';
import { RecommendationsTab } from './RecommendationsTab';
import { registerColumns } from './register-columns';
import { StudioDrawer } from './StudioDrawer';

/** 办公室 → 工作室名册: every studio published or taken over, searchable and filterable; a studio's page; Art. 8. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const studios = useApi('register.list', {});
  const { busy, run } = useAction();
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<string>();
  // Bumped when the studio page changed something, so the recommendations tab loads again.
  const [version, setVersion] = useState(0);
  const years = useMemo(() => [...new Set((studios.data ?? []).map((s) => s.year))], [studios.data]);
  const columns = useMemo(() => registerColumns(t, years), [t, i18n.language, years]);

  if (studios.error) return <ErrorAlert error={studios.error} />;
  if (!studios.data) return <Spin description={t('common.loading')} />;

  const register = (
    <DataTable
      testId="register-table"
      empty={t('guide.empty.register')}
      data={studios.data}
      columns={columns}
      rowKey={(s) => s.id}
      onRowClick={(s) => setOpen(s.id)}
      toolbar={
        <Space wrap>
          <Typography.Text type="secondary">{t('officeRegister.count', { count: studios.data.length })}</Typography.Text>
          <Button loading={busy} onClick={() => run(() => api('register.export', {}), saveDownload)} data-testid="register-export">
            {t('officeRegister.export')}
          </Button>
          <Button onClick={() => setImporting(true)} data-testid="register-import">
            {t('officeRegister.importPast')}
          </Button>
          <Button loading={busy} onClick={() => run(() => api('register.template', {}), saveDownload)}>
            {t('officeRegister.template')}
          </Button>
        </Space>
      }
    />
  );
  return (
    <>
      <Typography.Title level={2}>{t('officeRegister.heading')}</Typography.Title>
      <Typography.Paragraph>{t('officeRegister.intro')}</Typography.Paragraph>
      <Tabs
        items={[
          { key: 'register', label: t('officeRegister.tabs.register'), children: register },
          { key: 'recommendations', label: t('officeRegister.tabs.recommendations'), children: <RecommendationsTab key={version} onOpen={setOpen} /> },
        ]}
      />
      <ImportDialog
        kind="register"
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) studios.reload();
        }}
      />
      <StudioDrawer
        id={open}
        onClose={(changed) => {
          setOpen(undefined);
          if (changed) {
            studios.reload();
            setVersion((v) => v + 1);
          }
        }}
      />
    </>
  );
}
