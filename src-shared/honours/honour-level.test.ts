import { describe, expect, it } from 'vitest';
import type { HonourLevel } from '../domain/vocabulary';
import { FORMER_PLACE_NAMES, HENAN_PREFECTURES } from './henan-places';
import { classifyHonourLevel } from './honour-level';
import { KNOWN_NAMES } from './known-issuers';

type Expected = HonourLevel | 'reviewer';

/** [name, issuer, expected]: '' = no issuer. */
const CASES: [string, string, Expected][] = [
  // The brief's examples
  ['郑州市中原区劳动模范', '', 'county'],
  ['新郑市劳动模范', '', 'county'],
  ['中原油田劳动模范', '', 'unit'],
  ['河南省教科文卫体系统五一劳动奖章', '', 'reviewer'],
  ['河南省五一劳动奖章', '', 'provincial'],
  ['郑州市劳动模范', '', 'city'],
  ['河南省劳动模范', '', 'provincial'],
  ['全国劳动模范', '', 'national'],
  ['全国五一劳动奖章', '', 'national'],
  ['享受国务院政府特殊津贴专家', '', 'national'],
  ['河南省政府特殊津贴专家', '', 'provincial'],
  ['河南省科学技术进步奖二等奖', '', 'provincial'],
  ['国家科学技术进步奖', '', 'national'],
  ['中原大工匠', '', 'provincial'],
  ['洛阳市五一劳动奖章', '', 'city'],
  ['济源市劳动模范', '', 'city'],
  ['济源示范区五一劳动奖章', '', 'city'],
  ['偃师市劳动模范', '', 'county'],
  ['巩义市先进工作者', '', 'county'],
  ['中牟县劳动模范', '', 'county'],
  ['金水区优秀教师', '', 'county'],
  ['湖北省劳动模范', '', 'reviewer'],
  ['武汉市五一劳动奖章', '', 'reviewer'],
  ['郑州大学优秀共产党员', '', 'unit'],
  ['河南省人民医院先进工作者', '', 'unit'],
  ['河南省教育厅学术技术带头人', '', 'provincial'],
  ['郑州市教育局学术技术带头人', '', 'city'],
  ['嵩山工匠', '', 'reviewer'],
  ['优秀教师', '', 'reviewer'],
  ['劳动模范', '河南省人民政府', 'provincial'],
  ['五一劳动奖章', '河南省总工会', 'provincial'],
  ['先进工作者', '新乡市人民政府', 'city'],
  ['五一劳动奖章', '河南省教科文卫体工会', 'reviewer'],
  // Places: prefectures, districts, county-level cities, counties, former names
  ['2019年度郑州市劳动模范', '', 'city'],
  ['南阳工匠', '', 'city'],
  ['河南省新乡市先进工作者', '', 'city'],
  ['洛阳市涧西区劳动模范', '', 'county'],
  ['郑州市新郑市先进工作者', '', 'county'],
  ['河南省中牟县优秀教师', '', 'county'],
  ['管城区劳动模范', '', 'county'],
  ['辉县市劳动模范', '', 'county'],
  ['濮阳县先进工作者', '', 'county'],
  ['濮阳市先进工作者', '', 'city'],
  ['安阳县优秀教师', '', 'county'],
  ['范县劳动模范', '', 'county'],
  ['开封县劳动模范', '', 'county'],
  ['陕县先进工作者', '', 'county'],
  ['吉利区劳动模范', '', 'county'],
  ['济源产城融合示范区优秀教师', '', 'city'],
  ['郑州市涧西区劳动模范', '', 'reviewer'],
  ['郑州高新区先进工作者', '', 'reviewer'],
  ['郑东新区优秀教师', '', 'reviewer'],
  ['登封市大金店镇劳动模范', '', 'reviewer'],
  ['中共郑州市委优秀共产党员', '', 'city'],
  ['中共中牟县委优秀共产党员', '', 'county'],
  // Explicit level words
  ['校级优秀教师', '', 'unit'],
  ['郑州市市级劳动模范', '', 'city'],
  ['新郑市市级劳动模范', '', 'reviewer'],
  ['省市级劳动模范', '', 'reviewer'],
  ['优秀共产党员（省级）', '', 'provincial'],
  ['郑州中学优秀教师（校级）', '', 'unit'],
  // Known issuers and titles
  ['中华全国总工会表彰', '', 'national'],
  ['省教育厅学术技术带头人', '', 'provincial'],
  ['省劳动模范', '', 'provincial'],
  ['河南省技术能手', '', 'provincial'],
  ['中原学者', '', 'provincial'],
  ['中原名医', '', 'provincial'],
  ['全国技术能手', '', 'national'],
  ['中华技能大奖', '', 'national'],
  ['中国工程院院士', '', 'national'],
  ['中国科学院院士', '', 'national'],
  ['教育部长江学者特聘教授', '', 'national'],
  ['郑州市教育部门先进个人', '', 'city'],
  // Organisations' own honours
  ['郑州市第一人民医院先进工作者', '', 'unit'],
  ['国家电网劳动模范', '', 'unit'],
  ['中国石化劳动模范', '', 'unit'],
  ['河南日报社优秀记者', '', 'unit'],
  ['河南省科学院优秀科技工作者', '', 'unit'],
  ['北京大学优秀教师', '', 'unit'],
  ['河南省疾病预防控制中心先进个人', '', 'unit'],
  ['中共河南省委党校优秀教师', '', 'unit'],
  ['河南省优秀医院管理者', '', 'provincial'],
  ['河南省大学生创业导师', '', 'provincial'],
  ['郑州中学优秀教师', '', 'reviewer'],
  // Sector systems, provincial organs, other provinces
  ['河南省教育系统先进工作者', '', 'reviewer'],
  ['全国教育系统劳动模范', '', 'reviewer'],
  ['省直机关五一劳动奖章', '', 'reviewer'],
  ['中国教科文卫体工会先进个人', '', 'reviewer'],
  ['河南省能源化学地质工会五一劳动奖章', '', 'reviewer'],
  ['郑州市教育工会先进个人', '', 'reviewer'],
  ['郑州大学工会优秀会员', '', 'unit'],
  ['河南省优秀工会工作者', '', 'provincial'],
  ['郑州市总工会五一劳动奖章', '', 'city'],
  ['五一劳动奖章', '河南省能源化学地质工会', 'reviewer'],
  ['北京市劳动模范', '', 'reviewer'],
  ['上海市劳动模范', '', 'reviewer'],
  ['杭州市劳动模范', '', 'reviewer'],
  ['中共湖北省委优秀共产党员', '', 'reviewer'],
  ['全国劳动模范（湖北省）', '', 'national'],
  // Issuers
  ['优秀教师', '郑州大学', 'unit'],
  ['技术能手', '人力资源和社会保障部', 'national'],
  ['劳动模范', '中共中央、国务院', 'national'],
  ['五一劳动奖章', '中华全国总工会', 'national'],
  ['技术能手', '河南省人力资源和社会保障厅', 'provincial'],
  ['学术技术带头人', '郑州市人民政府', 'city'],
  ['先进工作者', '中牟县人民政府', 'county'],
  ['劳动模范', '武汉市人民政府', 'reviewer'],
  ['优秀教师', '河南省教育厅', 'provincial'],
  ['湖北省劳动模范', '国务院', 'national'],
  ['河南省五一劳动奖章', '河南省教科文卫体工会', 'reviewer'],
  ['郑州市劳动模范', '河南省人民政府', 'city'],
  ['', '', 'reviewer'],
];

