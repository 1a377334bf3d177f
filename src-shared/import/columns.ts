import type { ExpertInput } from '../domain/expert';
import type { NominationInput } from '../domain/nomination';
import {
  GENDER_LABELS,
  matchKey,
  RECOMMENDING_UNIT_KIND_VALUES,
  SECTOR_VALUES,
  STATUS_VALUES,
  UNIT_TYPE_VALUES,
  WORK_UNIT_CATEGORY_VALUES,
} from './labels';

export type ImportKind = 'experts' | 'nominations';
/** Every table the import engine reads: the pool and nominations (import.*) and the office's past register lists. */
export type TableKind = ImportKind | 'register';
/** Stored, never imported: whether the unit type was inferred is the importer's finding, not a column. */
export type ExpertField = Exclude<keyof ExpertInput & string, 'unitTypeInferred'>;
export type NominationField = keyof NominationInput & string;

/**
 * One importable column. `zh` is what templates and exports write and what messages name when the column is
 * missing; `variants` are the other headers seen in the wild. Headers are compared by `matchKey`, so spaces,
 * full-width letters, `*` markers and bracketed notes (性别（男/女）) do not matter.
 */
export interface ColumnSpec<F extends string = string> {
  field: F;
  zh: string;
  en: string;
  variants: readonly string[];
  required: boolean;
  /** Allowed values (written labels), for drop-downs and the instructions sheet. */
  choices?: readonly string[];
  /** Several values in one cell, separated by 、 ， ； / or line breaks. */
  list?: boolean;
  /** How to fill it, for the instructions sheet. */
  help: string;
}

export interface TableSpec<F extends string = string> {
  kind: TableKind;
  /** What the data is called in messages and sheet names. */
  name: { zh: string; en: string };
  columns: readonly ColumnSpec<F>[];
  /** matchKey(header) → column. */
  byKey: ReadonlyMap<string, ColumnSpec<F>>;
}

export function tableSpec<F extends string>(kind: TableKind, name: TableSpec['name'], columns: ColumnSpec<F>[]): TableSpec<F> {
  const byKey = new Map<string, ColumnSpec<F>>();
  for (const c of columns) {
    for (const h of [c.zh, c.en, c.field, ...c.variants]) {
      const key = matchKey(h);
      const prior = byKey.get(key);
      if (prior && prior !== c) throw new Error(`header ${h} matches both ${prior.field} and ${c.field}`);
      byKey.set(key, c);
    }
  }
  return { kind, name, columns, byKey };
}

const LIST_HELP = '可填多个，用顿号（、）、逗号或分号分隔';

