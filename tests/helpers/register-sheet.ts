import ExcelJS from 'exceljs';

export const REGISTER_HEADERS = ['年度', '编号', '工作室名称', '领衔人', '所在单位', '行业/领域', '推荐单位', '文号', '公布日期'];

/** One studio of a past list, as the office's spreadsheets have it; `over` replaces cells by header. */
export function pastRow(year: number, n: number, over: Record<string, string | number> = {}): (string | number)[] {
  const base: Record<string, string | number> = {
    年度: year,
    编号: '',
    工作室名称: `王${n}劳模创新工作室`,
    领衔人: `王${n}`,
    所在单位: `河南省第${n}人民医院`,
    '行业/领域': '卫生',
    推荐单位: '郑州市教科文卫体工会',
    文号: `豫教科文卫体工〔${year}〕50号`,
    公布日期: `${year}-12-20`,
  };
  return REGISTER_HEADERS.map((h) => (h in over ? over[h] : base[h]));
}

/** An xlsx like the office's past lists: a title row, the header, then the rows. */
export async function pastListXlsx(rows: (string | number)[][], headers: string[] = REGISTER_HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['劳模工匠创新工作室名单']);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
