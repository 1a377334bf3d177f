/**
 * Import fixtures: realistic files as recommending units and the office send them, and broken ones with
 * known problems. Generated (never committed) from the deterministic demo year, so they match the data.
 *
 *   npx tsx scripts/make-fixtures.ts OUTDIR
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { generateDemoYear } from '../src-shared/demo/generate-demo';
import { expertSchema, type Expert } from '../src-shared/domain/expert';
import { nominationSchema, type Nomination } from '../src-shared/domain/nomination';
import { UNIT_TYPE_LABELS } from '../src-shared/domain/vocabulary';
import { cellText, type CellValue } from '../src-shared/import/cell';
import { EXPERT_TABLE, NOMINATION_TABLE } from '../src-shared/import/columns';
import { isoToExcelSerial } from '../src-shared/import/dates';
import { formatHonours } from '../src-shared/import/honour-text';
import { GENDER_LABELS, SECTOR_VALUES, STATUS_VALUES } from '../src-shared/import/labels';
import { expertCells, nominationCells } from '../src-shared/import/to-cells';
import { encodeGbk } from '../tests/fixtures/gbk';
import { storedZip } from '../tests/fixtures/stored-zip';

export const FIXTURE_SEED = 2026;
export const FIXTURE_YEAR = 2026;

/** What the realistic fixtures hold, as the importer must return it. */
export function fixtureExperts(): Expert[] {
  return generateDemoYear(FIXTURE_SEED, FIXTURE_YEAR).experts.map((e) => expertSchema.parse(e));
}

export function fixtureNominations(): Nomination[] {
  return generateDemoYear(FIXTURE_SEED, FIXTURE_YEAR).nominations.map((n) => nominationSchema.parse(n));
}

interface SheetPlan {
  name?: string;
  /** Rows above the header; the first is merged across the header's width. */
  above?: CellValue[][];
  header: string[];
  rows: (CellValue[] | null)[];
}

/** Writes one sheet; a null row stays blank. */
async function writeXlsx(file: string, plan: SheetPlan): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(plan.name ?? 'Sheet1');
  const above = plan.above ?? [];
  above.forEach((r) => ws.addRow(r));
  if (above.length > 0) ws.mergeCells(1, 1, 1, plan.header.length);
  ws.addRow(plan.header).font = { bold: true };
  for (const r of plan.rows) {
    const row = ws.addRow(r ?? []);
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  }
  await wb.xlsx.writeFile(file);
  return file;
}

const FULL_WIDTH_MAP = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const titleRow = (text: string): CellValue[][] => [[text]];

/** The pool as the office keeps it: variant headers, a title, a note line, labels, full-width digits. */
async function poolXlsx(file: string): Promise<string> {
  const header = ['序号', '编号', '专家姓名', '性别（男/女）', '单位名称', '统一社会信用代码', '单位性质', '专业技术职务', '所属行业',
    '研究方向', '联系电话', 'E-mail', '状态', '回避单位', '历年参加评审', '说明', '入库时间'];
  const rows: (CellValue[] | null)[] = [];
  fixtureExperts().forEach((e, i) => {
    if (i === 150) rows.push(null);
    const year = e.panelYears.length === 1 ? e.panelYears[0] : e.panelYears.join('、');
    rows.push([
      i + 1,
      i % 50 === 6 ? FULL_WIDTH_MAP(e.id) : e.id,
      e.name,
      i % 7 === 0 ? e.gender : GENDER_LABELS.label(e.gender),
      e.unitName,
      i % 15 === 0 ? FULL_WIDTH_MAP(e.unitCode) : e.unitCode,
      i % 9 === 0 ? UNIT_TYPE_LABELS[e.unitType].en : UNIT_TYPE_LABELS[e.unitType].zh,
      e.title,
      e.sectors.map(SECTOR_VALUES.label).join(i % 3 === 0 ? '，' : '、'),
      e.specialty,
      i % 10 === 0 ? FULL_WIDTH_MAP(e.phone) : e.phone,
      i % 25 === 0 ? `  ${e.email} ` : e.email,
      e.status === 'available' ? ['可用', '在库'][i % 2] : e.status === 'retired' ? ['退出', '退休'][i % 2] : STATUS_VALUES.label(e.status),
      e.avoidUnitCodes.join('；'),
      year,
      e.nonSeniorReason,
      new Date(Date.UTC(2020, 0, 1 + i)),
    ]);
  });
  return writeXlsx(file, {
    name: '专家库',
    above: [[`${FIXTURE_YEAR}年河南省教科文卫体系统劳模工匠创新工作室评审专家库`], ['填报单位：河南省教科文卫体工会']],
    header,
    rows,
  });
}

