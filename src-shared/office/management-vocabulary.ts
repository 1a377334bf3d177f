import type { Message } from '../result';
import type { StudioStatus } from './vocabulary';

/**
 * Dynamic management (Art. 17): the annual check's finding on a studio's role (作用发挥明显 / 一般 / 不明显). Only
 * `not-evident` opens a rectification.
 */
export const CHECK_FINDINGS = ['evident', 'ordinary', 'not-evident'] as const;
export type CheckFinding = (typeof CHECK_FINDINGS)[number];
export const CHECK_FINDING_LABELS: Record<CheckFinding, Message> = {
  evident: { zh: '作用发挥明显', en: 'role evident' },
  ordinary: { zh: '作用发挥一般', en: 'role ordinary' },
  'not-evident': { zh: '作用发挥不明显', en: 'role not evident' },
};

/** The re-check's conclusion on a rectification: in place, or not (整改不到位, which Art. 17 answers with revocation). */
export const RECHECK_OUTCOMES = ['rectified', 'not-rectified'] as const;
export type RecheckOutcome = (typeof RECHECK_OUTCOMES)[number];
export const RECHECK_OUTCOME_LABELS: Record<RecheckOutcome, Message> = {
  rectified: { zh: '整改到位', en: 'rectified' },
  'not-rectified': { zh: '整改不到位', en: 'not rectified' },
};

/**
 * Support and service facts kept per studio (Art. 13 to 16, 18): registration on the alliance cloud platform
 * (联盟云平台), membership of an alliance (联盟), the host unit's support, and publicity of its example.
 */
export const STUDIO_FACT_KINDS = ['platform-registration', 'alliance-membership', 'host-support', 'publicity'] as const;
export type StudioFactKind = (typeof STUDIO_FACT_KINDS)[number];
export const STUDIO_FACT_KIND_LABELS: Record<StudioFactKind, Message> = {
  'platform-registration': { zh: '联盟云平台注册', en: 'Cloud platform registration' },
  'alliance-membership': { zh: '加入联盟', en: 'Alliance membership' },
  'host-support': { zh: '所在单位支持', en: 'Host unit support' },
  publicity: { zh: '宣传报道', en: 'Publicity' },
};
