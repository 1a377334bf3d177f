import { describe, it, expect } from 'vitest';
import { DEFAULT_TITLES } from './default-titles';
import {
  DEFAULT_DICTIONARY,
  DICTIONARY_RANKS,
  TitleDictionary,
  parseDictionaryRank,
  titleKey,
  type TitleLookup,
} from './title-dictionary';

/** What the screening sees: a rank, or a reviewer for skill grades and unknown titles. */
function outcome(r: TitleLookup): string {
  return r.kind === 'ranked' ? r.rank : 'reviewer';
}

// Titles as people write them in nomination forms and expert registers.
const WRITTEN: readonly [string, string][] = [
  // 工程
  ['教授级高级工程师', 'full-senior'],
  ['教授级高工', 'full-senior'],
  ['研究员级高级工程师', 'full-senior'],
  ['正高级工程师', 'full-senior'],
  ['正高级工程师(教授级)', 'full-senior'],
  ['正高级工程师（教授级）', 'full-senior'],
  ['高级工程师', 'associate-senior'],
  ['高工', 'associate-senior'],
  ['高级工程师　', 'associate-senior'],
  ['高级工程师职称', 'associate-senior'],
  ['高级工程师（正高级）', 'reviewer'],
  ['(教授级)高级工程师', 'reviewer'],
  ['工程师', 'intermediate'],
  ['工程师（高级）', 'reviewer'],
  ['助理工程师', 'junior'],
  ['技术员', 'junior'],
  // 高校 and 科研
  ['教授', 'full-senior'],
  ['教授（二级）', 'full-senior'],
  ['教授【二级】', 'full-senior'],
  ['教授［三级］', 'full-senior'],
  ['教授（二级', 'full-senior'],
  ['二级教授', 'full-senior'],
  [' 教 授 ', 'full-senior'],
  ['副教授', 'associate-senior'],
  ['副教授职称', 'associate-senior'],
  ['讲师', 'intermediate'],
  ['助教', 'junior'],
  ['研究员', 'full-senior'],
  ['副研究员', 'associate-senior'],
  ['助理研究员', 'intermediate'],
  // 卫生
  ['主任医师', 'full-senior'],
  ['主任医师 ', 'full-senior'],
  ['主任医师（正高）', 'full-senior'],
  ['主任医师〔二级〕', 'full-senior'],
  ['副主任医师', 'associate-senior'],
  ['主治医师', 'intermediate'],
  ['医师', 'junior'],
  ['住院医师', 'junior'],
  ['主任中医师', 'full-senior'],
  ['中医主任医师', 'full-senior'],
  ['副主任中医师', 'associate-senior'],
  ['主任药师', 'full-senior'],
  ['主任中药师', 'full-senior'],
  ['副主任药师', 'associate-senior'],
  ['主任护师', 'full-senior'],
  ['副主任护师', 'associate-senior'],
  ['主管护师', 'intermediate'],
  ['护士', 'junior'],
  ['主任技师', 'full-senior'],
  ['副主任技师', 'associate-senior'],
  ['主管技师', 'intermediate'],
  ['主任检验师', 'full-senior'],
  // 职业技能等级: never a title rank
  ['技师', 'reviewer'],
  ['高级技师', 'reviewer'],
  ['首席技师', 'reviewer'],
  ['高级工', 'reviewer'],
  // 中小学 and 中职
  ['正高级教师', 'full-senior'],
  ['中小学高级教师', 'associate-senior'],
  ['中学高级教师', 'associate-senior'],
  ['高级教师', 'associate-senior'],
  ['一级教师', 'intermediate'],
  ['中学一级教师', 'intermediate'],
  ['小学高级教师', 'reviewer'],
  ['特级教师', 'reviewer'],
  ['正高级讲师', 'full-senior'],
  ['高级讲师', 'associate-senior'],
  ['正高级实验师', 'full-senior'],
  ['高级实验师', 'associate-senior'],
  // 出版, 新闻, 播音, 文博
  ['编审', 'full-senior'],
  ['副编审', 'associate-senior'],
  ['编辑', 'intermediate'],
  ['高级记者', 'full-senior'],
  ['主任记者', 'associate-senior'],
  ['高级编辑', 'full-senior'],
  ['主任编辑', 'associate-senior'],
  ['播音指导', 'full-senior'],
  ['主任播音员', 'associate-senior'],
  ['研究馆员', 'full-senior'],
  ['副研究馆员', 'associate-senior'],
  ['馆员', 'intermediate'],
  // 艺术
  ['一级演员', 'full-senior'],
  ['国家一级演员', 'full-senior'],
  ['二级演员', 'associate-senior'],
  ['三级演员', 'intermediate'],
  ['一级编剧', 'full-senior'],
  ['一级导演', 'full-senior'],
  ['一级编导', 'full-senior'],
  ['一级美术师', 'full-senior'],
  ['二级作曲', 'associate-senior'],
  // 体育
  ['国家级教练', 'full-senior'],
  ['正高级教练', 'full-senior'],
  ['高级教练', 'associate-senior'],
  ['一级教练', 'intermediate'],
  ['中级教练', 'intermediate'],
  ['二级教练', 'junior'],
  // 经济, 会计, 统计, 审计, 工艺美术, 翻译, 律师, 农业, 社会工作, 政工
  ['正高级经济师', 'full-senior'],
  ['高级经济师', 'associate-senior'],
  ['正高级会计师', 'full-senior'],
  ['高级会计师', 'associate-senior'],
  ['中级会计师', 'intermediate'],
  ['正高级统计师', 'full-senior'],
  ['高级审计师', 'associate-senior'],
  ['正高级工艺美术师', 'full-senior'],
  ['译审', 'full-senior'],
  ['一级翻译', 'associate-senior'],
  ['副译审', 'associate-senior'],
  ['一级律师', 'full-senior'],
  ['农业技术推广研究员', 'full-senior'],
  ['高级农艺师', 'associate-senior'],
  ['高级社会工作师', 'associate-senior'],
  ['高级政工师', 'associate-senior'],
  // Not titles at all: posts, honours, degrees, bare ranks
  ['首席专家', 'reviewer'],
  ['特聘研究员', 'reviewer'],
  ['特聘教授', 'reviewer'],
  ['客座教授', 'reviewer'],
  ['院长', 'reviewer'],
  ['主任', 'reviewer'],
  ['博士', 'reviewer'],
  ['教授/博导', 'reviewer'],
  ['正高级', 'reviewer'],
  ['', 'reviewer'],
  ['   ', 'reviewer'],
];

