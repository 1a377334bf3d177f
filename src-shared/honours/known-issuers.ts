import type { Message } from '../result';

/**
 * Known issuers and named titles whose level the wording alone settles, as data the office may correct.
 * A name here is matched anywhere in an honour's text or issuer, the longest name winning where names
 * overlap (河南省政府特殊津贴 before 河南省政府). Only bodies and titles whose level is clear are listed:
 * anything else is read from its place name (henan-places.ts) or goes to a reviewer.
 */

export type KnownKind =
  | 'national-body'
  | 'national-title'
  | 'provincial-body'
  | 'provincial-department'
  | 'provincial-title'
  | 'enterprise';

export interface KnownName {
  /** The usual full name. */
  name: string;
  /** Other ways certificates write it (short forms, former names). */
  aliases?: string[];
}

export const KNOWN_KIND_LEVEL = {
  'national-body': 'national',
  'national-title': 'national',
  'provincial-body': 'provincial',
  'provincial-department': 'provincial',
  'provincial-title': 'provincial',
  enterprise: 'unit',
} as const satisfies Record<KnownKind, 'national' | 'provincial' | 'unit'>;

export const KNOWN_KIND_LABELS: Record<KnownKind, Message> = {
  'national-body': { zh: '中央或全国性机关', en: 'a national body' },
  'national-title': { zh: '国家级称号或奖项', en: 'a national title or award' },
  'provincial-body': { zh: '河南省级机关', en: 'a Henan provincial body' },
  'provincial-department': { zh: '河南省级主管行政部门', en: 'a Henan provincial competent department' },
  'provincial-title': { zh: '河南省级称号', en: 'a Henan provincial title' },
  enterprise: { zh: '企业名称', en: 'an enterprise' },
};

/** The Party centre, the State Council, ministries and national people's organisations. */
export const NATIONAL_BODIES: readonly KnownName[] = [
  { name: '中共中央', aliases: ['中国共产党中央委员会'] },
  { name: '国务院', aliases: ['中华人民共和国国务院'] },
  { name: '中华全国总工会', aliases: ['全国总工会'] },
  { name: '人力资源和社会保障部', aliases: ['人力资源社会保障部', '人社部', '人事部', '劳动和社会保障部'] },
  { name: '教育部' },
  { name: '科学技术部', aliases: ['科技部'] },
  {
    name: '国家卫生健康委员会',
    aliases: ['国家卫健委', '国家卫生和计划生育委员会', '国家卫生计生委', '卫生部'],
  },
  { name: '文化和旅游部', aliases: ['文旅部', '文化部'] },
  { name: '国家体育总局' },
  { name: '国家中医药管理局' },
  { name: '国家文物局' },
  { name: '国家广播电视总局', aliases: ['国家广电总局'] },
  { name: '国家知识产权局' },
  { name: '工业和信息化部', aliases: ['工信部'] },
  { name: '国务院国有资产监督管理委员会', aliases: ['国务院国资委'] },
  { name: '中共中央组织部', aliases: ['中组部'] },
  { name: '中共中央宣传部', aliases: ['中宣部'] },
  { name: '中央精神文明建设指导委员会', aliases: ['中央文明委'] },
  { name: '共青团中央', aliases: ['团中央'] },
  { name: '中华全国妇女联合会', aliases: ['全国妇联'] },
  { name: '中国科学技术协会', aliases: ['中国科协'] },
];

/** Titles and awards conferred nationally. */
export const NATIONAL_TITLES: readonly KnownName[] = [
  { name: '国务院政府特殊津贴', aliases: ['国务院特殊津贴', '国务院特贴'] },
  { name: '中国科学院院士' },
  { name: '中国工程院院士' },
  { name: '两院院士' },
  { name: '长江学者' },
  { name: '岐黄学者' },
  { name: '国医大师' },
  { name: '中华技能大奖' },
  { name: '大国工匠' },
  { name: '中国青年五四奖章' },
  { name: '中国青年科技奖' },
];

