import type { DictionaryRank, TitleEntry } from './title-dictionary';

/**
 * The national professional-title series (职称系列) as data. Each row: the current official name, its rank,
 * then aliases: older names from before each series' reform and the variants people write in forms.
 * Post grades inside a rank ("二级教授") are aliases of the title; notes in brackets are stripped by
 * titleKey, so "教授（二级）" needs no alias. A name that could mean two ranks is left out on purpose:
 * unknown goes to a reviewer, a wrong rank would not.
 */
const FS: DictionaryRank = 'full-senior';
const AS: DictionaryRank = 'associate-senior';
const IM: DictionaryRank = 'intermediate';
const JR: DictionaryRank = 'junior';
const SK: DictionaryRank = 'skill-grade';

type Row = readonly [title: string, rank: DictionaryRank, ...aliases: string[]];

function series(name: string, rows: readonly Row[]): TitleEntry[] {
  return rows.map(([title, rank, ...aliases]) => ({ title, rank, aliases, series: name }));
}

/**
 * Arts series (艺术, 人社部发〔2020〕68号): 一级 正高, 二级 副高, 三级 中级, 四级 初级, for every specialty.
 * People add 国家 to the two senior grades ("国家一级演员") although no official name has it.
 */
function arts(specialty: string, alternatives: readonly string[], juniorAliases: readonly string[] = []): TitleEntry[] {
  const grades = [['一级', FS], ['二级', AS], ['三级', IM], ['四级', JR]] as const;
  return grades.map(([grade, rank]) => {
    const names = [specialty, ...alternatives];
    const aliases = [
      ...alternatives.map((n) => grade + n),
      ...(rank === FS || rank === AS ? names.map((n) => `国家${grade}${n}`) : []),
      ...(rank === JR ? juniorAliases : []),
    ];
    return { title: grade + specialty, rank, aliases, series: '艺术' };
  });
}

