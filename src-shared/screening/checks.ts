import type { Nomination } from '../domain/nomination';
import { SECTOR_LABELS, SECTORS, TITLE_RANK_LABELS, type RecommendingUnitKind, type Sector } from '../domain/vocabulary';
import { rankAtLeast, type TitleFinding } from '../titles/resolve-title';
import { checkResult, type CheckResult } from './check-result';
import { RECOMMENDING_UNIT_KIND_LABELS, WORK_UNIT_CATEGORY_LABELS } from './labels';
import { leaderHonourCheck } from './leader-honour';
import { runningTimeCheck } from './running-time';

/**
 * What screening needs from the office's registers: the leader's title as the dictionary (or a ruling) reads
 * it, and the recommender as the register of recommending units knows it (undefined: not in the register).
 */
export interface ScreeningFacts {
  title: TitleFinding;
  recommender?: { name: string; kind: Exclude<RecommendingUnitKind, 'other'> };
}

/**
 * The screening (资格审查, Art. 6) checks that software can decide from the nomination's fields, one result per
 * CHECK_IDS entry, in that order. Pure: the reference date and the registers' answers are passed in, never
 * read from the clock or a database, so a printed screening sheet can be recomputed later and come out the same.
 */
export function automaticChecks(n: Nomination, referenceDate: string, facts: ScreeningFacts): CheckResult[] {
  return [
    leaderTitleCheck(n.leaderTitle, facts.title),
    leaderHonourCheck(n.honours),
    runningTimeCheck(n.foundedOn, referenceDate),
    notExistingUnitCheck(n.isExistingRndOrTeam),
    recommendingUnitCheck(n, facts.recommender),
    sectorCheck(n.sector),
    originCheck(n),
  ];
}

/** Art. 4.1 "获得高级以上职称": 高级 covers associate senior (副高级) and full senior (正高级). */
export function leaderTitleCheck(title: string, finding: TitleFinding): CheckResult {
  if (finding.rank === null) {
    // A skill grade or a title the dictionary does not know may well count as senior: a person decides.
    return checkResult(
      'leader-title',
      'review',
      finding.source === 'skill-grade' ? 'title-skill-grade' : 'title-unknown',
      `领衔人职称：${finding.why.zh}；请核对证书，判断是否属“高级以上职称”，或在职称字典中认定该职称的级别。`,
      `Leader's title: ${finding.why.en}; check the certificate and judge whether it is senior, or rule on the title's rank in the title dictionary.`,
    );
  }
  const label = TITLE_RANK_LABELS[finding.rank];
  if (rankAtLeast(finding.rank, 'associate-senior')) {
    return checkResult(
      'leader-title',
      'pass',
      'title-associate-senior-or-above',
      `领衔人职称符合第四条第1项“高级以上职称”（副高级及以上）：${finding.why.zh}。`,
      `The leader's title meets Art. 4.1 (associate senior or above): ${finding.why.en}.`,
    );
  }
  return checkResult(
    'leader-title',
    'fail',
    'title-below-associate-senior',
    `领衔人职称属${label.zh}，低于第四条第1项要求的“高级以上职称”（副高级及以上）：${finding.why.zh}。`,
    `The leader's title is ${label.en.toLowerCase()}, below the associate senior or above that Art. 4.1 requires: ${finding.why.en}.`,
  );
}

/** Art. 5 "企事业单位原有建制的研发机构和班组不作为推荐对象". */
export function notExistingUnitCheck(isExistingRndOrTeam: boolean): CheckResult {
  if (isExistingRndOrTeam) {
    return checkResult(
      'not-existing-unit',
      'fail',
      'existing-rnd-or-team',
      '该工作室为企事业单位原有建制的研发机构或班组，按第五条不作为推荐对象。',
      "The studio is an organisation's existing R&D institution or work team, which Art. 5 excludes.",
    );
  }
  return checkResult(
    'not-existing-unit',
    'pass',
    'not-existing-rnd-or-team',
    '申报材料表明该工作室不是企事业单位原有建制的研发机构或班组（第五条）。',
    "The nomination states the studio is not an organisation's existing R&D institution or work team (Art. 5).",
  );
}

/**
 * Art. 5 "一般以……为推荐单位": the kind follows from the office's register of recommending units. A recommender
 * outside it is not rejected ("generally"): a reviewer judges it.
 */