/** Henan's Party committee, government and provincial people's organisations. */
export const PROVINCIAL_BODIES: readonly KnownName[] = [
  { name: '河南省人民政府', aliases: ['河南省政府', '省人民政府', '省政府'] },
  { name: '中共河南省委', aliases: ['中国共产党河南省委员会', '河南省委', '省委'] },
  { name: '中共河南省委组织部', aliases: ['河南省委组织部', '省委组织部'] },
  { name: '中共河南省委宣传部', aliases: ['河南省委宣传部', '省委宣传部'] },
  { name: '河南省总工会', aliases: ['省总工会'] },
  { name: '共青团河南省委', aliases: ['团省委'] },
  { name: '河南省妇女联合会', aliases: ['河南省妇联', '省妇联'] },
  { name: '河南省科学技术协会', aliases: ['河南省科协', '省科协'] },
  { name: '河南省精神文明建设指导委员会', aliases: ['河南省文明委', '省文明委'] },
];

/** Provincial competent departments (省级主管行政部门): their honours are provincial. */
export const PROVINCIAL_DEPARTMENTS: readonly KnownName[] = [
  {
    name: '河南省人力资源和社会保障厅',
    aliases: ['河南省人力资源社会保障厅', '河南省人社厅', '省人力资源和社会保障厅', '省人社厅', '河南省人事厅'],
  },
  { name: '河南省教育厅', aliases: ['省教育厅'] },
  { name: '河南省科学技术厅', aliases: ['河南省科技厅', '省科学技术厅', '省科技厅'] },
  {
    name: '河南省卫生健康委员会',
    aliases: ['河南省卫健委', '省卫生健康委员会', '省卫健委', '河南省卫生和计划生育委员会', '河南省卫生计生委', '河南省卫生厅', '省卫生厅'],
  },
  { name: '河南省文化和旅游厅', aliases: ['河南省文旅厅', '省文化和旅游厅', '省文旅厅', '河南省文化厅', '省文化厅'] },
  { name: '河南省体育局', aliases: ['省体育局'] },
  { name: '河南省文物局', aliases: ['省文物局'] },
  { name: '河南省中医管理局', aliases: ['河南省中医药管理局', '省中医管理局', '省中医药管理局'] },
  { name: '河南省广播电视局', aliases: ['省广播电视局'] },
  { name: '河南省工业和信息化厅', aliases: ['河南省工信厅', '省工业和信息化厅', '省工信厅'] },
  { name: '河南省人民政府国有资产监督管理委员会', aliases: ['河南省国资委', '省国资委'] },
];

/** Titles conferred by the province (中原… titles are provincial; 中原油田 is an enterprise, not one of them). */
export const PROVINCIAL_TITLES: readonly KnownName[] = [
  { name: '中原大工匠' },
  { name: '中原英才计划' },
  { name: '中原学者' },
  { name: '中原领军人才' },
  { name: '中原青年拔尖人才' },
  { name: '中原千人计划' },
  { name: '中原名师' },
  { name: '中原名医' },
  { name: '中原技能大奖' },
  { name: '中原文化名家' },
  { name: '河南省技术能手' },
  { name: '河南省学术技术带头人' },
  { name: '河南省优秀专家' },
  { name: '河南省政府特殊津贴', aliases: ['省政府特殊津贴', '河南省人民政府特殊津贴'] },
];

/** Enterprises whose name shows no organisation word (集团, 公司, 油田 …): their own honours are unit-internal. */
export const KNOWN_ENTERPRISES: readonly KnownName[] = [
  { name: '国家电网', aliases: ['国网河南'] },
  { name: '中国石化', aliases: ['中石化'] },
  { name: '中国石油', aliases: ['中石油'] },
  { name: '中原油田' },
  { name: '平煤神马' },
  { name: '河南能源' },
  { name: '中国中铁' },
  { name: '中国铁建' },
  { name: '中国建筑' },
  { name: '中国移动' },
  { name: '中国联通' },
  { name: '中国电信' },
  { name: '中国邮政' },
];

export const KNOWN_NAMES: Readonly<Record<KnownKind, readonly KnownName[]>> = {
  'national-body': NATIONAL_BODIES,
  'national-title': NATIONAL_TITLES,
  'provincial-body': PROVINCIAL_BODIES,
  'provincial-department': PROVINCIAL_DEPARTMENTS,
  'provincial-title': PROVINCIAL_TITLES,
  enterprise: KNOWN_ENTERPRISES,
};

