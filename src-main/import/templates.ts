import ExcelJS from 'exceljs';
import type { Expert } from '../../src-shared/domain/expert';
import type { Nomination } from '../../src-shared/domain/nomination';
import { DEFAULT_TITLES } from '../../src-shared/titles/default-titles';
import { DICTIONARY_RANK_LABELS } from '../../src-shared/titles/rank-labels';
import { templateHeader, tableSpecFor, type ColumnSpec, type ImportKind, type TableSpec } from '../../src-shared/import/columns';
import type { CellValue } from '../../src-shared/import/cell';
import { expertCells, nominationCells } from '../../src-shared/import/to-cells';
import { err, ok, type Result } from '../../src-shared/result';
import { writeWorkbookAtomically } from './atomic-write';
import { readTable } from './read-table';
import { addTableSheet } from './sheet-layout';

/** The template's example row starts with this; the importer skips rows that do (see table.ts). */
export const EXAMPLE_MARK = '示例：';
const EXAMPLE_ROW = 3;
const VALIDATED_ROWS = 5000;
const HELP_SHEET = '填写说明';
const TITLE_SHEET = '职称表';

export const EXAMPLE_EXPERT: Expert = {
  id: 'E0001',
  name: '张三',
  gender: 'male',
  unitName: '郑州大学',
  unitCode: 'HN-ZZU',
  unitType: 'university',
  unitTypeInferred: false,
  title: '教授',
  sectors: ['education', 'science'],
  specialty: '材料科学与工程',
  phone: '138-0000-0000',
  email: 'zhangsan@example.edu.cn',
  status: 'available',
  avoidUnitCodes: [],
  panelYears: [2024],
  nonSeniorReason: '',
};

export const EXAMPLE_NOMINATION: Nomination = {
  id: '2026-N001',
  year: 2026,
  studioName: '李四劳模创新工作室',
  leaderName: '李四',
  leaderGender: 'female',
  leaderBirthYear: 1975,
  leaderTitle: '主任医师',
  honours: [
    { kind: 'model-worker', name: '河南省劳动模范', level: 'provincial', year: 2019, issuer: '河南省人民政府' },
    { kind: 'may-day-medal', name: '郑州市五一劳动奖章', level: 'city', year: 2016, issuer: '' },
  ],
  workUnitName: '郑州市第一人民医院',
  workUnitCode: 'HN-ZZ-0001',
  workUnitCategory: 'municipal-industry',
  sector: 'health',
  recommendingUnit: '郑州市教科文卫体工会',
  recommendingUnitCode: 'HN-GH-4101',
  recommendingUnitKind: 'city-industry-union',
  foundedOn: '2018-05-20',
  teamMembers: ['王五', '赵六', '孙七'],
  isExistingRndOrTeam: false,
  conditionsEvidence: '工作室设在门诊楼三层，使用面积120平方米，配备模拟训练设备；建立了例会、培训和经费使用制度，每月开展集中活动。',
  projects: '近三年主持省级课题2项，形成操作规范3项。',
  benefits: '开展新技术新项目8项，培养专科骨干12名，在全市20家基层医院推广。',
};

type DataValidations = { add(address: string, validation: ExcelJS.DataValidation): void };

/**
 * An import template: title row, header row (required columns marked *), one example row that the importer
 * skips, drop-down lists for coded columns, and sheets explaining how to fill it and which titles exist.
 */
export async function writeTemplate(kind: ImportKind, filePath: string): Promise<Result<void>> {
  const example = kind === 'experts' ? expertCells(EXAMPLE_EXPERT) : nominationCells(EXAMPLE_NOMINATION);
  return writeTableTemplate(tableSpecFor(kind), example, filePath, { titleSheet: true });
}