export function recommendingUnitCheck(
  n: Pick<Nomination, 'recommendingUnit' | 'recommendingUnitKind'>,
  registered: ScreeningFacts['recommender'],
): CheckResult {
  if (!registered) {
    const stated = n.recommendingUnitKind ? RECOMMENDING_UNIT_KIND_LABELS[n.recommendingUnitKind] : undefined;
    return checkResult(
      'recommending-unit',
      'review',
      'recommending-unit-unregistered',
      `推荐单位“${n.recommendingUnit}”不在办公室的推荐单位名录中${stated ? `（推荐表填报为${stated.zh}）` : ''}。第五条为“一般以”所列三类单位为推荐单位，不据此否决：请审查人员判断并写明理由，如属所列单位，请将其加入推荐单位名录。`,
      `The recommending unit "${n.recommendingUnit}" is not in the office's register of recommending units${stated ? ` (the form says: ${stated.en})` : ''}. Art. 5 says "generally", so this is not a rejection: a reviewer judges it and writes down why; if it is one of the listed kinds, add it to the register.`,
    );
  }
  const kind = RECOMMENDING_UNIT_KIND_LABELS[registered.kind];
  const alias = registered.name === n.recommendingUnit ? { zh: '', en: '' } : { zh: `（名录中为“${registered.name}”）`, en: ` (registered as "${registered.name}")` };
  return checkResult(
    'recommending-unit',
    'pass',
    'recommending-unit-eligible',
    `推荐单位“${n.recommendingUnit}”${alias.zh}属${kind.zh}，为第五条所列推荐单位。`,
    `The recommending unit "${n.recommendingUnit}"${alias.en} is one of the units Art. 5 names (${kind.en}).`,
  );
}

/**
 * The five sectors (Art. 3, 4.6). The schema already guarantees one of them; the check stays so the printed
 * sheet shows the sector was looked at, and so data that bypassed the schema still fails loudly.
 */
export function sectorCheck(sector: string): CheckResult {
  if (!isSector(sector)) {
    return checkResult(
      'sector',
      'fail',
      'sector-not-listed',
      `所属行业“${sector}”不属于教育、科技、文化、卫生、体育五个行业。`,
      `The sector "${sector}" is not one of education, science & technology, culture, health, sports.`,
    );
  }
  return checkResult(
    'sector',
    'pass',
    'sector-listed',
    `所属行业为${SECTOR_LABELS[sector].zh}，属教育、科技、文化、卫生、体育五个行业之一。`,
    `The sector is ${SECTOR_LABELS[sector].en}, one of the five sectors.`,
  );
}

const isSector = (s: string): s is Sector => (SECTORS as readonly string[]).includes(s);

/**
 * Art. 4.6 "一般应…中产生": "generally", so a studio from elsewhere is flagged for a screener, never rejected.
 */
export function originCheck(n: Pick<Nomination, 'workUnitName' | 'workUnitCategory'>): CheckResult {
  if (n.workUnitCategory === null) {
    return checkResult(
      'origin',
      'review',
      'origin-unstated',
      `推荐表未填写工作单位“${n.workUnitName}”的单位类别（省管企事业单位、市级产业系统或其他）；第四条第6项为“一般应”，请审查人员核对并写明理由。`,
      `The form does not say which kind of unit "${n.workUnitName}" is (provincially managed, municipal industry system or other); Art. 4.6 says "generally", so a screener checks it and writes down why.`,
    );
  }
  if (n.workUnitCategory === 'other') {
    return checkResult(
      'origin',
      'review',
      'origin-other',
      `工作单位“${n.workUnitName}”既非省管企事业单位，也非市级产业系统（行业）劳模工匠创新工作室；第四条第6项为“一般应”，不据此否决，请审查人员判断并写明理由。`,
      `The work unit "${n.workUnitName}" is neither a provincially managed enterprise/institution nor a municipal industry system studio; Art. 4.6 says "generally", so this is not a rejection: a screener judges it and writes down why.`,
    );
  }
  const category = WORK_UNIT_CATEGORY_LABELS[n.workUnitCategory];
  return checkResult(
    'origin',
    'pass',
    'origin-listed',
    `工作单位“${n.workUnitName}”属${category.zh}，符合第四条第6项的一般来源。`,
    `The work unit "${n.workUnitName}" is of the usual origin under Art. 4.6 (${category.en}).`,
  );
}
