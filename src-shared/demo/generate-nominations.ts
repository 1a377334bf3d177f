import type { Honour, NominationInput } from '../domain/nomination';
import type { Gender, Sector } from '../domain/vocabulary';
import type { PersonName } from './chinese-names';
import { listedHonour, qualifyingHonour, unlistedHonour, type HonourContext } from './honours';
import { isoDate, type Rng } from './random';
import { STUDIO_TEMPLATES } from './studio-templates';
import { CITY_WORK_UNITS, NOT_ENTITLED, PROVINCIAL_WORK_UNITS, type WorkUnit } from './work-units';

export const DEMO_NOMINATION_COUNT = 45;

export type DemoDefect =
  | 'intermediate-title'
  | 'founded-too-recently'
  | 'founded-on-boundary'
  | 'city-sci-tech-award-only'
  | 'city-academic-leader-only'
  | 'unlisted-honour-only'
  | 'existing-rnd-or-team'
  | 'recommender-not-entitled';

/**
 * Nominations planted for screening to catch, at fixed places so tests and demos can point at them.
 * Each has exactly this one defect and is clean otherwise; every other nomination is a clean pass.
 * `outcome`: fail = screening rejects it; review = flagged for a reviewer's judgement; pass = must pass.
 * The cut-off for Art. 4.2 is `${year - 3}-06-30`: founded on or before it counts as 3 years.
 */
export const DEMO_DEFECTS: ReadonlyArray<{ seq: number; defect: DemoDefect; outcome: 'fail' | 'review' | 'pass' }> = [
  { seq: 3, defect: 'intermediate-title', outcome: 'fail' }, // Art. 4.1: senior title or above
  { seq: 8, defect: 'founded-too-recently', outcome: 'fail' }, // Art. 4.2: founded year-2
  { seq: 12, defect: 'city-sci-tech-award-only', outcome: 'fail' }, // Art. 4.1: award must be provincial+
  { seq: 17, defect: 'founded-on-boundary', outcome: 'pass' }, // Art. 4.2: exactly 3 years counts
  { seq: 21, defect: 'unlisted-honour-only', outcome: 'review' }, // Art. 4.1 ends in 等: judge it
  { seq: 26, defect: 'intermediate-title', outcome: 'fail' },
  { seq: 30, defect: 'founded-too-recently', outcome: 'fail' }, // founded year-1
  { seq: 34, defect: 'city-academic-leader-only', outcome: 'fail' }, // Art. 4.1: leader must be provincial+
  { seq: 39, defect: 'existing-rnd-or-team', outcome: 'fail' }, // Art. 5: existing R&D unit or team
  { seq: 43, defect: 'recommender-not-entitled', outcome: 'review' }, // Art. 5 一般: not in the register, a reviewer judges
];

export const demoNominationId = (year: number, seq: number) => `${year}-N${String(seq).padStart(3, '0')}`;

/** The date a studio must have been founded on or before to have run 3 years by mid-year. */
export const threeYearCutoff = (year: number) => isoDate(year - 3, 6, 30);

interface Ctx {
  rng: Rng;
  namer: (gender: Gender) => PersonName;
  year: number;
}

export function generateNominations(rng: Rng, namer: Ctx['namer'], year: number): NominationInput[] {
  const provincialCount = 10;
  const units = rng.shuffle([
    ...rng.sample(PROVINCIAL_WORK_UNITS, provincialCount),
    ...rng.sample(CITY_WORK_UNITS, DEMO_NOMINATION_COUNT - provincialCount),
  ]);
  const defects = new Map(DEMO_DEFECTS.map((d) => [d.seq, d.defect]));
  return units.map((unit, i) => buildNomination({ rng, namer, year }, i + 1, unit, defects.get(i + 1)));
}

function buildNomination(ctx: Ctx, seq: number, unit: WorkUnit, defect?: DemoDefect): NominationInput {
  const { rng, year } = ctx;
  const template = STUDIO_TEMPLATES[unit.template];
  const sector = template.sector;
  const leaderGender: Gender = rng.chance(0.6) ? 'male' : 'female';
  const leader = ctx.namer(leaderGender);
  const leaderBirthYear = rng.int(year - 58, year - 38);
  const titles =
    defect === 'intermediate-title' ? template.intermediate : rng.chance(0.55) ? template.associate : template.full;
  const hctx: HonourContext = {
    rng,
    city: unit.city,
    sector,
    gender: leaderGender,
    firstYear: Math.max(leaderBirthYear + 28, year - 15),
    lastYear: year - 1,
  };
  const honours = honoursFor(hctx, defect);
  const recommender = defect === 'recommender-not-entitled' ? NOT_ENTITLED[sector] : unit.recommender;
  return {
    id: demoNominationId(year, seq),
    year,
    studioName: leader.name + studioSuffix(honours),
    leaderName: leader.name,
    leaderGender,
    leaderBirthYear,
    leaderTitle: rng.pick(titles),
    honours,
    workUnitName: unit.name,
    workUnitCode: unit.code,
    workUnitCategory: unit.category,
    sector,
    recommendingUnit: recommender.name,
    recommendingUnitCode: recommender.code,
    recommendingUnitKind: recommender.kind,
    foundedOn: foundedOn(rng, year, defect),
    teamMembers: Array.from({ length: rng.int(3, 8) }, () => ctx.namer(rng.chance(0.55) ? 'male' : 'female').name),
    isExistingRndOrTeam: defect === 'existing-rnd-or-team',
    conditionsEvidence: conditions(rng, unit, defect),
    projects: projects(rng, unit),
    benefits: benefits(rng, sector),
  };
}

