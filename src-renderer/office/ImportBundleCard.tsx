import { Alert, App as AntApp, Button, Card, Input, InputNumber, Space, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { requestLimit } from '../../src-shared/api/limits';
import type { BundleReport, BundleSummary, ImportedBundleView } from '../../src-shared/api/ops/bundle';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { formatSize, readPickedFolder, type PickedFolder } from './folder-files';
import { paperCodes, PaperCodesForm, type PaperEntries } from './PaperCodesForm';
import { VerificationReport } from './VerificationReport';

type Outcome = { report: BundleReport; imported?: ImportedBundleView } | { error: AppError };

/**
 * Takes a bundle in: the files of a picked folder (or a typed path) are verified first; the verification names the
 * panel, so the codes from the signed papers can then be typed (or each marked not checked), and only then is the
 * bundle imported, verified again together with those codes.
 */
export function ImportBundleCard({ onImported }: { onImported(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const settings = useApi('settings.get');
  const [year, setYear] = useState<number | null>(null);
  const [folder, setFolder] = useState<PickedFolder>();
  const [reading, setReading] = useState(false);
  const [path, setPath] = useState('');
  const [outcome, setOutcome] = useState<Outcome>();
  /** The panel named by the last verification of this source: who the signed papers come from. */
  const [panel, setPanel] = useState<BundleSummary['panel']>();
  const [entries, setEntries] = useState<PaperEntries>({});
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const pdf = useAction();

  useEffect(() => {
    if (settings.data && year === null) setYear(settings.data.year);
  }, [settings.data, year]);

  const source = () => (folder ? { files: folder.files } : { path: path.trim() });
  const ready = (folder || path.trim()) && year !== null && !reading;
  const paper = panel && paperCodes(entries, panel);
  /** Another bundle: its verification, panel and paper codes start again. */
  const newSource = () => {
    setOutcome(undefined);
    setPanel(undefined);
    setEntries({});
  };

  /** Verify only, or verify and import: either way the answer is shown in full. */
  const go = async (operation: 'bundle.verify' | 'bundle.import') => {
    setBusy(true);
    setOutcome(undefined);
    try {
      const input = { ...source(), expectYear: year ?? undefined };
      if (operation === 'bundle.verify') {
        const r = await api('bundle.verify', input);
        setOutcome(r.ok ? { report: r.value } : { error: r.error });
        setPanel(r.ok ? r.value.summary?.panel : undefined);
      } else if (paper) {
        const r = await api('bundle.import', { ...input, paper });
        setOutcome(r.ok ? { report: r.value.report, imported: r.value } : { error: r.error });
        if (r.ok) onImported();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('office.importer.heading')}>
      <Space direction="vertical" style={{ width: '100%' }} size="middle">
        <Space wrap>
          <span>{t('office.importer.year')}</span>
          <InputNumber aria-label={t('office.importer.year')} min={2000} max={2100} value={year} onChange={setYear} />
          {/* The year starts as the settings' selection year (what `bundle import` uses when given none); say when it was changed. */}
          {settings.data && year !== null && year !== settings.data.year && (
            <Typography.Text type="warning" data-testid="bundle-year-not-selection-year">
              {t('office.importer.notSelectionYear', { year: settings.data.year })}
            </Typography.Text>
          )}
          <input
            ref={input}
            type="file"
            multiple
            data-testid="bundle-folder-input"
            style={{ display: 'none' }}
            {...({ webkitdirectory: '', directory: '' } as Record<string, string>)}
            onChange={async (e) => {
              const list = e.target.files;
              if (!list?.length) return;
              newSource();
              const bytes = Array.from(list).reduce((n, f) => n + f.size, 0);
              if (bytes > requestLimit('bundle.import')) {
                setFolder(undefined);
                void message.error(t('office.importer.tooLarge', { size: formatSize(bytes), limit: formatSize(requestLimit('bundle.import')) }));
                e.target.value = '';
                return;
              }
              setReading(true);
              try {
                setFolder(await readPickedFolder(list));
                setPath('');
              } finally {
                setReading(false);
                e.target.value = '';
              }
            }}
          />
          <Button onClick={() => input.current?.click()} data-testid="bundle-pick-folder">
            {t('office.importer.pickFolder')}
          </Button>
        </Space>
        {reading && <Spin description={t('office.importer.reading')} />}
        {folder && (
          <Typography.Text data-testid="bundle-picked">
            {t('office.importer.picked', { name: folder.name, files: folder.files.length, size: formatSize(folder.bytes) })}
          </Typography.Text>
        )}
        <Input
          aria-label={t('office.importer.path')}
          addonBefore={t('office.importer.path')}
          placeholder={t('office.importer.pathPlaceholder')}
          value={path}
          onChange={(e) => {
            setPath(e.target.value);
            newSource();
            if (e.target.value) setFolder(undefined);
          }}
        />
        <Space>
          <Button disabled={!ready} loading={busy} onClick={() => void go('bundle.verify')} data-testid="bundle-verify">
            {t('office.importer.verify')}
          </Button>
        </Space>
        {panel ? (
          <PaperCodesForm panel={panel} entries={entries} onChange={setEntries} />
        ) : (
          <Typography.Text type="secondary" data-testid="paper-verify-first">
            {t('office.paper.verifyFirst')}
          </Typography.Text>
        )}
        <Button type="primary" disabled={!ready || !paper} loading={busy} onClick={() => void go('bundle.import')} data-testid="bundle-import">
          {t('office.importer.import')}
        </Button>
        {busy && <Spin description={t('office.importer.running')} />}
        {outcome && 'error' in outcome && (
          <>
            <Alert type="error" showIcon title={t('office.importer.refused')} data-testid="bundle-refused" />
            <ErrorAlert error={outcome.error} />
          </>
        )}
        {outcome && 'report' in outcome && (
          <>
            {outcome.imported && (
              <Alert type="success" showIcon data-testid="bundle-imported" title={t('office.importer.imported', { session: outcome.imported.sessionId, year: outcome.imported.year })} />
            )}
            <VerificationReport
              report={outcome.report}
              pdfBusy={pdf.busy}
              onPdf={outcome.imported ? () => pdf.run(() => api('bundle.reportPdf', { sessionId: outcome.imported!.sessionId, year: outcome.imported!.year }), saveDownload) : undefined}
            />
          </>
        )}
      </Space>
    </Card>
  );
}