export const EXPERT_TABLE: TableSpec<ExpertField> = tableSpec('experts', { zh: '专家库', en: 'expert pool' }, [
  { field: 'id', zh: '专家编号', en: 'Expert ID', variants: ['编号', '工号', 'ID', '专家ID', '专家代码'], required: false,
    help: '每位专家唯一，只能用字母、数字和 . _ -，如 E0001；不填时按姓名和单位自动生成（同一人每次相同）' },
  { field: 'name', zh: '姓名', en: 'Name', variants: ['专家姓名'], required: true, help: '专家姓名' },
  { field: 'gender', zh: '性别', en: 'Gender', variants: [], required: true, choices: GENDER_LABELS.choices, help: '男或女' },
  { field: 'unitName', zh: '工作单位', en: 'Unit', variants: ['单位', '单位名称', '所在单位', '工作单位名称'], required: true,
    help: '单位全称' },
  { field: 'unitCode', zh: '单位代码', en: 'Unit code', variants: ['单位编码', '统一社会信用代码', '单位统一社会信用代码', '单位代号'],
    required: false, help: '统一社会信用代码或本会编定的单位代码；用于回避。不填时按单位名录查找，名录中没有的按单位名称自动编定' },
  { field: 'unitType', zh: '单位类型', en: 'Unit type', variants: ['单位性质', '单位类别'], required: false,
    choices: UNIT_TYPE_VALUES.choices, help: '高校、医院、科研院所或其他；不填时按单位名录，名录中没有的按单位名称推断（导入前可核对修改）' },
  { field: 'title', zh: '职称', en: 'Title', variants: ['专业技术职务', '专业技术职称', '职称名称', '技术职称'], required: true,
    help: '按证书填写，如 教授、主任医师、正高级工程师；职称字典中没有的职称照样导入，由审查人员认定级别' },
  { field: 'sectors', zh: '行业', en: 'Sectors', variants: ['所属行业', '领域', '行业领域', '评审领域', '所属领域'], required: true,
    choices: SECTOR_VALUES.choices, list: true, help: `教育、科技、文化、卫生、体育；${LIST_HELP}` },
  { field: 'specialty', zh: '专业', en: 'Specialty', variants: ['研究方向', '专业方向', '所学专业', '从事专业'], required: false,
    help: '专业或研究方向' },
  { field: 'phone', zh: '手机', en: 'Phone', variants: ['电话', '联系电话', '手机号', '手机号码', '联系方式'], required: false,
    help: '手机或办公电话' },
  { field: 'email', zh: '电子邮箱', en: 'E-mail', variants: ['邮箱', '电子邮件', 'Email地址'], required: false, help: '如 name@zzu.edu.cn' },
  { field: 'status', zh: '状态', en: 'Status', variants: ['专家状态', '在库状态'], required: false, choices: STATUS_VALUES.choices,
    help: '可用、暂停或退出；不填为可用。只有“可用”的专家参加抽取' },
  { field: 'avoidUnitCodes', zh: '回避单位代码', en: 'Avoid unit codes', variants: ['回避单位', '需回避单位', '回避单位编码'],
    required: false, list: true, help: `专家需要回避的单位代码（本单位自动回避，不必填写）；${LIST_HELP}` },
  { field: 'panelYears', zh: '参评年份', en: 'Panel years', variants: ['历年参加评审', '参加评审年份', '历年参评', '参评年度'],
    required: false, list: true, help: `曾参加评审的年份，如 2023、2024；${LIST_HELP}` },
  { field: 'nonSeniorReason', zh: '入库说明', en: 'Pool note',
    variants: ['说明', '非正高原因', '非正高级原因', '非正高级说明', '非正高说明'], required: false,
    help: '选填：入库理由等说明（第六条要求专家库以高校、医院的正高级职称专家为主体，不要求逐人说明）' },
]);

