import { describe, expect, it, vi } from 'vitest';
import { expertSchema } from '../domain/expert';
import { nominationSchema, type NominationInput } from '../domain/nomination';
import { levelAtLeast, honourLevel } from '../screening/leader-honour';
import { rankAtLeast, TitleResolver } from '../titles/resolve-title';
import { DEFAULT_DICTIONARY } from '../titles/title-dictionary';
import {
  DEMO_DEFAULT_SEED,
  DEMO_DEFECTS,
  DEMO_EXPERT_COUNT,
  DEMO_NOMINATION_COUNT,
  demoNominationId,
  generateDemoYear,
  threeYearCutoff,
  type DemoDefect,
} from './generate-demo';
import { MIN_QUALIFYING_LEVEL } from './honours';

const YEAR = 2026;
const demo = generateDemoYear(DEMO_DEFAULT_SEED, YEAR);
const titles = new TitleResolver(DEFAULT_DICTIONARY, []);
const titleRank = (title: string) => titles.resolve(title).rank;

/** Art. 4.1 as screening will apply it: a listed honour at or above its minimum level. */
const hasQualifyingHonour = (n: NominationInput) =>
  (n.honours ?? []).some((h) => {
    const level = honourLevel({ ...h, issuer: h.issuer ?? '' }).level;
    return h.kind !== 'other' && level !== null && levelAtLeast(level, MIN_QUALIFYING_LEVEL[h.kind]);
  });

function issuesOf(result: { success: boolean; error?: { issues: unknown[] } }): string {
  return result.success ? '' : JSON.stringify(result.error?.issues, null, 2);
}

/** Every way a one-to-one code/name table can break, as readable strings (empty when fine). */
function codeNameClashes(pairs: ReadonlyArray<[code: string, name: string]>): string[] {
  const byCode = new Map<string, Set<string>>();
  const byName = new Map<string, Set<string>>();
  for (const [code, name] of pairs) {
    byCode.set(code, (byCode.get(code) ?? new Set()).add(name));
    byName.set(name, (byName.get(name) ?? new Set()).add(code));
  }
  return [...byCode, ...byName].filter(([, s]) => s.size > 1).map(([k, s]) => `${k} -> ${[...s].join(', ')}`);
}