/** The same template for any table the import engine reads; the title sheet only where a column takes a title. */
export async function writeTableTemplate(
  spec: TableSpec,
  exampleCells: CellValue[],
  filePath: string,
  options: { titleSheet: boolean },
): Promise<Result<void>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳模工匠创新工作室评审';
  const example = [...exampleCells];
  example[0] = `${EXAMPLE_MARK}${String(example[0])}`;
  const title = `${spec.name.zh}导入模板（带 * 的列必填；第 ${EXAMPLE_ROW} 行为示例，导入时自动跳过，可删除）`;
  const ws = addTableSheet(wb, spec.name.zh, title, spec.columns, spec.columns.map(templateHeader), [example]);
  ws.getRow(EXAMPLE_ROW).font = { italic: true, color: { argb: 'FF808080' } };
  addValidations(ws, spec);
  addHelpSheet(wb, spec);
  if (options.titleSheet) addTitleSheet(wb);
  return writeWorkbookAtomically(wb, filePath, async (temp) => {
    const table = await readTable(temp, spec);
    if (!table.ok) return table;
    return table.value.exampleRows.length === 1
      ? ok()
      : err('template-verify-failed', '模板复核失败：未找到示例行', 'The template failed its check: no example row');
  });
}

function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function addValidations(ws: ExcelJS.Worksheet, spec: TableSpec): void {
  const dv = (ws as unknown as { dataValidations: DataValidations }).dataValidations;
  spec.columns.forEach((c, i) => {
    const range = `${columnLetter(i)}${EXAMPLE_ROW}:${columnLetter(i)}${VALIDATED_ROWS}`;
    if (c.choices && !c.list) {
      dv.add(range, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${c.choices.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: c.zh,
        error: `请从下拉列表中选择：${c.choices.join('、')}`,
      });
    } else if (c.field === 'title' || c.field === 'leaderTitle') {
      // Only a hint: any title is imported as written, and one the dictionary lacks goes to a reviewer.
      dv.add(range, {
        type: 'list',
        allowBlank: false,
        formulae: [`'${TITLE_SHEET}'!$A$2:$A$${DEFAULT_TITLES.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'information',
        errorTitle: '职称',
        error: `“${TITLE_SHEET}”中没有这个职称：可照证书填写，导入后由审查人员认定级别`,
      });
    }
  });
}

const GENERAL_NOTES = [
  '第 1 行为标题，第 2 行为表头，请勿修改表头文字；列的顺序可以调整，多余的列导入时忽略。',
  '以“示例：”开头的行是示例，导入时自动跳过。',
  '日期请写到具体某一天：2019-03-05、2019/3/5、2019.3.5、2019年3月5日 或 20190305 均可；只写到月份的日期会被指出。',
  '多个值（行业、回避单位代码、参评年份、团队成员）之间用顿号（、）、逗号或分号分隔。',
  '全角数字和字母（如 １３８、Ｅ０００１）会自动转为半角。',
  '也可以导入 CSV 文件（UTF-8 或 GBK 编码均可）。',
  '导入前会逐行检查，列出每个有问题的单元格（行号、列名、内容、原因）；编号相同或同名同单位的行会单独列出，由您决定保留哪一条，不会自动合并。',
];

function addHelpSheet(wb: ExcelJS.Workbook, spec: TableSpec): void {
  const ws = wb.addWorksheet(HELP_SHEET);
  ws.columns = [{ width: 22 }, { width: 24 }, { width: 10 }, { width: 60 }, { width: 40 }];
  ws.addRow([`${spec.name.zh}导入模板填写说明`]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, 5);
  ws.addRow(['列名', '英文列名', '是否必填', '填写要求', '可选值']).font = { bold: true };
  for (const c of spec.columns) ws.addRow([c.zh, c.en, c.required ? '必填' : '选填', c.help, choicesText(c)]);
  ws.addRow([]);
  ws.addRow(['注意事项']).font = { bold: true };
  GENERAL_NOTES.forEach((note, i) => ws.addRow([`${i + 1}. ${note}`]));
  ws.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

function choicesText(c: ColumnSpec): string {
  if (c.field === 'title' || c.field === 'leaderTitle') return `见“${TITLE_SHEET}”`;
  return c.choices ? c.choices.join('、') : '';
}

/** The common titles for reference; a title not on it is imported as written and ruled on by a reviewer. */
function addTitleSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(TITLE_SHEET);
  ws.columns = [{ width: 20 }, { width: 12 }, { width: 40 }, { width: 16 }];
  ws.addRow(['职称', '级别', '别名（同样可填）', '系列']).font = { bold: true };
  for (const t of DEFAULT_TITLES) ws.addRow([t.title, DICTIONARY_RANK_LABELS[t.rank].zh, t.aliases.join('、'), t.series]);
}
