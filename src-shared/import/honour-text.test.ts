import { describe, expect, test } from 'vitest';
import { generateDemoYear } from '../demo/generate-demo';
import { formatHonours, inferHonourKind, parseHonourText } from './honour-text';

test('the example from the office parses into three honours', () => {
  const r = parseHonourText('2019年河南省劳动模范；2021年郑州市五一劳动奖章；享受国务院政府特殊津贴专家(2018)');
  expect(r.problems).toEqual([]);
  expect(r.honours).toEqual([
    // No level unless someone stated one: screening reads it from the wording, with its reason.
    { kind: 'model-worker', name: '河南省劳动模范', year: 2019, issuer: '' },
    { kind: 'may-day-medal', name: '郑州市五一劳动奖章', year: 2021, issuer: '' },
    { kind: 'special-allowance', name: '享受国务院政府特殊津贴专家', year: 2018, issuer: '' },
  ]);
});

test('separators: ; ； 、 ， and line breaks, but not inside brackets', () => {
  const r = parseHonourText('2017年全国劳动模范（中共中央、国务院）\n2019年河南省先进工作者;2020年洛阳工匠、2021年河南省五一劳动奖章，2022年中原大工匠（河南省总工会）');
  expect(r.problems).toEqual([]);
  expect(r.honours.map((h) => [h.name, h.kind, h.year, h.issuer])).toEqual([
    ['全国劳动模范', 'model-worker', 2017, '中共中央、国务院'],
    ['河南省先进工作者', 'model-worker', 2019, ''],
    ['洛阳工匠', 'craftsman-talent', 2020, ''],
    ['河南省五一劳动奖章', 'may-day-medal', 2021, ''],
    ['中原大工匠', 'craftsman-talent', 2022, '河南省总工会'],
  ]);
});

describe('kind inference', () => {
  test.each([
    ['河南省劳动模范', 'model-worker'],
    ['郑州市先进工作者', 'model-worker'],
    ['全国五一劳动奖章', 'may-day-medal'],
    ['郑州工匠', 'craftsman-talent'],
    ['国务院政府特殊津贴专家', 'special-allowance'],
    ['河南省科技进步奖二等奖', 'sci-tech-progress-award'],
    ['河南省科学技术进步奖一等奖', 'sci-tech-progress-award'],
    ['河南省卫生健康委学术技术带头人', 'academic-leader'],
    ['河南省三八红旗手', 'other'],
  ])('%s → %s', (name, kind) => expect(inferHonourKind(name)).toBe(kind));
});

test('a level is kept only where the text states it; otherwise screening reads it from the wording', () => {
  const r = parseHonourText('2019年河南省劳动模范；2020年新郑市劳动模范（县级）；2021年优秀教师');
  expect(r.problems).toEqual([]);
  expect(r.honours.map((h) => h.level)).toEqual([undefined, 'county', undefined]);
});

test('brackets may give the level, kind, year and issuer; 颁发单位： is dropped', () => {
  const r = parseHonourText('优秀共产党员（省级，其他荣誉，2020年，颁发单位：中共河南省委）');
  expect(r.problems).toEqual([]);
  expect(r.honours).toEqual([{ kind: 'other', name: '优秀共产党员', level: 'provincial', year: 2020, issuer: '中共河南省委' }]);
});

test('full-width digits and lead verbs are handled', () => {
  const r = parseHonourText('２０１９年荣获河南省五一劳动奖章');
  expect(r.honours).toEqual([{ kind: 'may-day-medal', name: '河南省五一劳动奖章', year: 2019, issuer: '' }]);
});

test('a missing or impossible year is a problem for that item only; an unclear level is not (a reviewer reads it)', () => {
  const r = parseHonourText('河南省劳动模范；2020年优秀教师；1900年郑州市劳动模范；2021年郑州市先进工作者');
  expect(r.honours.map((h) => h.name)).toEqual(['优秀教师', '郑州市先进工作者']);
  expect(r.problems.map((p) => p.text)).toEqual(['河南省劳动模范', '1900年郑州市劳动模范']);
  expect(r.problems[0].reason.zh).toMatch(/缺少获得年份/);
  expect(r.problems[1].reason.zh).toMatch(/年份超出范围/);
});

test('empty text gives no honours and no problems', () => {
  expect(parseHonourText('  ')).toEqual({ honours: [], problems: [] });
});

test('formatHonours reads back to the same honours for every demo nomination of 20 seeds', () => {
  for (let seed = 0; seed < 20; seed++) {
    for (const n of generateDemoYear(seed, 2026).nominations) {
      const honours = (n.honours ?? []).map((h) => ({ ...h, issuer: h.issuer ?? '' }));
      const r = parseHonourText(formatHonours(honours));
      expect(r.problems).toEqual([]);
      expect(r.honours).toEqual(honours);
    }
  }
});

test('formatHonours writes a stated level always and the kind only where the wording does not show it', () => {
  expect(
    formatHonours([
      { kind: 'model-worker', name: '河南省劳动模范', year: 2019, issuer: '河南省人民政府' },
      { kind: 'academic-leader', name: '国家百千万人才工程人选', level: 'national', year: 2020, issuer: '' },
      { kind: 'craftsman-talent', name: '金牌技师', level: 'city', year: 2021, issuer: '' },
    ]),
  ).toBe('2019年河南省劳动模范（河南省人民政府）；2020年国家百千万人才工程人选（国家级）；2021年金牌技师（市级，工匠人才）');
});