export const DEFAULT_TITLES: readonly TitleEntry[] = [
  ...series('高校教师', [
    ['教授', FS, '正教授', '一级教授', '二级教授', '三级教授', '四级教授'],
    ['副教授', AS],
    ['助教', JR],
  ]),
  // 讲师 is both the university and the vocational-school intermediate title: one name, one rank.
  ...series('高校教师/中职教师', [['讲师', IM]]),
  ...series('中等职业学校/技工院校教师', [
    ['正高级讲师', FS],
    ['高级讲师', AS],
    ['助理讲师', JR],
    ['正高级实习指导教师', FS],
    ['高级实习指导教师', AS],
    ['一级实习指导教师', IM],
    ['二级实习指导教师', JR],
    ['三级实习指导教师', JR],
  ]),
  // 2015 reform: 中学高级 → 高级教师, 中学一级 → 一级教师, 中学二级 → 二级教师, 中学三级 and 小学二级/三级 →
  // 三级教师. 小学高级 (old: 中级) and 小学一级 (old: 初级) are left out: a primary teacher of the new system
  // writes the same words for 高级教师 (副高) and 一级教师 (中级), so only a reviewer can tell.
  ...series('中小学教师', [
    ['正高级教师', FS, '中小学正高级教师', '中学正高级教师'],
    ['高级教师', AS, '中学高级教师', '中小学高级教师', '副高级教师'],
    ['一级教师', IM, '中学一级教师', '中小学一级教师'],
    ['二级教师', JR, '中学二级教师', '中小学二级教师'],
    ['三级教师', JR, '中学三级教师', '中小学三级教师', '小学三级教师'],
  ]),
  ...series('科学研究', [
    ['研究员', FS, '正研究员', '一级研究员', '二级研究员', '三级研究员', '四级研究员'],
    ['副研究员', AS, '副研'],
    ['助理研究员', IM, '助研'],
    ['研究实习员', JR],
  ]),
  ...series('实验技术', [
    ['正高级实验师', FS],
    ['高级实验师', AS],
    ['实验师', IM],
    ['助理实验师', JR],
    ['实验员', JR],
  ]),
  ...series('卫生（医）', [
    ['主任医师', FS, '正主任医师', '主任医生', '二级主任医师', '三级主任医师', '四级主任医师'],
    ['副主任医师', AS, '副主任医生'],
    ['主治医师', IM, '主治医生'],
    ['医师', JR, '住院医师'],
    ['医士', JR],
  ]),
  ...series('卫生（中医）', [
    ['主任中医师', FS, '中医主任医师'],
    ['副主任中医师', AS, '中医副主任医师'],
    ['主治中医师', IM, '中医主治医师'],
    ['中医师', JR, '中医住院医师'],
    ['中医士', JR],
  ]),
  ...series('卫生（药）', [
    ['主任药师', FS, '主任药剂师'],
    ['副主任药师', AS, '副主任药剂师'],
    ['主管药师', IM, '主管药剂师'],
    ['药师', JR, '药剂师'],
    ['药士', JR, '药剂士'],
    ['主任中药师', FS],
    ['副主任中药师', AS],
    ['主管中药师', IM],
    ['中药师', JR],
    ['中药士', JR],
  ]),
  ...series('卫生（护）', [
    ['主任护师', FS],
    ['副主任护师', AS],
    ['主管护师', IM],
    ['护师', JR],
    ['护士', JR],
  ]),
  // The health technicians' junior title is also called 技师, the same word as the vocational skill grade;
  // the skill grade keeps the bare word (a reviewer sees it either way) and the health one is listed by
  // its specialty name.
  ...series('卫生（技）', [
    ['主任技师', FS, '主任检验技师', '主任检验师'],
    ['副主任技师', AS, '副主任检验技师', '副主任检验师'],
    ['主管技师', IM, '主管检验技师', '主管检验师'],
    ['检验技师', JR, '检验师', '临床医学检验技师'],
    ['技士', JR, '检验士', '检验技士'],
  ]),
  ...series('工程', [
    [
      '正高级工程师', FS,
      '教授级高级工程师', '教授级高工', '研究员级高级工程师', '研究员级高工', '正研级高级工程师', '正研级高工', '正高工',
    ],
    ['高级工程师', AS, '高工', '副高级工程师'],
    ['工程师', IM, '中级工程师'],
    ['助理工程师', JR, '助工', '初级工程师'],
    ['技术员', JR],
  ]),
  ...series('农业', [
    // The old full-senior name covered all three specialties, so it stays a title of its own.
    ['农业技术推广研究员', FS, '农技推广研究员'],
    ['正高级农艺师', FS],
    ['高级农艺师', AS],
    ['农艺师', IM],
    ['助理农艺师', JR],
    ['农业技术员', JR],
    ['正高级畜牧师', FS],
    ['高级畜牧师', AS],
    ['畜牧师', IM],
    ['助理畜牧师', JR],
    ['正高级兽医师', FS],
    ['高级兽医师', AS],
    ['兽医师', IM],
    ['助理兽医师', JR],
  ]),
  ...series('出版', [
    ['编审', FS],
    ['副编审', AS],
    ['正高级技术编辑', FS],
    ['高级技术编辑', AS],
    ['技术编辑', IM],
    ['助理技术编辑', JR],
    ['正高级校对', FS],
    ['高级校对', AS],
    ['一级校对', IM],
    ['二级校对', JR],
    ['三级校对', JR],
  ]),
  // 编辑 and 助理编辑 are the intermediate and junior titles of both series.
  ...series('出版/新闻', [
    ['编辑', IM],
    ['助理编辑', JR],
  ]),
  ...series('新闻', [
    ['高级记者', FS],
    ['主任记者', AS],
    ['记者', IM],
    ['助理记者', JR],
    ['高级编辑', FS],
    ['主任编辑', AS],
  ]),
  ...series('播音主持', [
    ['播音指导', FS],
    ['主任播音员', AS, '主任主持人'],
    ['一级播音员', IM, '一级主持人'],
    ['二级播音员', JR, '二级主持人'],
    ['三级播音员', JR, '三级主持人'],
  ]),
  ...series('文物博物/图书资料/档案/群众文化', [
    ['研究馆员', FS],
    ['副研究馆员', AS],
    ['馆员', IM],
    ['助理馆员', JR],
  ]),
  ...arts('演员', []),
  ...arts('演奏员', []),
  ...arts('编剧', []),
  ...arts('导演', ['编导']),
  ...arts('指挥', []),
  ...arts('作曲', []),
  ...arts('作词', []),
  ...arts('美术师', [], ['美术员']),
  ...arts('舞美设计师', ['舞台美术设计师'], ['舞美设计员']),
  // 2020s reform names; the old names (国家级教练, 一级/二级/三级教练) are what most forms still say.
  ...series('体育教练', [
    ['正高级教练', FS, '国家级教练', '国家级教练员', '正高级教练员'],
    ['高级教练', AS, '高级教练员'],
    ['中级教练', IM, '一级教练', '一级教练员', '中级教练员'],
    ['初级教练', JR, '二级教练', '二级教练员', '三级教练', '三级教练员', '初级教练员'],
  ]),
  ...series('经济', [
    ['正高级经济师', FS],
    ['高级经济师', AS],
    ['经济师', IM, '中级经济师'],
    ['助理经济师', JR, '初级经济师'],
  ]),
  ...series('会计', [
    ['正高级会计师', FS],
    ['高级会计师', AS],
    ['会计师', IM, '中级会计师'],
    ['助理会计师', JR, '初级会计师'],
    ['会计员', JR],
  ]),
  ...series('统计', [
    ['正高级统计师', FS],
    ['高级统计师', AS],
    ['统计师', IM, '中级统计师'],
    ['助理统计师', JR, '初级统计师'],
    ['统计员', JR],
  ]),
  ...series('审计', [
    ['正高级审计师', FS],
    ['高级审计师', AS],
    ['审计师', IM, '中级审计师'],
    ['助理审计师', JR, '初级审计师'],
    ['审计员', JR],
  ]),
  ...series('工艺美术', [
    ['正高级工艺美术师', FS],
    ['高级工艺美术师', AS],
    ['工艺美术师', IM],
    ['助理工艺美术师', JR],
    ['工艺美术员', JR],
  ]),
  // 2019 reform: 一级翻译 is the associate-senior name (old 副译审); 译审 also covers the old 资深翻译.
  ...series('翻译', [
    ['译审', FS, '资深翻译'],
    ['一级翻译', AS, '副译审'],
    ['二级翻译', IM, '翻译'],
    ['三级翻译', JR, '助理翻译'],
  ]),
  ...series('律师', [
    ['一级律师', FS],
    ['二级律师', AS],
    ['三级律师', IM],
    ['四级律师', JR],
  ]),
  ...series('公证员', [
    ['一级公证员', FS],
    ['二级公证员', AS],
    ['三级公证员', IM],
    ['四级公证员', JR],
  ]),
  ...series('社会工作', [
    ['高级社会工作师', AS],
    ['社会工作师', IM, '中级社会工作师'],
    ['助理社会工作师', JR, '初级社会工作师'],
  ]),
  ...series('思想政治工作', [
    ['高级政工师', AS],
    ['政工师', IM],
    ['助理政工师', JR],
  ]),
  // Vocational skill grades (职业技能等级, 八级工 ladder), not titles: recognised so a reviewer sees what
  // they are, never given a title rank (some provinces treat 高级技师 as 副高 for some purposes only).
  ...series('职业技能等级', [
    ['首席技师', SK],
    ['特级技师', SK],
    ['高级技师', SK, '一级/高级技师', '一级技师'],
    ['技师', SK, '二级/技师', '二级技师'],
    ['高级工', SK, '三级/高级工'],
    ['中级工', SK, '四级/中级工'],
    ['初级工', SK, '五级/初级工'],
  ]),
];