describe('DEFAULT_DICTIONARY.lookup', () => {
  it.each(WRITTEN)('%j → %s', (written, expected) => {
    expect(outcome(DEFAULT_DICTIONARY.lookup(written))).toBe(expected);
  });

  it('says whether the title or an alias matched, and returns the entry', () => {
    const byAlias = DEFAULT_DICTIONARY.lookup('教授级高工');
    expect(byAlias).toMatchObject({ kind: 'ranked', matched: 'alias', entry: { title: '正高级工程师', series: '工程' } });
    expect(DEFAULT_DICTIONARY.lookup('正高级工程师')).toMatchObject({ matched: 'title' });
  });

  it('names the skill grade it recognised', () => {
    expect(DEFAULT_DICTIONARY.lookup('高级技师')).toMatchObject({ kind: 'skill-grade', entry: { title: '高级技师' } });
  });
});

describe('titleKey', () => {
  it.each([
    ['ＡＢＣ高级工程师', 'abc高级工程师'],
    ['  主任\t医师\n', '主任医师'],
    ['教授（二级）', '教授'],
    ['正高级工程师(教授级(二级))', '正高级工程师'],
    ['主任医师〔正高〕', '主任医师'],
    ['高级工程师职称', '高级工程师'],
  ])('%j → %j', (text, key) => {
    expect(titleKey(text)).toBe(key);
  });
});

describe('parseDictionaryRank', () => {
  it.each([
    ['正高级', 'full-senior'],
    ['副高级', 'associate-senior'],
    ['中级', 'intermediate'],
    ['初级', 'junior'],
    ['技能等级', 'skill-grade'],
    [' full-senior ', 'full-senior'],
    ['Associate-Senior', 'associate-senior'],
    ['高级', undefined],
    ['', undefined],
  ])('%j → %s', (text, rank) => {
    expect(parseDictionaryRank(text)).toBe(rank);
  });
});