export const NOMINATION_TABLE: TableSpec<NominationField> = tableSpec('nominations', { zh: '推荐对象', en: 'nominations' }, [
  { field: 'id', zh: '推荐编号', en: 'Nomination ID', variants: ['编号', 'ID', '申报编号'], required: false,
    help: '每个推荐对象唯一，只能用字母、数字和 . _ -；不设此列时按“年度-R行号”自动编号' },
  { field: 'year', zh: '年度', en: 'Year', variants: ['推荐年度', '评审年度', '年份', '申报年度'], required: false,
    help: '推荐年度，如 2026；不填为本次导入所选年度' },
  { field: 'studioName', zh: '工作室名称', en: 'Studio name', variants: ['创新工作室名称', '名称', '工作室'], required: true,
    help: '以领衔人姓名命名，如 张三劳模创新工作室' },
  { field: 'leaderName', zh: '领衔人姓名', en: 'Leader', variants: ['领衔人', '负责人', '负责人姓名'], required: true, help: '领衔人姓名' },
  { field: 'leaderGender', zh: '领衔人性别', en: 'Leader gender', variants: ['性别'], required: true,
    choices: GENDER_LABELS.choices, help: '男或女' },
  { field: 'leaderBirthYear', zh: '出生年份', en: 'Birth year',
    variants: ['出生年月', '领衔人出生年份', '领衔人出生年月', '出生日期', '出生年'], required: true,
    help: '如 1975 或 1975年3月（只取年份）' },
  { field: 'leaderTitle', zh: '领衔人职称', en: 'Leader title', variants: ['职称', '专业技术职务', '专业技术职称'], required: true,
    help: '按证书填写；第四条原则上要求高级以上职称，职称字典中没有的由审查人员认定' },
  { field: 'honours', zh: '所获荣誉', en: 'Honours', variants: ['荣誉', '获得荣誉', '主要荣誉', '领衔人荣誉', '荣誉称号'],
    required: true,
    help: '每项写“年份+荣誉名称”，可在括号里注明颁发单位，多项用分号分隔，如 2019年河南省劳动模范（河南省人民政府）；2021年郑州市五一劳动奖章' },
  { field: 'workUnitName', zh: '工作单位', en: 'Work unit', variants: ['所在单位', '单位名称', '单位', '依托单位'], required: true,
    help: '工作室所在单位全称' },
  { field: 'workUnitCode', zh: '单位代码', en: 'Work unit code', variants: ['单位编码', '统一社会信用代码', '单位统一社会信用代码'],
    required: false, help: '统一社会信用代码或本会编定的单位代码；用于专家回避。不填时按单位名录查找或按单位名称自动编定' },
  { field: 'workUnitCategory', zh: '单位类别', en: 'Work unit category', variants: ['单位类型', '单位性质'], required: false,
    choices: WORK_UNIT_CATEGORY_VALUES.choices, help: '省管企事业单位、市级产业系统或其他（第四条第六项）；不填时由审查人员核对' },
  { field: 'sector', zh: '行业', en: 'Sector', variants: ['所属行业', '领域', '所属领域'], required: true,
    choices: SECTOR_VALUES.choices, help: '教育、科技、文化、卫生、体育，选一项' },
  { field: 'recommendingUnit', zh: '推荐单位', en: 'Recommending unit', variants: ['推荐单位名称'], required: true,
    help: '推荐单位全称' },
  { field: 'recommendingUnitCode', zh: '推荐单位代码', en: 'Recommending unit code', variants: ['推荐单位编码'], required: false,
    help: '选填；不填时按推荐单位名录查找或按名称自动编定' },
  { field: 'recommendingUnitKind', zh: '推荐单位类别', en: 'Recommending unit kind', variants: ['推荐单位类型', '推荐单位性质'],
    required: false, choices: RECOMMENDING_UNIT_KIND_VALUES.choices, help: '选填；资格审查以办公室的推荐单位名录为准（第五条）' },
  { field: 'foundedOn', zh: '成立时间', en: 'Founded on', variants: ['创建时间', '成立日期', '创建日期', '组建时间', '成立年月日'],
    required: true, help: '写到具体某一天，如 2019-03-05 或 2019年3月5日（第四条要求有效运行3年以上）' },
  { field: 'teamMembers', zh: '团队成员', en: 'Team members', variants: ['成员', '主要成员', '团队主要成员', '工作室成员'],
    required: false, list: true, help: `团队成员姓名；${LIST_HELP}` },
  { field: 'isExistingRndOrTeam', zh: '是否原有研发机构或班组', en: 'Existing R&D unit or team',
    variants: ['是否为原有研发机构或班组', '原有研发机构或班组', '是否原有建制研发机构或班组'], required: false,
    choices: ['否', '是'], help: '是或否；不填为否。单位原有建制的研发机构和班组不作为推荐对象（第五条）' },
  { field: 'conditionsEvidence', zh: '工作条件', en: 'Conditions', variants: ['工作条件说明', '基本条件', '场所设备经费制度'],
    required: false, help: '场所、设备、经费、制度、活动等情况（第四条第三至五项）' },
  { field: 'projects', zh: '创新项目与成果', en: 'Projects and results', variants: ['创新项目', '创新成果', '项目与成果', '创新项目及成果'],
    required: false, help: '承担的创新项目和取得的成果' },
  { field: 'benefits', zh: '经济社会效益', en: 'Benefits', variants: ['经济和社会效益', '效益', '经济效益和社会效益'], required: false,
    help: '成果产生的经济效益和社会效益' },
]);

export function tableSpecFor(kind: ImportKind): TableSpec {
  return kind === 'experts' ? EXPERT_TABLE : NOMINATION_TABLE;
}

/** The column a header names, or undefined. */
export function matchColumn<F extends string>(spec: TableSpec<F>, header: string): ColumnSpec<F> | undefined {
  return spec.byKey.get(matchKey(header));
}

/** The header as templates and exports write it: required columns carry a `*`. */
export function templateHeader(c: ColumnSpec): string {
  return c.required ? `*${c.zh}` : c.zh;
}
