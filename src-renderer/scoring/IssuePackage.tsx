import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Spin, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedPackageView } from '../../src-shared/api/ops/issued-package';
import { STRATUM_BY, type StratumBy } from '../../src-shared/api/views';
import type { AppError } from '../../src-shared/result';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { useDevicePassphrase } from '../app/use-device-passphrase';
import { fileBytes } from '../files/download';
import { RulesForm } from './RulesForm';
import { YearCapAlert } from './YearCapAlert';

const SESSION_ID = /^[A-Za-z0-9._-]+$/;

/** `${year}-S01`, or the next number not yet used. */
function nextSessionId(year: number, taken: string[]): string {
  for (let i = 1; ; i++) {
    const id = `${year}-S${String(i).padStart(2, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

/**
 * The office issues a session package (评审会授权包) before the meeting: the year's screened nominations, the rules
 * drafted here, the pool snapshot and the panel size, signed with this computer's key. `taken`: session ids in use.
 */
export function IssuePackage({ year, taken, onIssued }: { year: number; taken: string[]; onIssued(p: IssuedPackageView): void }) {
  const { t } = useTranslation();
  const [first] = useState(() => nextSessionId(year, taken));
  const draft = useApi('package.draft', { year, sessionId: first });
  const [sessionId, setSessionId] = useState(first);
  const [rules, setRules] = useState<SessionRules>();
  const [panelSize, setPanelSize] = useState(5);
  const [stratumBy, setStratumBy] = useState<StratumBy>('sector');
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const { passphrase, field, missing } = useDevicePassphrase();
  useEffect(() => {
    if (draft.data) setRules((r) => r ?? draft.data!.rules);
  }, [draft.data]);

  if (draft.error) return <ErrorAlert error={draft.error} />;
  if (!draft.data || !rules) return <Spin description={t('common.loading')} />;

  const issue = async () => {
    setError(undefined);
    setBusy(true);
    const id = sessionId.trim();
    const r = await api('package.issue', { year, sessionId: id, panelSize, stratumBy, rules: { ...rules, sessionId: id }, passphrase });
    setBusy(false);
    if (r.ok) onIssued(r.value);
    else setError(r.error);
  };

  return (
    <Card title={t('scoring.issue.heading', { year })} data-testid="issue-package">
      <Typography.Paragraph>{t('scoring.issue.hint', { nominations: draft.data.nominations, pool: draft.data.poolSize })}</Typography.Paragraph>
      <Form layout="vertical">
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={t('scoring.create.sessionId')} help={t('scoring.create.sessionIdHelp')}>
              <Input aria-label={t('scoring.create.sessionId')} value={sessionId} onChange={(e) => setSessionId(e.target.value)} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label={t('scoring.issue.panelSize')}>
              <InputNumber aria-label={t('scoring.issue.panelSize')} min={1} max={200} precision={0} value={panelSize} onChange={(v) => setPanelSize(v ?? 1)} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item label={t('scoring.issue.stratumBy')}>
              <Select aria-label={t('scoring.issue.stratumBy')} value={stratumBy} onChange={setStratumBy} options={STRATUM_BY.map((b) => ({ value: b, label: t(`draw.by.${b}`) }))} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Space orientation="vertical" style={{ width: '100%' }} size="middle">
        <YearCapAlert year={year} cut={rules.cut} />
        <RulesForm draft={rules} onChange={setRules} />
        {error && <ErrorAlert error={error} />}
        <Space wrap>
          {field}
          <Button type="primary" size="large" loading={busy} disabled={missing || !SESSION_ID.test(sessionId.trim())} onClick={() => void issue()} data-testid="issue-package-submit">
            {t('scoring.issue.submit')}
          </Button>
        </Space>
      </Space>
    </Card>
  );
}

/** A meeting laptop takes in the package file the office issued (its key must be enrolled here as an office). */
export function ImportIssuedPackage({ onImported }: { onImported(p: IssuedPackageView): void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  return (
    <span data-testid="import-issued-package">
      <Upload
        accept=".json"
        showUploadList={false}
        beforeUpload={async (file) => {
          const content = await fileBytes(file);
          await run(() => api('package.import', { content }), onImported);
          return Upload.LIST_IGNORE;
        }}
      >
        <Button size="large" loading={busy}>
          {t('scoring.create.importPackage')}
        </Button>
      </Upload>
    </span>
  );
}