describe('TitleDictionary.build', () => {
  it('refuses a duplicate alias and names both rows', () => {
    const r = TitleDictionary.build([
      { title: '高级工程师', rank: 'associate-senior', aliases: ['高工'] },
      { title: '工程师', rank: 'intermediate', aliases: [] },
      { title: '正高级工程师', rank: 'full-senior', aliases: ['高 工'] },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ row: 3, column: 'aliases', value: '高 工' });
    expect(r.problems[0].reason.zh).toBe('别名“高 工”与第1行的别名“高工”重复');
    expect(r.problems[0].reason.en).toContain('row 1');
  });

  it('refuses an alias that repeats a title, also within one row', () => {
    const r = TitleDictionary.build([
      { title: '教授', rank: 'full-senior', aliases: ['教授（二级）'] },
      { title: '副教授', rank: 'associate-senior', aliases: ['教授'] },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.reason.zh])).toEqual([
      [1, '别名“教授（二级）”与本行的职称名称“教授”重复'],
      [2, '别名“教授”与第1行的职称名称“教授”重复'],
    ]);
  });

  it('refuses an unknown rank and names the row', () => {
    const r = TitleDictionary.build([
      { title: '教授', rank: '正高级', aliases: [] },
      { title: '副教授', rank: 'senior', aliases: [] },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'rank', value: 'senior' }),
    ]);
    expect(r.problems[0].reason.zh).toContain('“senior”');
  });

  it('lists every problem, not just the first', () => {
    const r = TitleDictionary.build([
      { title: '  ', rank: 'junior', aliases: [] },
      { title: '讲师', rank: '高级', aliases: [] },
      { title: '助教', rank: 'junior', aliases: ['助理讲师', ' '] },
      { title: '讲 师', rank: 'intermediate', aliases: [] },
    ]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.row, p.column])).toEqual([
      [1, 'title'],
      [2, 'rank'],
      [3, 'aliases'],
      [4, 'title'],
    ]);
    for (const p of r.problems) expect(p.reason.zh && p.reason.en).toBeTruthy();
  });

  it('accepts the Chinese rank labels and stores the codes', () => {
    const r = TitleDictionary.build([
      { title: '教授', rank: '正高级', aliases: [] },
      { title: '副教授', rank: '副高级', aliases: [] },
      { title: '讲师', rank: '中级', aliases: [] },
      { title: '助教', rank: '初级', aliases: [] },
      { title: '技师', rank: '技能等级', aliases: [], series: '职业技能等级' },
    ]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.entries.map((e) => e.rank)).toEqual([
      'full-senior',
      'associate-senior',
      'intermediate',
      'junior',
      'skill-grade',
    ]);
    expect(r.value.entries[0].series).toBe('');
    expect(outcome(r.value.lookup('教授'))).toBe('full-senior');
    expect(r.value.lookup('技师').kind).toBe('skill-grade');
  });
});

describe('DEFAULT_TITLES', () => {
  it('builds, with every title and alias unique after normalisation', () => {
    expect(TitleDictionary.build(DEFAULT_TITLES).ok).toBe(true);
    const names = DEFAULT_TITLES.flatMap((e) => [e.title, ...e.aliases]);
    const keys = names.map(titleKey);
    expect(keys.every((k) => k.length > 0)).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
    expect(DEFAULT_DICTIONARY.entries).toHaveLength(DEFAULT_TITLES.length);
    expect(DEFAULT_TITLES.length).toBeGreaterThanOrEqual(150);
    expect(DEFAULT_TITLES.length).toBeLessThanOrEqual(300);
  });

  it('finds every entry by its title and by each alias', () => {
    for (const e of DEFAULT_TITLES) {
      expect(DICTIONARY_RANKS).toContain(e.rank);
      expect(e.series).not.toBe('');
      for (const name of [e.title, ...e.aliases]) {
        const hit = DEFAULT_DICTIONARY.lookup(name);
        expect(hit.kind === 'unknown' ? undefined : hit.entry.title, name).toBe(e.title);
      }
    }
  });

  it('keeps the health-series 主任技师 apart from the skill grade 技师', () => {
    expect(DEFAULT_DICTIONARY.lookup('主任技师')).toMatchObject({ kind: 'ranked', entry: { series: '卫生（技）' } });
    expect(DEFAULT_DICTIONARY.lookup('技师')).toMatchObject({ kind: 'skill-grade', entry: { series: '职业技能等级' } });
  });
});
