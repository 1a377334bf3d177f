/**
 * The fixed vocabularies of the rules (seed Art. 4 to 6), with their Chinese labels.
 * Codes are English (see ../shared/domain.md); labels are what users read and type.
 */
export const SECTORS = ['education', 'science', 'culture', 'health', 'sports'] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, { zh: string; en: string }> = {
  education: { zh: '教育', en: 'Education' },
  science: { zh: '科技', en: 'Science & technology' },
  culture: { zh: '文化', en: 'Culture' },
  health: { zh: '卫生', en: 'Health' },
  sports: { zh: '体育', en: 'Sports' },
};

export const UNIT_TYPES = ['university', 'hospital', 'research-institute', 'other'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];
export const UNIT_TYPE_LABELS: Record<UnitType, { zh: string; en: string }> = {
  university: { zh: '高校', en: 'University' },
  hospital: { zh: '医院', en: 'Hospital' },
  'research-institute': { zh: '科研院所', en: 'Research institute' },
  other: { zh: '其他', en: 'Other' },
};

/**
 * The rank of a professional title (职称) in the national series, highest first. `none`: a reviewer ruled that
 * what was written is not a professional title of any rank (e.g. a skill grade judged not equivalent).
 */
export const TITLE_RANKS = ['full-senior', 'associate-senior', 'intermediate', 'junior', 'none'] as const;
export type TitleRank = (typeof TITLE_RANKS)[number];
export const TITLE_RANK_LABELS: Record<TitleRank, { zh: string; en: string }> = {
  'full-senior': { zh: '正高级', en: 'Full senior' },
  'associate-senior': { zh: '副高级', en: 'Associate senior' },
  intermediate: { zh: '中级', en: 'Intermediate' },
  junior: { zh: '初级', en: 'Junior' },
  none: { zh: '非职称', en: 'Not a title' },
};

export const EXPERT_STATUSES = ['available', 'paused', 'retired'] as const;
export type ExpertStatus = (typeof EXPERT_STATUSES)[number];

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

/** Art. 4.1: the honours the article lists; anything else is `other` and needs a reviewer's judgement. */
export const HONOUR_KINDS = [
  'model-worker',
  'may-day-medal',
  'craftsman-talent',
  'special-allowance',
  'sci-tech-progress-award',
  'academic-leader',
  'other',
] as const;
export type HonourKind = (typeof HONOUR_KINDS)[number];

/**
 * Lowest first. `city` is a prefecture-level city (省辖市) or the 济源示范区; `county` covers counties,
 * county-level cities and city districts; `unit` is an organisation's own honour (an oilfield's, a hospital's).
 */
export const HONOUR_LEVELS = ['unit', 'county', 'city', 'provincial', 'national'] as const;
export type HonourLevel = (typeof HONOUR_LEVELS)[number];

/** Art. 5 (a), (b), (c): the kinds the office's register of recommending units knows. */
export const REGISTERED_RECOMMENDING_UNIT_KINDS = ['city-industry-union', 'direct-grassroots-union', 'member-unit'] as const;
export type RegisteredRecommendingUnitKind = (typeof REGISTERED_RECOMMENDING_UNIT_KINDS)[number];

/** Art. 5 (a), (b), (c), or `other` as a form may state it. */
export const RECOMMENDING_UNIT_KINDS = [...REGISTERED_RECOMMENDING_UNIT_KINDS, 'other'] as const;
export type RecommendingUnitKind = (typeof RECOMMENDING_UNIT_KINDS)[number];

/** Art. 4.6: where a studio generally comes from. */
export const WORK_UNIT_CATEGORIES = ['provincial-enterprise', 'municipal-industry', 'other'] as const;
export type WorkUnitCategory = (typeof WORK_UNIT_CATEGORIES)[number];
