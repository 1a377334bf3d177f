import { tableSpec, type ColumnSpec, type TableSpec } from '../import/columns';
import { SECTOR_VALUES } from '../import/labels';

export type RegisterField =
  | 'year'
  | 'id'
  | 'studioName'
  | 'leaderName'
  | 'workUnitName'
  | 'sector'
  | 'recommendingUnit'
  | 'docNo'
  | 'publishedOn';

/**
 * The office's lists of earlier years, as they were kept in Excel: one row per studio with the document that
 * published it. The register number may be missing from old lists: it is then given in the year's order.
 */
export const REGISTER_TABLE: TableSpec<RegisterField> = tableSpec('register', { zh: '工作室名册', en: 'studio register' }, [
  { field: 'year', zh: '年度', en: 'Year', variants: ['公布年度', '命名年度', '年份', '批次'], required: true, help: '公布的年度，如 2024' },
  { field: 'id', zh: '编号', en: 'Register number', variants: ['名册编号', '工作室编号', '命名编号', '序号编号'], required: false,
    help: '如 2024-JKWWT-01（年度-JKWWT-序号）；不填时按该年度已有编号之后的顺序自动编号' },
  { field: 'studioName', zh: '工作室名称', en: 'Studio name', variants: ['创新工作室名称', '名称', '工作室'], required: true,
    help: '工作室全称' },
  { field: 'leaderName', zh: '领衔人', en: 'Leader', variants: ['领衔人姓名', '负责人', '负责人姓名'], required: true, help: '领衔人姓名' },
  { field: 'workUnitName', zh: '所在单位', en: 'Work unit', variants: ['工作单位', '单位名称', '单位', '依托单位'], required: true,
    help: '工作室所在单位全称' },
  { field: 'sector', zh: '行业/领域', en: 'Sector', variants: ['行业', '领域', '所属行业', '所属领域', '行业领域'], required: true,
    choices: SECTOR_VALUES.choices, help: '教育、科技、文化、卫生、体育，选一项' },
  { field: 'recommendingUnit', zh: '推荐单位', en: 'Recommending unit', variants: ['推荐单位名称'], required: true, help: '推荐单位全称' },
  { field: 'docNo', zh: '文号', en: 'Document number', variants: ['发文文号', '公布文号', '发文字号'], required: true,
    help: '公布该年度名单的文件文号，如 豫教科文卫体工〔2024〕50号' },
  { field: 'publishedOn', zh: '公布日期', en: 'Published on', variants: ['发文日期', '公布时间', '发文时间', '命名日期'], required: true,
    help: '写到具体某一天，如 2024-12-20 或 2024年12月20日' },
]);

/** Columns the register's export adds after the importable ones; an import of the export ignores them. */
export const REGISTER_EXPORT_EXTRA: readonly ColumnSpec[] = [
  { field: 'status', zh: '状态', en: 'Status', variants: [], required: false, help: '正常、整改中或已撤销' },
  { field: 'source', zh: '来源', en: 'Source', variants: [], required: false, help: '本会发文公布或往年名单导入' },
];
