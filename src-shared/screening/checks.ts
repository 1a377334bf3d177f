import type { Nomination } from '../domain/nomination';
import { rankAtLeast, titleRank } from '../domain/titles';
import { SECTOR_LABELS, SECTORS, TITLE_RANK_LABELS, type Sector } from '../domain/vocabulary';
import { checkResult, type CheckResult } from './check-result';
import { RECOMMENDING_UNIT_KIND_LABELS, WORK_UNIT_CATEGORY_LABELS } from './labels';
import { leaderHonourCheck } from './leader-honour';
import { runningTimeCheck } from './running-time';

/**
 * The screening (资格审查, Art. 6) checks that software can decide from the nomination's fields, one result per
 * CHECK_IDS entry, in that order. Pure: the reference date is passed in, never read from the clock, so a
 * printed screening sheet can be recomputed later and come out the same.
 */
export function automaticChecks(n: Nomination, referenceDate: string): CheckResult[] {
  return [
    leaderTitleCheck(n.leaderTitle),
    leaderHonourCheck(n.honours),
    runningTimeCheck(n.foundedOn, referenceDate),
    notExistingUnitCheck(n.isExistingRndOrTeam),
    recommendingUnitCheck(n),
    sectorCheck(n.sector),
    originCheck(n),
  ];
}

/** Art. 4.1 "获得高级以上职称": 高级 covers associate senior (副高级) and full senior (正高级). */
export function leaderTitleCheck(title: string): CheckResult {
  const rank = titleRank(title);
  if (!rank) {
    // Not in the dictionary: it may well be senior (the dictionary is not complete), so a person decides.
    return checkResult(
      'leader-title',
      'review',
      'title-unknown',
      `领衔人职称“${title}”不在职称字典中，无法自动判断是否为高级以上职称，请核对职称证书。`,
      `The leader's title "${title}" is not in the title dictionary, so whether it is senior cannot be decided automatically; check the certificate.`,
    );
  }
  const label = TITLE_RANK_LABELS[rank];
  if (rankAtLeast(rank, 'associate-senior')) {
    return checkResult(
      'leader-title',
      'pass',
      'title-associate-senior-or-above',
      `领衔人职称“${title}”属${label.zh}，符合第四条第1项“高级以上职称”（副高级及以上）。`,
      `The leader's title "${title}" is ${label.en.toLowerCase()}; meets Art. 4.1 (associate senior or above).`,
    );
  }
  return checkResult(
    'leader-title',
    'fail',
    'title-below-associate-senior',
    `领衔人职称“${title}”属${label.zh}，低于第四条第1项要求的“高级以上职称”（副高级及以上）。`,
    `The leader's title "${title}" is ${label.en.toLowerCase()}, below the associate senior or above that Art. 4.1 requires.`,
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

/** Art. 5: the three kinds of recommending unit. */
export function recommendingUnitCheck(
  n: Pick<Nomination, 'recommendingUnit' | 'recommendingUnitKind'>,
): CheckResult {
  if (n.recommendingUnitKind === 'other') {
    return checkResult(
      'recommending-unit',
      'fail',
      'recommending-unit-not-eligible',
      `推荐单位“${n.recommendingUnit}”不属于第五条所列推荐单位（省辖市、济源示范区相关产业工会，省教科文卫体工会直属基层工会，省教科文卫体工会委员单位）。`,
      `The recommending unit "${n.recommendingUnit}" is none of the units Art. 5 names (industry unions of the prefecture-level cities and Jiyuan, grassroots unions directly under the provincial union, member units of its committee).`,
    );
  }
  const kind = RECOMMENDING_UNIT_KIND_LABELS[n.recommendingUnitKind];
  return checkResult(
    'recommending-unit',
    'pass',
    'recommending-unit-eligible',
    `推荐单位“${n.recommendingUnit}”属${kind.zh}，为第五条所列推荐单位。`,
    `The recommending unit "${n.recommendingUnit}" is one of the units Art. 5 names (${kind.en}).`,
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