describe('classifyHonourLevel', () => {
  it.each(CASES)('%s (%s) → %s', (name, issuer, expected) => {
    const f = classifyHonourLevel(name, issuer === '' ? undefined : issuer);
    expect(f.level ?? 'reviewer', `${f.why.zh} / ${f.why.en}`).toBe(expected);
    expect(f.why.zh.trim()).not.toBe('');
    expect(f.why.en.trim()).not.toBe('');
  });

  it('has at least 50 rows', () => expect(CASES.length).toBeGreaterThanOrEqual(50));

  it('explains itself in both languages', () => {
    expect(classifyHonourLevel('新郑市劳动模范').why).toEqual({
      zh: '“新郑市”为郑州市辖县级市，属县级',
      en: '新郑市 is a county-level city under 郑州市: county level',
    });
    expect(classifyHonourLevel('郑州市劳动模范').why.zh).toBe('“郑州市”为省辖市，属市级');
    expect(classifyHonourLevel('中原油田劳动模范').why.zh).toBe('“中原油田”为单位（企业）名称，属单位内部荣誉');
    expect(classifyHonourLevel('河南省教科文卫体系统五一劳动奖章').why.zh).toMatch(/河南省教科文卫体工会系统荣誉，级别由办公室认定/);
    expect(classifyHonourLevel('五一劳动奖章', '河南省教科文卫体工会').why.zh).toMatch(/^颁发单位：.*级别由办公室认定/);
    expect(classifyHonourLevel('偃师市劳动模范').why.zh).toBe('“偃师市”为旧称（今洛阳市偃师区），属县级');
  });
});

describe('data', () => {
  it('has the 17 prefectures and 济源', () => {
    expect(HENAN_PREFECTURES).toHaveLength(18);
    expect(HENAN_PREFECTURES.filter((p) => p.name.endsWith('市'))).toHaveLength(17);
    expect(HENAN_PREFECTURES.map((p) => p.short)).toEqual([
      '郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘',
      '信阳', '周口', '驻马店', '济源',
    ]);
  });

  it('names every place once, each with the suffix of its kind', () => {
    const all = HENAN_PREFECTURES.flatMap((p) => [p.name, ...p.districts, ...p.countyCities, ...p.counties]);
    expect(new Set(all).size).toBe(all.length);
    for (const p of HENAN_PREFECTURES) {
      for (const d of p.districts) expect(d).toMatch(/区$/);
      for (const c of p.countyCities) expect(c).toMatch(/市$/);
      for (const c of p.counties) expect(c).toMatch(/县$/);
    }
    const prefectures = new Set(HENAN_PREFECTURES.map((p) => p.name));
    for (const f of FORMER_PLACE_NAMES) expect(prefectures.has(f.prefecture)).toBe(true);
  });

  it('known names are unique', () => {
    const tokens = Object.values(KNOWN_NAMES).flatMap((ns) => ns.flatMap((n) => [n.name, ...(n.aliases ?? [])]));
    expect(new Set(tokens).size).toBe(tokens.length);
  });
});