describe('generateDemoYear', () => {
  it('makes the announced number of experts and nominations', () => {
    expect(demo.experts).toHaveLength(DEMO_EXPERT_COUNT);
    expect(demo.nominations).toHaveLength(DEMO_NOMINATION_COUNT);
    expect(DEMO_DEFAULT_SEED).toBe(2026);
  });

  it.each([
    [DEMO_DEFAULT_SEED, YEAR],
    [1, 2025],
    [987654321, 2030],
  ])('gives records that pass the schemas (seed %i, year %i)', (seed, year) => {
    const { experts, nominations } = generateDemoYear(seed, year);
    for (const e of experts) expect(issuesOf(expertSchema.safeParse(e)), e.id).toBe('');
    for (const n of nominations) expect(issuesOf(nominationSchema.safeParse(n)), n.id).toBe('');
  });

  it('is deterministic for a seed and year, and varies with either', () => {
    expect(generateDemoYear(DEMO_DEFAULT_SEED, YEAR)).toEqual(demo);
    expect(generateDemoYear(DEMO_DEFAULT_SEED + 1, YEAR)).not.toEqual(demo);
    expect(generateDemoYear(DEMO_DEFAULT_SEED, YEAR + 1)).not.toEqual(demo);
  });

  it('uses neither Math.random nor the clock', () => {
    const random = vi.spyOn(Math, 'random');
    const now = vi.spyOn(Date, 'now');
    try {
      generateDemoYear(42, YEAR);
      expect(random).not.toHaveBeenCalled();
      expect(now).not.toHaveBeenCalled();
    } finally {
      random.mockRestore();
      now.mockRestore();
    }
  });

  it('rejects a seed or year it cannot honour', () => {
    expect(() => generateDemoYear(1.5, YEAR)).toThrow(RangeError);
    expect(() => generateDemoYear(1, 1999)).toThrow(RangeError);
  });

  it('gives unique ids in the expected forms, and unique people', () => {
    const expertIds = demo.experts.map((e) => e.id);
    const nominationIds = demo.nominations.map((n) => n.id);
    expect(new Set(expertIds).size).toBe(expertIds.length);
    expect(new Set(nominationIds).size).toBe(nominationIds.length);
    expect(expertIds.every((id) => /^E\d{4}$/.test(id))).toBe(true);
    expect(nominationIds.every((id) => new RegExp(`^${YEAR}-N\\d{3}$`).test(id))).toBe(true);
    expect(demo.nominations.every((n) => n.year === YEAR)).toBe(true);
    const people = [
      ...demo.experts.map((e) => e.name),
      ...demo.nominations.flatMap((n) => [n.leaderName, ...(n.teamMembers ?? [])]),
    ];
    expect(new Set(people).size).toBe(people.length);
  });

  it('makes a mainly full-senior pool, with a reason for everyone else (Art. 6)', () => {
    const full = demo.experts.filter((e) => titleRank(e.title) === 'full-senior');
    expect(full.length / demo.experts.length).toBeGreaterThanOrEqual(0.85);
    for (const e of demo.experts.filter((x) => titleRank(x.title) !== 'full-senior')) {
      expect(e.nonSeniorReason, e.id).toMatch(/\S/);
    }
    const mainly = demo.experts.filter((e) => e.unitType === 'university' || e.unitType === 'hospital');
    expect(mainly.length / demo.experts.length).toBeGreaterThan(0.7);
  });

  it('keeps expert details plausible', () => {
    for (const e of demo.experts) {
      expect(e.phone, e.id).toMatch(/^1[358]\d-\d{4}-\d{4}$/);
      expect(e.sectors?.length, e.id).toBeGreaterThanOrEqual(1);
      expect(e.sectors?.length, e.id).toBeLessThanOrEqual(2);
      for (const y of e.panelYears ?? []) expect([YEAR - 3, YEAR - 2, YEAR - 1]).toContain(y);
      expect(e.avoidUnitCodes ?? [], e.id).not.toContain(e.unitCode);
      if (e.unitType === 'hospital') expect(e.sectors?.[0], e.id).toBe('health');
    }
    const emails = demo.experts.map((e) => e.email);
    expect(new Set(emails).size).toBe(emails.length);
    const statuses = new Set(demo.experts.map((e) => e.status));
    expect(statuses).toEqual(new Set(['available', 'paused', 'retired']));
    expect(demo.experts.filter((e) => e.status === 'available').length).toBeGreaterThan(270);
    const avoidances = demo.experts.filter((e) => (e.avoidUnitCodes ?? []).length > 0);
    expect(avoidances.length).toBeGreaterThan(0);
    const nominated = new Set(demo.nominations.map((n) => n.workUnitCode));
    for (const e of avoidances) for (const c of e.avoidUnitCodes ?? []) expect(nominated).toContain(c);
  });

  it('maps unit codes one-to-one to unit names, across experts and nominations', () => {
    for (const seed of [DEMO_DEFAULT_SEED, 7, 123456]) {
      const { experts, nominations } = generateDemoYear(seed, YEAR);
      const units: Array<[string, string]> = [
        ...experts.map((e): [string, string] => [e.unitCode, e.unitName]),
        ...nominations.map((n): [string, string] => [n.workUnitCode, n.workUnitName]),
      ];
      expect(codeNameClashes(units)).toEqual([]);
      const recommenders = nominations.map((n): [string, string] => [n.recommendingUnitCode, n.recommendingUnit]);
      expect(codeNameClashes(recommenders)).toEqual([]);
    }
  });

  it('names each studio after its leader (Art. 4.1)', () => {
    for (const n of demo.nominations) expect(n.studioName.startsWith(n.leaderName), n.id).toBe(true);
  });
});