/**
 * The provincial sector union (and its national counterpart). Its honours, even when worded like the
 * provincial federation's (河南省教科文卫体系统五一劳动奖章 vs 河南省五一劳动奖章), are not the federation's:
 * their level is the office's call, never classified automatically. Matched anywhere, in name or issuer.
 */
export const SECTOR_UNION_MARKERS: readonly string[] = ['教科文卫体'];

/**
 * Sector systems (…系统): an honour of a sector system is not the federation's or the government's own;
 * its level is the office's call.
 */
export const SECTOR_SYSTEMS: readonly string[] = [
  '教育', '科技', '科学技术', '文化', '文化和旅游', '文旅', '卫生', '卫生健康', '卫健', '医疗卫生', '医药卫生', '体育',
];

/** The provincial organs' own unions and committees (省直机关工会 …): like a sector union, the office's call. */
export const PROVINCIAL_ORGAN_MARKERS: readonly string[] = ['省直机关', '省直'];

export type OrganisationKind = 'enterprise' | 'school' | 'medical' | 'research' | 'media' | 'culture';

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, Message> = {
  enterprise: { zh: '企业', en: 'an enterprise' },
  school: { zh: '学校', en: 'a school or university' },
  medical: { zh: '医疗卫生机构', en: 'a medical institution' },
  research: { zh: '科研院所', en: 'a research institution' },
  media: { zh: '新闻出版单位', en: 'a media organisation' },
  culture: { zh: '文化体育单位', en: 'a cultural or sports organisation' },
};

export interface OrganisationWord {
  word: string;
  kind: OrganisationKind;
  /**
   * Weak words also name a place's sector (郑州市学校…, 河南省医院…): after a bare place name they do not
   * settle that the text names an organisation, so a reviewer decides.
   */
  weak?: boolean;
}

/**
 * Words that end an organisation's name. Text that names such an organisation before the honour
 * (中原油田劳动模范, 郑州大学优秀教师) is that organisation's own honour: unit-internal.
 */
export const ORGANISATION_WORDS: readonly OrganisationWord[] = [
  { word: '油田', kind: 'enterprise' },
  { word: '集团', kind: 'enterprise' },
  { word: '股份', kind: 'enterprise' },
  { word: '有限公司', kind: 'enterprise' },
  { word: '有限责任公司', kind: 'enterprise' },
  { word: '公司', kind: 'enterprise', weak: true },
  { word: '银行', kind: 'enterprise' },
  { word: '厂', kind: 'enterprise', weak: true },
  { word: '煤矿', kind: 'enterprise', weak: true },
  { word: '矿', kind: 'enterprise', weak: true },
  { word: '大学', kind: 'school' },
  { word: '学院', kind: 'school' },
  { word: '党校', kind: 'school' },
  { word: '学校', kind: 'school', weak: true },
  { word: '中学', kind: 'school', weak: true },
  { word: '小学', kind: 'school', weak: true },
  { word: '幼儿园', kind: 'school', weak: true },
  { word: '医院', kind: 'medical', weak: true },
  { word: '卫生院', kind: 'medical', weak: true },
  { word: '疾病预防控制中心', kind: 'medical' },
  { word: '疾控中心', kind: 'medical' },
  { word: '血液中心', kind: 'medical' },
  { word: '急救中心', kind: 'medical' },
  { word: '研究院', kind: 'research' },
  { word: '研究所', kind: 'research' },
  { word: '科学院', kind: 'research' },
  { word: '设计院', kind: 'research' },
  { word: '实验室', kind: 'research', weak: true },
  { word: '报社', kind: 'media' },
  { word: '日报社', kind: 'media' },
  { word: '日报', kind: 'media' },
  { word: '晚报', kind: 'media' },
  { word: '杂志社', kind: 'media' },
  { word: '电视台', kind: 'media' },
  { word: '广播电视台', kind: 'media' },
  { word: '出版社', kind: 'media' },
  { word: '博物院', kind: 'culture' },
  { word: '博物馆', kind: 'culture', weak: true },
  { word: '图书馆', kind: 'culture', weak: true },
  { word: '文化馆', kind: 'culture', weak: true },
  { word: '美术馆', kind: 'culture', weak: true },
  { word: '科技馆', kind: 'culture', weak: true },
  { word: '剧院', kind: 'culture', weak: true },
  { word: '艺术团', kind: 'culture', weak: true },
  { word: '体育运动学校', kind: 'culture' },
];
