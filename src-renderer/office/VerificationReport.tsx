import { Alert, Button, Descriptions, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BundleCheck, BundleReport } from '../../src-shared/api/ops/bundle';
import { localized } from '../i18n';
import { localTime } from '../draw/local-time';

const STATUS_COLOR = { passed: 'green', failed: 'red', skipped: 'default', 'not-checked': 'red' } as const;

/** The verification report: the verdict, what was verified, and every check with its result. */
export function VerificationReport({ report, onPdf, pdfBusy }: { report: BundleReport; onPdf?: () => void; pdfBusy?: boolean }) {
  const { t } = useTranslation();
  const s = report.summary;
  // A signed paper the office did not compare: said first, in red, so it is not taken for a full check.
  const notChecked = report.checks.filter((c) => c.status === 'not-checked');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="bundle-report">
      <Space wrap align="center">
        <span className={`office-verdict ${report.verified ? 'ok' : 'bad'}`} data-testid="report-verdict">
          {report.verified ? `✓ ${t('office.report.verified')}` : `✗ ${t('office.report.notVerified')}`}
        </span>
        {onPdf && (
          <Button onClick={onPdf} loading={pdfBusy} data-testid="report-pdf">
            {t('office.report.pdf')}
          </Button>
        )}
      </Space>
      {notChecked.length > 0 && (
        <Alert
          type="error"
          showIcon
          data-testid="report-paper-not-checked"
          title={t('office.report.paperNotChecked')}
          description={notChecked.map((c, i) => (
            <div key={i}>{localized(c.message)}</div>
          ))}
        />
      )}
      {s && (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('office.report.session')}>{s.sessionId}</Descriptions.Item>
          <Descriptions.Item label={t('office.report.year')}>{s.year}</Descriptions.Item>
          <Descriptions.Item label={t('office.report.createdAt')}>{localTime(s.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('office.report.signer')}>
            {s.signer.label}（{s.signer.keyId}）
          </Descriptions.Item>
          <Descriptions.Item label={t('office.report.fingerprint')}>
            <span className="office-hash">{s.signer.fingerprint}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('office.report.bundleSha')}>
            <span className="office-hash" data-testid="report-bundle-sha">{report.bundleSha256}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('office.report.files')}>{s.files}</Descriptions.Item>
          <Descriptions.Item label={t('office.report.counts')}>
            {s.experts} / {s.nominations} / {s.proposed}
          </Descriptions.Item>
          <Descriptions.Item label={t('office.report.auditHead')}>
            <span className="office-hash">{s.auditHeadHash}</span>（{s.auditEntries}）
          </Descriptions.Item>
        </Descriptions>
      )}
      <Table<BundleCheck>
        data-testid="report-checks"
        size="small"
        pagination={false}
        rowKey={(c, i) => `${c.check}-${c.file ?? ''}-${i}`}
        dataSource={report.checks}
        columns={[
          { title: t('office.report.check'), dataIndex: 'check', width: 180, render: (c: string) => t(`office.checks.${c}`, { defaultValue: c }) },
          { title: t('office.report.file'), dataIndex: 'file', width: 220, render: (f: string | null) => (f ? <span className="office-hash">{f}</span> : '') },
          { title: t('office.report.result'), dataIndex: 'status', width: 100, render: (st: BundleCheck['status']) => <Tag color={STATUS_COLOR[st]}>{t(`office.report.${st}`)}</Tag> },
          { title: t('office.report.detail'), key: 'detail', render: (_: unknown, c) => localized(c.message) },
        ]}
      />
    </Space>
  );
}
