import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Space, Spin, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { issuedPackageOperations, type IssuedPackageView } from '../../src-shared/api/ops/issued-package';
import { STRATUM_BY, type StratumBy } from '../../src-shared/api/views';
import type { AppError } from '../../src-shared/result';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { checkInput, showFormProblems } from '../app/form-errors';
import { useAction } from '../app/use-action';
import { useDevicePassphrase } from '../app/use-device-passphrase';
import { fileBytes } from '../files/download';
import { RulesForm } from './RulesForm';
import { YearCapAlert } from './YearCapAlert';

/** `${year}-S01`, or the next number not yet used. */
function nextSessionId(year: number, taken: string[]): string {
  for (let i = 1; ; i++) {
    const id = `${year}-S${String(i).padStart(2, '0')}`;
    if (!taken.includes(id)) return id;
  }
}

interface Fields {
  sessionId?: string;
  panelSize?: number | null;
  stratumBy: StratumBy;
}

const schema = issuedPackageOperations['package.issue'].input;

/**
 * The office issues a session package (评审会授权包) before the meeting: the year's screened nominations, the rules
 * drafted here, the pool snapshot and the panel size, signed with this computer's key. `taken`: session ids in use.
 */
export function IssuePackage({ year, taken, onIssued }: { year: number; taken: string[]; onIssued(p: IssuedPackageView): void }) {
  const { t } = useTranslation();
  const [first] = useState(() => nextSessionId(year, taken));
  const draft = useApi('package.draft', { year, sessionId: first });
  const [form] = Form.useForm<Fields>();
  const [rules, setRules] = useState<SessionRules>();
  const [error, setError] = useState<AppError>();
  const [busy, setBusy] = useState(false);
  const { passphrase, field, missing } = useDevicePassphrase();
  useEffect(() => {
    if (draft.data) setRules((r) => r ?? draft.data!.rules);
  }, [draft.data]);

  if (draft.error) return <ErrorAlert error={draft.error} />;
  if (!draft.data || !rules) return <Spin description={t('common.loading')} />;

  const issue = async () => {
    const v = form.getFieldsValue(true) as Fields;
    const id = (v.sessionId ?? '').trim();
    const input = { year, sessionId: id, panelSize: v.panelSize as number, stratumBy: v.stratumBy, rules: { ...rules, sessionId: id }, passphrase };
    // The door's own schema first: an empty or malformed number is named under its field before anything is signed.
    const checked = checkInput({ form }, schema, input);
    setError(checked.ok ? undefined : checked.rest);
    if (!checked.ok) return;
    setBusy(true);
    const r = await api('package.issue', input);
    setBusy(false);
    if (r.ok) onIssued(r.value);
    else setError(showFormProblems({ form }, r.error));
  };

  return (
    <Card title={t('scoring.issue.heading', { year })} data-testid="issue-package">
      <Typography.Paragraph>{t('scoring.issue.hint', { nominations: draft.data.nominations, pool: draft.data.poolSize })}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ sessionId: first, panelSize: 5, stratumBy: 'sector' }}>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="sessionId" label={t('scoring.create.sessionId')} extra={t('scoring.create.sessionIdHelp')} required>
              <Input aria-label={t('scoring.create.sessionId')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="panelSize" label={t('scoring.issue.panelSize')} required>
              <InputNumber aria-label={t('scoring.issue.panelSize')} precision={0} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="stratumBy" label={t('scoring.issue.stratumBy')}>
              <Select aria-label={t('scoring.issue.stratumBy')} options={STRATUM_BY.map((b) => ({ value: b, label: t(`draw.by.${b}`) }))} />
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
          <Button type="primary" size="large" loading={busy} disabled={missing} onClick={() => void issue()} data-testid="issue-package-submit">
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
