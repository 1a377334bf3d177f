import type { DuplicateGroup, ImportKind } from '../../src-shared/api/views';
import type { Expert } from '../../src-shared/domain/expert';
import type { Nomination } from '../../src-shared/domain/nomination';
import type { ImportResult } from '../../src-shared/import/types';
import type { Store } from '../store/store';

type Parsed = ImportResult<Expert> | ImportResult<Nomination>;

const keepRow = (row: number) => ({ value: `row:${row}`, label: { zh: `只保留第 ${row} 行`, en: `Keep row ${row} only` } });
const SKIP = { value: 'skip', label: { zh: '跳过此行，保留库中原记录', en: 'Skip this row, keep the record in the database' } };
const REPLACE = { value: 'replace', label: { zh: '用此行替换库中记录', en: 'Replace the record in the database with this row' } };
const ADD = { value: 'add', label: { zh: '作为另一条新记录导入', en: 'Import as a separate new record' } };
const KEEP_ALL = { value: 'keep-all', label: { zh: '均导入（不是同一对象）', en: 'Import all (not the same)' } };

const nameUnitKey = (kind: ImportKind, r: Expert | Nomination) =>
  kind === 'experts' ? `${(r as Expert).name}｜${(r as Expert).unitCode}` : `${(r as Nomination).studioName}｜${(r as Nomination).workUnitCode}`;

/**
 * Every place the file may repeat itself or the database, as a group with the choices staff can make.
 * Nothing is merged on its own: the commit refuses until each group has a decision.
 */
export function duplicateGroups(store: Store, kind: ImportKind, parsed: Parsed): DuplicateGroup[] {
  const groups: DuplicateGroup[] = parsed.duplicates.map((d) => ({
    id: `file-${d.kind}:${d.key}`,
    kind: d.kind === 'id' ? 'file-id' : 'file-name-unit',
    key: d.key,
    rows: d.rows,
    options: [...(d.kind === 'name-unit' ? [KEEP_ALL] : []), ...d.rows.map(keepRow)],
  }));

  const table = kind === 'experts' ? 'experts' : 'nominations';
  const existing = store.all(
    kind === 'experts'
      ? store.q.selectFrom('experts').select(['id', 'name as a', 'unit_code as b', 'unit_name as label'])
      : store.q.selectFrom('nominations').select(['id', 'studio_name as a', 'work_unit_code as b', 'work_unit_name as label']),
  );
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byNameUnit = new Map(existing.map((e) => [`${e.a}｜${e.b}`, e]));
  parsed.records.forEach((record, i) => {
    const row = parsed.recordRows[i];
    const same = byId.get(record.id);
    if (same) {
      groups.push({ id: `db-id:${record.id}:${row}`, kind: 'db-id', key: record.id, rows: [row], existing: `${same.a}（${same.label}）`, options: [SKIP, REPLACE] });
      return;
    }
    const twin = byNameUnit.get(nameUnitKey(kind, record));
    if (twin) {
      groups.push({ id: `db-name-unit:${record.id}:${row}`, kind: 'db-name-unit', key: nameUnitKey(kind, record), rows: [row], existing: `${twin.id}（${table === 'experts' ? '专家' : '推荐对象'}）`, options: [SKIP, ADD] });
    }
  });
  return groups;
}

export interface Plan {
  /** Indexes into `parsed.records` to write. */
  keep: number[];
  replace: Set<string>;
  skipped: number;
}

/** Applies the decisions; returns undefined when a group is undecided or a decision is not one of its options. */
export function applyDecisions(parsed: Parsed, groups: DuplicateGroup[], decisions: Record<string, string>): Plan | undefined {
  const dropRows = new Set<number>();
  const replace = new Set<string>();
  for (const g of groups) {
    const choice = decisions[g.id];
    if (!g.options.some((o) => o.value === choice)) return undefined;
    if (choice.startsWith('row:')) for (const r of g.rows) if (`row:${r}` !== choice) dropRows.add(r);
    if (choice === 'skip') dropRows.add(g.rows[0]);
    if (choice === 'replace') replace.add(g.key);
  }
  const keep = parsed.recordRows.flatMap((row, i) => (dropRows.has(row) ? [] : [i]));
  return { keep, replace, skipped: parsed.records.length - keep.length };
}