/** The ways a founding date arrives: date cells, bare serials, and text in several spellings. */
function foundedCell(iso: string, i: number): CellValue {
  const [y, m, d] = iso.split('-').map(Number);
  switch (i % 7) {
    case 0: return new Date(`${iso}T00:00:00Z`);
    case 1: return isoToExcelSerial(iso);
    case 2: return `${y}年${m}月${d}日`;
    case 3: return `${y}/${m}/${d}`;
    case 4: return `${y}.${m}.${d}`;
    case 5: return iso.replaceAll('-', '');
    default: return FULL_WIDTH_MAP(iso);
  }
}

function birthCell(year: number, i: number): CellValue {
  return i % 3 === 0 ? year : i % 3 === 1 ? `${year}年${(i % 12) + 1}月` : `${year}.0${(i % 9) + 1}`;
}

/** A recommending unit's list: honours as text, no 年度 column, mixed date spellings. */
async function nominationsXlsx(file: string): Promise<string> {
  const header = ['序号', '推荐编号', '工作室名称', '领衔人', '性别', '出生年月', '职称', '所获荣誉', '工作单位', '单位代码', '单位类别',
    '行业', '推荐单位', '推荐单位代码', '推荐单位类别', '成立时间', '团队成员', '是否原有研发机构或班组', '工作条件', '创新项目与成果', '经济社会效益'];
  const rows = fixtureNominations().map((n, i): CellValue[] => {
    const c = nominationCells(n);
    const at = (field: string) => c[NOMINATION_TABLE.columns.findIndex((col) => col.field === field)];
    return [
      i + 1,
      n.id,
      n.studioName,
      n.leaderName,
      at('leaderGender'),
      birthCell(n.leaderBirthYear, i),
      n.leaderTitle,
      i % 2 === 0 ? formatHonours(n.honours) : formatHonours(n.honours).replaceAll('；', '\n'),
      n.workUnitName,
      n.workUnitCode,
      at('workUnitCategory'),
      at('sector'),
      n.recommendingUnit,
      n.recommendingUnitCode,
      at('recommendingUnitKind'),
      foundedCell(n.foundedOn, i),
      n.teamMembers.join(i % 2 === 0 ? '、' : '，'),
      n.isExistingRndOrTeam ? ['是', 'Y', '√'][i % 3] : ['否', 'N', ''][i % 3],
      n.conditionsEvidence,
      n.projects,
      n.benefits,
    ];
  });
  return writeXlsx(file, { name: '推荐对象', above: titleRow(`${FIXTURE_YEAR}年度劳模工匠创新工作室推荐汇总表`), header, rows });
}

