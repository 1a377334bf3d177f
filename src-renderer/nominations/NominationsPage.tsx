import { Button, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NominationView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { ImportDialog } from '../import/ImportDialog';
import { DataTable } from '../tables/DataTable';
import { nominationColumns } from './nomination-columns';
import { NominationDrawer } from './NominationDrawer';
import { NominationReadView } from './NominationReadView';

/** 推荐对象 of the selection year: import, browse, edit, attach materials. */
export function NominationsPage() {
  const { t, i18n } = useTranslation();
  const settings = useApi('settings.get');
  const year = settings.data?.year;
  const nominations = useApi('nominations.rows', year ? { year } : null);
  const { busy, run } = useAction();
  const opening = useAction();
  const [importing, setImporting] = useState(false);
  const [open, setOpen] = useState<{ nomination?: NominationView }>();
  const [reading, setReading] = useState<NominationView>();
  const columns = useMemo(() => nominationColumns(t), [t, i18n.language]);

  if (nominations.error) return <ErrorAlert error={nominations.error} />;
  if (!nominations.data || !year) return <Spin description={t('common.loading')} />;

  return (
    <>
      <Typography.Title level={2}>{t('nominations.heading', { year })}</Typography.Title>
      <DataTable
        testId="nominations-table"
        empty={t('guide.empty.nominations', { year })}
        data={nominations.data}
        columns={columns}
        rowKey={(n) => n.id}
        // The table holds only the shown columns: the read view gets the whole record.
        onRowClick={(row) => opening.run(() => api('nominations.get', { id: row.id }), (nomination) => setReading(nomination))}
        toolbar={
          <Space wrap>
            <Button type="primary" onClick={() => setOpen({})}>
              {t('nominations.add')}
            </Button>
            <Button onClick={() => setImporting(true)} data-testid="nominations-import">
              {t('import.button')}
            </Button>
            <Button loading={busy} onClick={() => run(() => api('export.xlsx', { kind: 'nominations', year }), saveDownload)}>
              {t('import.export')}
            </Button>
            <Button loading={busy} onClick={() => run(() => api('import.template', { kind: 'nominations' }), saveDownload)}>
              {t('import.template')}
            </Button>
          </Space>
        }
      />
      <ImportDialog
        kind="nominations"
        year={year}
        open={importing}
        onClose={(imported) => {
          setImporting(false);
          if (imported) nominations.reload();
        }}
      />
      <NominationReadView
        nomination={reading}
        onClose={() => setReading(undefined)}
        onEdit={() => {
          setOpen({ nomination: reading });
          setReading(undefined);
        }}
      />
      <NominationDrawer
        year={year}
        open={!!open}
        nomination={open?.nomination}
        onClose={(saved) => {
          setOpen(undefined);
          if (saved) nominations.reload();
        }}
      />
    </>
  );
}
