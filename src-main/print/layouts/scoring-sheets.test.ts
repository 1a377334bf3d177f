import { describe, expect, it } from 'vitest';
import type { CellView, NominationView, ResultsView, SessionView } from '../../../src-shared/api/views';
import { aggregate } from '../../../src-shared/scoring/aggregate';
import { rank } from '../../../src-shared/scoring/rank';
import { DEFAULT_RUBRIC, RUBRIC_AUTHORITY } from '../../../src-shared/scoring/rubric';
import { defaultSessionRules } from '../../../src-shared/scoring/session-rules';
import { cutStability } from '../../../src-shared/scoring/stability';
import { unwrap } from '../../testing/scoring-fixtures';
import { expertSheetHtml, proposedListHtml, summaryHtml } from './scoring-sheets';

/**
 * The panel reviews (审核) and proposes (建议名单); only the office decides and publishes (Art. 6, 7). The rubric,
 * its point split included, is the office's own: the sheets say so and cite articles only as the source of a
 * criterion's content.
 */
const EXPERTS = ['E1', 'E2', 'E3'];
const NOMINATIONS = ['N1', 'N2', 'N3', 'N4'];
const QUALITY: Record<string, number> = { N1: 0.9, N2: 0.8, N3: 0.6, N4: 0.4 };

const rules = { ...defaultSessionRules({ sessionId: '2026-S01', year: 2026, nominationIds: NOMINATIONS }), cut: 2, minExperts: 3 };
const cells: CellView[] = EXPERTS.flatMap((expertId, e) =>
  NOMINATIONS.map((nominationId) => ({
    expertId,
    nominationId,
    state: 'scored' as const,
    criteria: Object.fromEntries(DEFAULT_RUBRIC.criteria.map((c) => [c.id, Math.round((QUALITY[nominationId] - e * 0.02) * c.maxPoints * 2) / 2])),
    comment: '',
    recusalReason: '',
    updatedAt: '2026-11-24T09:00:00Z',
  })),
);
const nomination = (id: string) =>
  ({ id, studioName: `${id}劳模创新工作室`, leaderName: `领衔人${id}`, workUnitName: `单位${id}`, recommendingUnit: `推荐单位${id}` }) as unknown as NominationView;

const session: SessionView = {
  sessionId: rules.sessionId,
  year: rules.year,
  role: 'coordinator',
  drawId: 'D-2026-01',
  phase: 'signed',
  rules,
  rulesHash: 'a'.repeat(64),
  panel: EXPERTS.map((expertId) => ({ expertId, name: `专家${expertId}`, unitName: '河南大学', stratum: '高校' })),
  leaderId: 'E1',
  nominations: NOMINATIONS.map(nomination),
  experts: EXPERTS.map((expertId) => ({ expertId, keyId: `k-${expertId}`, fingerprint: `3F2A 91C0 ${'ABCD '.repeat(14).trim()}`, local: true, order: NOMINATIONS, version: 1, checkedInAt: '2026-11-24T08:00:00Z', lockedAt: '2026-11-24T10:00:00Z' })),
  cells,
  imports: [],
  signoffs: [],
};
const scoreCells = cells.map(({ expertId, nominationId, criteria }) => ({ expertId, nominationId, state: 'scored' as const, criteria }));
const aggregation = unwrap(aggregate(rules, scoreCells));
const results: ResultsView = {
  sessionId: rules.sessionId,
  aggregation,
  ranking: unwrap(rank(rules, aggregation)),
  stability: unwrap(cutStability(rules, scoreCells)),
  votes: [],
};

const AUTHORITY = '本评分细则由省教科文卫体工会评审办公室制定';

describe('scoring sheets: the panel proposes, the office sets the rubric', () => {
  it('the constant is the office statement word for word', () => {
    expect(RUBRIC_AUTHORITY.zh).toBe(AUTHORITY);
  });

  it("the expert's sheet prints the rubric as the office's, with articles only as the source of content", () => {
    const html = expertSheetHtml(session, 'E1');
    expect(html).toContain(AUTHORITY);
    // One language per sheet: the English is on the sheet printed in English, not beside the Chinese.
    expect(html).not.toContain(RUBRIC_AUTHORITY.en);
    expect(expertSheetHtml(session, 'E1', 'en')).toContain(RUBRIC_AUTHORITY.en);
    expect(html).toContain('内容依据：第四条第1项');
    expect(html).not.toContain('入选');
    // Every article cited is cited as a content source, never on its own next to the points.
    expect(html.replace(/内容依据：[^。<]*/g, '')).not.toMatch(/第[一二三四五六七八九十]+条|Art\. \d/);
    // The points stand in their own cells: no cell holding the maximum also holds an article.
    for (const cell of html.match(/<t[hd]>[^<]*<\/t[hd]>/g) ?? []) {
      if (/条/.test(cell)) expect(cell).toMatch(/内容依据/);
    }
  });

  it('the summary says who set the rubric and marks the proposed, not the selected', () => {
    const html = summaryHtml(session, results, 'f'.repeat(64));
    expect(html).toContain(AUTHORITY);
    expect(html).toContain('拟建议');
    expect(html).toContain('建议名额');
    expect(html).toContain('建议名单');
    expect(html).not.toContain('入选');
    expect(html).not.toMatch(/\bselected\b/i);
  });

  it('the summary prints the SHA-256 of the offline verify page it was given, and no such row without one', () => {
    expect(summaryHtml(session, results, 'f'.repeat(64), 'zh-CN', 'a'.repeat(64))).toMatch(/离线核验页 verify\.html 的 SHA-256<\/th><td class="mono">a{64}</);
    expect(summaryHtml(session, results, 'f'.repeat(64))).not.toContain('verify.html');
  });

  it('the proposed list is a 建议名单 from the panel\'s 审核, for the office to decide and publish', () => {
    const html = proposedListHtml(session, results);
    expect(html).toContain('建议名单');
    expect(html).toContain('审核');
    expect(html).toContain('发文公布');
    expect(html).toContain(AUTHORITY);
    expect(html).not.toContain('入选');
    expect(html).not.toMatch(/\bselected\b/i);
    expect(html).toContain('N1劳模创新工作室');
    expect(html).toContain('N2劳模创新工作室');
    expect(html).not.toContain('N3劳模创新工作室');
  });

  it("the expert's sheet shows their key fingerprint for them to sign: the first 8 characters boxed, then all of it", () => {
    const html = expertSheetHtml(session, 'E2');
    const block = html.slice(html.indexOf('专家密钥确认'));
    expect(block).toContain(`<span class="head">3F2A 91C0</span><br><span class="full">3F2A 91C0 ${'ABCD '.repeat(6).trim()}<br>${'ABCD '.repeat(8).trim()}</span>`);
    expect(block).toContain('办公室按本签字件录入核对');
    expect(block).not.toContain('the office types from this signed sheet');
    expect(expertSheetHtml(session, 'E2', 'en')).toContain('the office types from this signed sheet');
    // Right above the expert's signature, which confirms the fingerprint too.
    expect(html.indexOf('专家密钥确认')).toBeGreaterThan(html.indexOf('评分细则'));
    expect(html).toContain('专家签字（确认评分与密钥指纹）');
  });

  it('an expert who has not checked in has no key to confirm, and the sheet says so', () => {
    const html = expertSheetHtml({ ...session, experts: session.experts.filter((e) => e.expertId !== 'E3') }, 'E3');
    expect(html).toContain('尚未签到，没有签名密钥');
    expect(html).not.toContain('class="check-code"');
  });
});