function csvField(v: CellValue): string {
  const s = cellText(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The pool as CSV text with canonical headers; quoted fields hold commas and line breaks. */
function poolCsvText(): string {
  const lines = [EXPERT_TABLE.columns.map((c) => c.zh).join(',')];
  const sectorsAt = EXPERT_TABLE.columns.findIndex((c) => c.field === 'sectors');
  fixtureExperts().forEach((e, i) => {
    const cells = expertCells(e);
    cells[sectorsAt] = e.sectors.map(SECTOR_VALUES.label).join(i % 2 === 0 ? ', ' : '\r\n');
    lines.push(cells.map(csvField).join(','));
  });
  return lines.join('\r\n') + '\r\n';
}

/** The first experts with every column in canonical order, under a title row: data rows start at row 3. */
function expertRows(count: number): CellValue[][] {
  return fixtureExperts().slice(0, count).map(expertCells);
}

const col = (field: string) => EXPERT_TABLE.columns.findIndex((c) => c.field === field);
const ncol = (field: string) => NOMINATION_TABLE.columns.findIndex((c) => c.field === field);
const expertHeader = EXPERT_TABLE.columns.map((c) => c.zh);
const nominationHeader = NOMINATION_TABLE.columns.map((c) => c.zh);

async function missingColumnXlsx(file: string): Promise<string> {
  const drop = new Set([col('gender'), col('title')]);
  const keep = (r: CellValue[]) => r.filter((_, i) => !drop.has(i));
  return writeXlsx(file, { header: keep(expertHeader) as string[], rows: expertRows(10).map(keep) });
}

async function duplicateIdsXlsx(file: string): Promise<string> {
  const rows = expertRows(12);
  rows[5][col('id')] = rows[0][col('id')];
  rows[11][col('id')] = rows[0][col('id')];
  for (const f of ['name', 'unitName', 'unitCode', 'unitType']) rows[9][col(f)] = rows[2][col(f)];
  return writeXlsx(file, { above: titleRow('专家库（含重复）'), header: expertHeader, rows });
}

async function badDatesXlsx(file: string): Promise<string> {
  const rows = fixtureNominations().slice(0, 10).map(nominationCells);
  const bad: CellValue[] = ['2019-02-30', '2019年3月', '去年', 60, '2019', '3/5/2019', '２０２０年１３月１日'];
  bad.forEach((v, i) => (rows[i][ncol('foundedOn')] = v));
  rows[8][ncol('leaderBirthYear')] = '一九七五年';
  rows[8][ncol('foundedOn')] = '2021-04-31';
  return writeXlsx(file, { above: titleRow('推荐对象（日期有误）'), header: nominationHeader, rows });
}

async function unknownTitleXlsx(file: string): Promise<string> {
  const rows = expertRows(10);
  const set = (i: number, field: string, v: CellValue) => (rows[i][col(field)] = v);
  set(0, 'title', '教授级高工');
  set(1, 'title', '副教授');
  set(1, 'nonSeniorReason', '');
  set(2, 'gender', '未知');
  set(3, 'sectors', '教育、农业');
  set(4, 'email', 'zhang@@zzu.edu.cn');
  set(5, 'title', '高工');
  set(5, 'gender', '?');
  set(5, 'email', 'abc');
  set(6, 'id', 'E 0009 #');
  set(7, 'status', '休假');
  set(7, 'panelYears', '去年');
  return writeXlsx(file, { above: titleRow('专家库（内容有误）'), header: expertHeader, rows });
}

async function emptyXlsx(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1');
  await wb.xlsx.writeFile(file);
  return file;
}

async function noHeaderXlsx(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  expertRows(15).forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
  return file;
}

function writeBytes(file: string, bytes: Buffer | string): string {
  fs.writeFileSync(file, bytes);
  return file;
}

/** `n` experts for the import benchmark: several demo pools under fresh ids, as a large pool would look. */
export async function makeLargePool(file: string, n: number): Promise<string> {
  const rows: CellValue[][] = [];
  for (let seed = 1; rows.length < n; seed++) {
    for (const e of generateDemoYear(seed, FIXTURE_YEAR).experts) {
      if (rows.length === n) break;
      rows.push(expertCells({ ...expertSchema.parse(e), id: `P${String(rows.length + 1).padStart(5, '0')}` }));
    }
  }
  return writeXlsx(file, { name: '专家库', above: titleRow(`专家库（${n} 人）`), header: expertHeader, rows });
}

/** Writes every fixture into `dir`; returns name → path. */
export async function makeFixtures(dir: string): Promise<Record<string, string>> {
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string) => path.join(dir, name);
  return {
    pool: await poolXlsx(at('pool.xlsx')),
    nominations: await nominationsXlsx(at('nominations.xlsx')),
    poolCsvUtf8Bom: writeBytes(at('pool-utf8-bom.csv'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(poolCsvText(), 'utf8')])),
    poolCsvGbk: writeBytes(at('pool-gbk.csv'), encodeGbk(poolCsvText())),
    brokenMissingColumn: await missingColumnXlsx(at('broken-missing-column.xlsx')),
    brokenTextAsXlsx: writeBytes(at('broken-text-as.xlsx'), '专家编号,姓名,性别\r\nE0001,张三,男\r\n'),
    brokenPdfAsXlsx: writeBytes(at('broken-pdf-as.xlsx'), '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n'),
    brokenDocxAsXlsx: writeBytes(
      at('broken-docx-as.xlsx'),
      storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }),
    ),
    brokenEmpty: await emptyXlsx(at('broken-empty.xlsx')),
    brokenNoHeader: await noHeaderXlsx(at('broken-no-header.xlsx')),
    brokenDuplicateIds: await duplicateIdsXlsx(at('broken-duplicate-ids.xlsx')),
    brokenBadDates: await badDatesXlsx(at('broken-bad-dates.xlsx')),
    brokenUnknownTitle: await unknownTitleXlsx(at('broken-unknown-title.xlsx')),
  };
}

if (process.argv[1] && /make-fixtures\.ts$/.test(process.argv[1])) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: npx tsx scripts/make-fixtures.ts OUTDIR');
    process.exit(2);
  }
  makeFixtures(path.resolve(out)).then(
    (files) => {
      for (const [name, file] of Object.entries(files)) console.log(`${name}\t${file}`);
    },
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
