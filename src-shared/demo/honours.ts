import type { Honour } from '../domain/nomination';
import type { Gender, HonourKind, HonourLevel, Sector } from '../domain/vocabulary';
import type { Rng } from './random';
import type { City } from './work-units';

import { MIN_HONOUR_LEVEL, type ListedHonourKind } from '../screening/leader-honour';

export type { ListedHonourKind };
/** The demo plants honours just above and below the screening rule's own floors (Art. 4.1). */
export const MIN_QUALIFYING_LEVEL = MIN_HONOUR_LEVEL;

type Certificate = { name: string; issuer: string };

/** What the certificate says at each level. Institutions name their people 先进工作者 more often than 劳动模范. */
function certificate(kind: ListedHonourKind, level: HonourLevel, c: City, sector: Sector, rng: Rng): Certificate {
  const p = c.prefix;
  switch (kind) {
    case 'model-worker': {
      const title = rng.pick(['先进工作者', '劳动模范']);
      if (level === 'city') return { name: `${p}${title}`, issuer: `${p}人民政府` };
      if (level === 'provincial') return { name: `河南省${title}`, issuer: '河南省人民政府' };
      return { name: `全国${title}`, issuer: '中共中央、国务院' };
    }
    case 'may-day-medal':
      if (level === 'city') return { name: `${p}五一劳动奖章`, issuer: `${p}总工会` };
      if (level === 'provincial') return { name: '河南省五一劳动奖章', issuer: '河南省总工会' };
      return { name: '全国五一劳动奖章', issuer: '中华全国总工会' };
    case 'craftsman-talent':
      if (level === 'city') return { name: `${c.name}工匠`, issuer: `${p}总工会` };
      if (level === 'provincial') return { name: '中原大工匠', issuer: '河南省总工会' };
      return { name: '全国技术能手', issuer: '人力资源和社会保障部' };
    case 'special-allowance':
      if (level === 'city') return { name: `${p}政府特殊津贴专家`, issuer: `${p}人民政府` };
      if (level === 'provincial') return { name: '河南省政府特殊津贴专家', issuer: '河南省人民政府' };
      return { name: '国务院政府特殊津贴专家', issuer: '国务院' };
    case 'sci-tech-progress-award': {
      const grade = rng.pick(['一等奖', '二等奖', '三等奖']);
      if (level === 'city') return { name: `${p}科学技术进步奖${grade}`, issuer: `${p}人民政府` };
      if (level === 'provincial') return { name: `河南省科学技术进步奖${grade}`, issuer: '河南省人民政府' };
      return { name: '国家科学技术进步奖二等奖', issuer: '国务院' };
    }
    case 'academic-leader':
      if (level === 'city') return { name: `${p}学术技术带头人`, issuer: `${p}人力资源和社会保障局` };
      if (level === 'national') return { name: '国家百千万人才工程人选', issuer: '人力资源和社会保障部' };
      if (sector === 'health') return { name: '河南省卫生健康委学术技术带头人', issuer: '河南省卫生健康委员会' };
      if (sector === 'education') return { name: '河南省教育厅学术技术带头人', issuer: '河南省教育厅' };
      return { name: '河南省学术技术带头人', issuer: '河南省人力资源和社会保障厅' };
  }
}

/** Honours Art. 4.1 does not list: a reviewer has to judge them. */
const UNLISTED: Record<Sector, Certificate> = {
  education: { name: '河南省优秀教师', issuer: '河南省教育厅' },
  science: { name: '河南省青年科技奖', issuer: '河南省科学技术协会' },
  culture: { name: '河南省宣传文化系统“四个一批”人才', issuer: '中共河南省委宣传部' },
  health: { name: '河南省优秀医师', issuer: '河南省卫生健康委员会' },
  sports: { name: '河南省体育工作先进个人', issuer: '河南省体育局' },
};

export interface HonourContext {
  rng: Rng;
  city: City;
  sector: Sector;
  gender: Gender;
  /** Honours fall in [firstYear, lastYear]. */
  firstYear: number;
  lastYear: number;
}

export function listedHonour(ctx: HonourContext, kind: ListedHonourKind, level: HonourLevel): Honour {
  const { name, issuer } = certificate(kind, level, ctx.city, ctx.sector, ctx.rng);
  return { kind, name, level, issuer, year: ctx.rng.int(ctx.firstYear, ctx.lastYear) };
}

export function unlistedHonour(ctx: HonourContext): Honour {
  const { name, issuer } =
    ctx.gender === 'female' && ctx.rng.chance(0.5)
      ? { name: '河南省三八红旗手', issuer: '河南省妇女联合会' }
      : UNLISTED[ctx.sector];
  return { kind: 'other', name, level: 'provincial', issuer, year: ctx.rng.int(ctx.firstYear, ctx.lastYear) };
}

/** An honour that satisfies Art. 4.1 on its own. */
export function qualifyingHonour(ctx: HonourContext): Honour {
  const { rng } = ctx;
  const kinds = Object.keys(MIN_QUALIFYING_LEVEL) as ListedHonourKind[];
  // Science and technology progress awards go mostly to health and science work.
  const technical = ctx.sector === 'health' || ctx.sector === 'science';
  const weights: Record<ListedHonourKind, number> = {
    'model-worker': 4,
    'may-day-medal': 3,
    'craftsman-talent': 2,
    'special-allowance': 1,
    'sci-tech-progress-award': technical ? 3 : 0.3,
    'academic-leader': 2,
  };
  const kind = rng.weighted(kinds, (k) => weights[k]);
  const levels: HonourLevel[] =
    MIN_QUALIFYING_LEVEL[kind] === 'city' ? ['city', 'provincial', 'national'] : ['provincial', 'national'];
  const level = rng.weighted(levels, (l) => ({ unit: 0, county: 0, city: 5, provincial: 4, national: 1 })[l]);
  return listedHonour(ctx, kind, level);
}