describe('deliberately failing nominations', () => {
  const cutoff = threeYearCutoff(YEAR);
  const checks: Record<DemoDefect, (n: NominationInput) => boolean> = {
    'intermediate-title': (n) => titleRank(n.leaderTitle) === 'intermediate',
    'founded-too-recently': (n) => n.foundedOn > cutoff,
    'founded-on-boundary': (n) => n.foundedOn === cutoff,
    'city-sci-tech-award-only': (n) =>
      n.honours?.length === 1 && n.honours[0].kind === 'sci-tech-progress-award' && n.honours[0].level === 'city',
    'city-academic-leader-only': (n) =>
      n.honours?.length === 1 && n.honours[0].kind === 'academic-leader' && n.honours[0].level === 'city',
    'unlisted-honour-only': (n) => (n.honours ?? []).length > 0 && (n.honours ?? []).every((h) => h.kind === 'other'),
    'existing-rnd-or-team': (n) => n.isExistingRndOrTeam === true,
    'recommender-not-entitled': (n) => n.recommendingUnitKind === 'other',
  };
  /** The defects that are not there: how a clean nomination looks to screening. */
  const clean: Record<DemoDefect, (n: NominationInput) => boolean> = {
    'intermediate-title': (n) => rankAtLeast(titleRank(n.leaderTitle) ?? 'none', 'associate-senior'),
    'founded-too-recently': (n) => n.foundedOn <= cutoff,
    'founded-on-boundary': (n) => n.foundedOn < cutoff,
    'city-sci-tech-award-only': hasQualifyingHonour,
    'city-academic-leader-only': hasQualifyingHonour,
    'unlisted-honour-only': hasQualifyingHonour,
    'existing-rnd-or-team': (n) => n.isExistingRndOrTeam !== true,
    'recommender-not-entitled': (n) => n.recommendingUnitKind !== 'other',
  };
  const allDefects = Object.keys(checks) as DemoDefect[];

  it('covers what the brief asks for', () => {
    const count = (d: DemoDefect) => DEMO_DEFECTS.filter((x) => x.defect === d).length;
    expect(count('intermediate-title')).toBeGreaterThanOrEqual(2);
    expect(count('founded-too-recently')).toBeGreaterThanOrEqual(2);
    expect(count('founded-on-boundary')).toBe(1);
    expect(count('city-sci-tech-award-only') + count('city-academic-leader-only')).toBeGreaterThanOrEqual(2);
    expect(count('unlisted-honour-only')).toBe(1);
    expect(count('existing-rnd-or-team')).toBe(1);
    expect(count('recommender-not-entitled')).toBe(1);
  });

  it.each([DEMO_DEFAULT_SEED, 3, 2024])('plants each defect, alone, where documented (seed %i)', (seed) => {
    const { nominations } = generateDemoYear(seed, YEAR);
    const byId = new Map(nominations.map((n) => [n.id, n]));
    for (const { seq, defect } of DEMO_DEFECTS) {
      const n = byId.get(demoNominationId(YEAR, seq));
      expect(n, `${seq}`).toBeDefined();
      expect(checks[defect](n!), `${n!.id} ${defect}`).toBe(true);
      for (const other of allDefects.filter((d) => d !== defect && !sameRule(d, defect))) {
        expect(clean[other](n!), `${n!.id} has ${defect} and also ${other}`).toBe(true);
      }
    }
  });

  it.each([DEMO_DEFAULT_SEED, 3, 2024])('leaves every other nomination clean (seed %i)', (seed) => {
    const planted = new Set(DEMO_DEFECTS.map((d) => demoNominationId(YEAR, d.seq)));
    const { nominations } = generateDemoYear(seed, YEAR);
    for (const n of nominations.filter((x) => !planted.has(x.id))) {
      for (const d of allDefects) expect(clean[d](n), `${n.id} unexpectedly ${d}`).toBe(true);
      expect(n.workUnitCategory, n.id).not.toBe('other');
    }
  });
});

/** The boundary and too-recent cases test the same rule from two sides; so do the three honour cases. */
function sameRule(a: DemoDefect, b: DemoDefect): boolean {
  const groups: DemoDefect[][] = [
    ['founded-too-recently', 'founded-on-boundary'],
    ['city-sci-tech-award-only', 'city-academic-leader-only', 'unlisted-honour-only'],
  ];
  return groups.some((g) => g.includes(a) && g.includes(b));
}
