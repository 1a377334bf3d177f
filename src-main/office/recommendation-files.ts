import ExcelJS from 'exceljs';
import type { FileDownload } from '../../src-shared/api/views';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { RECOMMENDATION_OUTCOME_LABELS, reasonsText } from '../../src-shared/office/recommendation';
import type { RecommendationView } from '../../src-shared/office/studio';
import { err, ok, type Result } from '../../src-shared/result';
import { writeWorkbookAtomically } from '../import/atomic-write';
import { escapeHtml as h, sheetHtml, type PrintStamp } from '../print/html';
import { pick, say, type SheetLanguage } from '../print/sheet-language';
import type { ServiceContext } from '../services/context';
import { fileDownload, PDF } from '../services/downloads';
import { printStampOf } from '../services/print-stamp';
import { readSettings } from '../services/settings';
import { viaTempFile } from '../services/spreadsheets';
import { listRecommendations } from './recommendations';

const HEADERS = ['序号', '编号', '工作室名称', '领衔人', '所在单位', '行业', '推荐年度', '推荐理由', '理由说明', '报送日期', '结果', '结果日期', '结果说明'];
const WIDTHS = [6, 16, 32, 10, 30, 8, 10, 24, 48, 12, 10, 12, 30];

function outcomeText(r: RecommendationView): string {
  return RECOMMENDATION_OUTCOME_LABELS[r.outcome].zh;
}

function cells(r: RecommendationView, i: number): (string | number)[] {
  return [
    i + 1,
    r.studioId,
    r.studioName,
    r.leaderName,
    r.workUnitName,
    SECTOR_LABELS[r.sector].zh,
    r.year,
    reasonsText(r.reasons),
    r.reasonText,
    r.sentOn,
    outcomeText(r),
    r.outcomeOn ?? '',
    r.outcomeNote,
  ];
}

const title = (year?: number) => `${year ? `${year}年度` : ''}优先推荐河南省劳模工匠创新工作室名单`;
const fileStem = (year?: number) => `优先推荐名单${year ? `-${year}` : ''}`;

/** The list for the file and for Excel users; read back (every register number in order) before it is handed on. */
export function recommendationsXlsx(ctx: ServiceContext, year?: number): Promise<Result<FileDownload>> {
  const list = listRecommendations(ctx, { year });
  return viaTempFile(`${fileStem(year)}.xlsx`, async (file) => {
    const wb = new ExcelJS.Workbook();
    wb.creator = '劳模工匠创新工作室评审';
    const ws = wb.addWorksheet('优先推荐名单', { views: [{ state: 'frozen', ySplit: 2 }] });
    ws.columns = WIDTHS.map((width) => ({ width }));
    ws.addRow([`${title(year)}（共 ${list.length} 个）`]).font = { bold: true, size: 14 };
    ws.mergeCells(1, 1, 1, HEADERS.length);
    ws.addRow(HEADERS).font = { bold: true };
    list.forEach((r, i) => (ws.addRow(cells(r, i)).alignment = { wrapText: true, vertical: 'top' }));
    return writeWorkbookAtomically(wb, file, async (temp) => {
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(temp);
      const ids: string[] = [];
      back.worksheets[0].eachRow((row, n) => {
        if (n > 2) ids.push(String(row.getCell(2).value ?? ''));
      });
      return ids.length === list.length && ids.every((id, i) => id === list[i].studioId)
        ? ok()
        : err('export-verify-failed', `导出文件复核失败：应有 ${list.length} 行，读回 ${ids.length} 行`, `The exported file failed its check: ${list.length} rows expected, ${ids.length} read back`);
    });
  });
}

/** The printed list, in the app's language. */
export function recommendationsHtml(list: readonly RecommendationView[], year: number | undefined, language: SheetLanguage = 'zh-CN', printed?: PrintStamp): string {
  const t = pick(language);
  const m = say(language);
  const rows = list
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td class="keep">${h(r.studioId)}</td><td>${h(r.studioName)}</td><td>${h(r.leaderName)}</td><td>${h(r.workUnitName)}</td><td class="keep">${h(m(SECTOR_LABELS[r.sector]))}</td><td>${h(reasonsText(r.reasons, language === 'en' ? 'en' : 'zh'))}<br>${h(r.reasonText)}</td><td class="keep">${h(r.sentOn)}</td><td class="keep">${h(m(RECOMMENDATION_OUTCOME_LABELS[r.outcome]))}${r.outcomeOn ? `<br>${h(r.outcomeOn)}` : ''}${r.outcomeNote ? `<br>${h(r.outcomeNote)}` : ''}</td></tr>`,
    )
    .join('');
  const heads = [t('序号', 'No.'), t('编号', 'Register no.'), t('工作室名称', 'Studio'), t('领衔人', 'Leader'), t('所在单位', 'Work unit'), t('行业', 'Sector'), t('推荐理由', 'Reasons'), t('报送日期', 'Sent on'), t('结果', 'Outcome')];
  return sheetHtml({
    title: t(title(year), `${year ? `${year} l` : 'L'}ist of studios recommended first to the Henan Provincial Federation of Trade Unions`),
    subtitle: t(`第八条 · 报送河南省总工会 · 共 ${list.length} 个`, `Art. 8 · sent to the Henan Provincial Federation of Trade Unions · ${list.length} in all`),
    body: `<table><tr>${heads.map((x) => `<th>${x}</th>`).join('')}</tr>${rows}</table>`,
    signatures: [t('经办人', 'Prepared by'), t('审核人', 'Checked by'), t('日期', 'Date')],
    lang: language,
    printed,
    // Landscape, and numbers and dates never broken: they are read and copied whole.
    style: '@page { size: A4 landscape; } td.keep { white-space: nowrap; }',
  });
}

export async function recommendationsPdf(ctx: ServiceContext, year?: number): Promise<Result<FileDownload>> {
  const list = listRecommendations(ctx, { year });
  const { language } = readSettings(ctx);
  const pdf = await ctx.printPdf(recommendationsHtml(list, year, language, printStampOf(ctx)), { language });
  return ok(fileDownload(`${fileStem(year)}.pdf`, PDF, pdf));
}
