import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Row, Space, Statistic, Upload, type UploadFile } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationOutput } from '../../src-shared/api/contract';
import type { SessionView } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { fileBytes } from '../files/download';
import { localized } from '../i18n';
import { DataTable } from '../tables/DataTable';
import { boardColumns, cellState, type BoardRow } from './board-columns';
import './board.css';

type ImportOutcome = OperationOutput<'score.importFiles'>;

/** Who has scored what, who is missing what, and the score files brought from the experts' laptops. */
export function CoordinatorBoard({ session, onChange }: { session: SessionView; onChange(): void }) {
  const { t, i18n } = useTranslation();
  const { busy, run } = useAction();
  const [outcome, setOutcome] = useState<ImportOutcome>();
  const columns = useMemo(() => boardColumns(t, session), [t, i18n.language, session]);
  const rows = useMemo<BoardRow[]>(
    () =>
      session.nominations.map((nomination) => ({
        nomination,
        cells: Object.fromEntries(session.cells.filter((c) => c.nominationId === nomination.id).map((c) => [c.expertId, c])),
      })),
    [session],
  );
  const perExpert = session.panel.map((p) => {
    const states = rows.map((r) => cellState(r.cells[p.expertId]));
    const e = session.experts.find((x) => x.expertId === p.expertId);
    const imported = session.imports.find((i) => i.expertId === p.expertId);
    return {
      ...p,
      done: states.filter((s) => s === 'scored' || s === 'recused').length,
      recused: states.filter((s) => s === 'recused').length,
      missing: states.filter((s) => s === 'empty' || s === 'partial').length,
      locked: !!e?.lockedAt,
      where: !e ? 'none' : e.local ? 'here' : 'elsewhere',
      imported,
    };
  });
  const filled = perExpert.reduce((s, e) => s + e.done, 0);

  const importFiles = async (files: File[]) => {
    const payload = await Promise.all(files.map(async (f) => ({ fileName: f.name, content: await fileBytes(f) })));
    await run(() => api('score.importFiles', { files: payload }), (r) => {
      setOutcome(r);
      onChange();
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Space wrap align="center">
        <span data-testid="import-scores">
        <Upload
          multiple
          accept=".json"
          showUploadList={false}
          beforeUpload={(file: UploadFile & File, list: (UploadFile & File)[]) => {
            // antd calls this once per file of a selection; the whole selection goes to the server in one call.
            if (file === list[list.length - 1]) void importFiles(list);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="large" type="primary" loading={busy} disabled={session.role !== 'coordinator' || session.phase === 'signed'}>
            {t('scoring.board.import')}
          </Button>
        </Upload>
        </span>
        <Statistic title={t('scoring.board.filled')} value={`${filled} / ${session.panel.length * session.nominations.length}`} data-testid="board-filled" />
      </Space>
      {outcome && (
        <Alert
          data-testid="import-result"
          type={outcome.refused.length ? 'warning' : 'success'}
          showIcon
          closable
          onClose={() => setOutcome(undefined)}
          title={t('scoring.board.importResult', { imported: outcome.imported.length, refused: outcome.refused.length })}
          description={
            <ul>
              {outcome.imported.map((i) => (
                <li key={`ok-${i.fileName}`}>{t('scoring.board.importedOne', { file: i.fileName, expert: i.expertId, version: i.version })}</li>
              ))}
              {outcome.refused.map((r) => (
                <li key={`no-${r.fileName}`} className="refused">
                  {localized(r.message)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Row gutter={[12, 12]}>
        {perExpert.map((e) => (
          <Col key={e.expertId} xs={24} sm={12} lg={8} xl={4}>
            <Card size="small" title={<>{e.name} {e.locked && <LockOutlined aria-label={t('scoring.board.locked')} />}</>} data-testid={`expert-card-${e.expertId}`}>
              <div>{t(`scoring.board.where.${e.where}`)}</div>
              <div>{t('scoring.board.doneCount', { done: e.done, recused: e.recused })}</div>
              <div className={e.missing ? 'missing' : 'complete'}>
                {t('scoring.board.missing')} <strong data-testid={`missing-${e.expertId}`}>{e.missing}</strong>
              </div>
              <div>{e.locked ? t('scoring.board.locked') : t('scoring.board.notLocked')}</div>
              {e.imported && <div>{t('scoring.board.importedVersion', { version: e.imported.version })}</div>}
            </Card>
          </Col>
        ))}
      </Row>
      <DataTable testId="board" empty={t('guide.empty.board')} data={rows} columns={columns} rowKey={(r) => r.nomination.id} height={520} />
    </Space>
  );
}