function honoursFor(ctx: HonourContext, defect?: DemoDefect): Honour[] {
  if (defect === 'city-sci-tech-award-only') return [listedHonour(ctx, 'sci-tech-progress-award', 'city')];
  if (defect === 'city-academic-leader-only') return [listedHonour(ctx, 'academic-leader', 'city')];
  if (defect === 'unlisted-honour-only') return [unlistedHonour(ctx)];
  const honours = [qualifyingHonour(ctx)];
  if (ctx.rng.chance(0.4)) honours.push(qualifyingHonour(ctx));
  if (ctx.rng.chance(0.25)) honours.push(unlistedHonour(ctx));
  const unique = honours.filter((h, i) => honours.findIndex((o) => o.name === h.name) === i);
  return unique.sort((a, b) => a.year - b.year);
}

/** Art. 4.1: a studio is named after its leader; the suffix follows the leader's main honour. */
function studioSuffix(honours: readonly Honour[]): string {
  if (honours.some((h) => h.kind === 'craftsman-talent')) return '工匠创新工作室';
  if (honours.some((h) => h.kind === 'model-worker' || h.kind === 'may-day-medal')) return '劳模创新工作室';
  return '创新工作室';
}

function foundedOn(rng: Rng, year: number, defect?: DemoDefect): string {
  if (defect === 'founded-on-boundary') return threeYearCutoff(year);
  // Any day of year-2 or year-1 is after the cut-off (year-3-06-30).
  const y = defect === 'founded-too-recently' ? year - rng.int(1, 2) : rng.int(year - 12, year - 4);
  return isoDate(y, rng.int(1, 12), rng.int(1, 28));
}

function conditions(rng: Rng, unit: WorkUnit, defect?: DemoDefect): string {
  const t = STUDIO_TEMPLATES[unit.template];
  const [eq1, eq2] = rng.sample(t.equipment, 2);
  const base =
    `工作室设在${unit.name}${rng.pick(t.place)}，使用面积${rng.int(6, 30) * 10}平方米，配备${eq1}、${eq2}等设备；` +
    `年度工作经费${rng.int(5, 40)}万元；建立了例会、培训、项目管理和经费使用等制度，每${rng.pick(['周', '两周', '月'])}开展集中活动。`;
  if (defect !== 'existing-rnd-or-team') return base;
  const team = rng.pick(['研发中心', '班组']);
  return `工作室依托本单位现有${team}设立，成员与该${team}人员完全重合。${base}`;
}

function projects(rng: Rng, unit: WorkUnit): string {
  const [a, b] = rng.sample(STUDIO_TEMPLATES[unit.template].topics, 2);
  return (
    `近三年主持“${a}”等省级以上课题${rng.int(1, 5)}项、市级课题${rng.int(1, 6)}项；` +
    `牵头开展“${b}”攻关，形成操作规范${rng.int(1, 4)}项。`
  );
}

function benefits(rng: Rng, sector: Sector): string {
  const n = (min: number, max: number) => rng.int(min, max);
  switch (sector) {
    case 'health':
      return `开展新技术新项目${n(3, 15)}项，获授权专利${n(1, 8)}项；培养专科骨干${n(5, 30)}名；成果在省内${n(5, 60)}家基层医院推广，年服务患者${n(1, 9)}万余人次。`;
    case 'education':
      return `开发校本课程${n(2, 10)}门，指导学生获省级以上竞赛奖项${n(3, 40)}项；培养骨干教师${n(5, 30)}名；教学成果在全市${n(5, 50)}所学校推广。`;
    case 'culture':
      return `完成重点项目${n(2, 12)}项，举办公益活动${n(10, 120)}场次；培养青年骨干${n(4, 20)}名；服务群众${n(1, 30)}万余人次。`;
    case 'science':
      return `研发新品种、新技术${n(2, 12)}项，获授权专利${n(2, 15)}项；培训基层技术人员${n(100, 900)}人次；成果在全省${n(5, 60)}个县（市）推广，新增经济效益${n(500, 9000)}万元。`;
    case 'sports':
      return `向省队输送运动员${n(3, 25)}名，获省级以上比赛奖牌${n(5, 60)}枚；培养青年教练${n(3, 15)}名；开展科学健身指导${n(1, 20)}万余人次。`;
  }
}
