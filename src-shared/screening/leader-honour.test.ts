import { describe, expect, it } from 'vitest';
import type { Honour } from '../domain/nomination';
import { MIN_QUALIFYING_LEVEL } from '../demo/honours';
import { HONOUR_LEVELS } from '../domain/vocabulary';
import { MIN_HONOUR_LEVEL, leaderHonourCheck } from './leader-honour';
import { honour } from '../../src-main/testing/screening-fixtures';

describe('leader-honour (Art. 4.1)', () => {
  // Six listed kinds × three levels: each kind on both sides of its floor.
  it.each([
    ['model-worker', 'city', 'pass'],
    ['model-worker', 'provincial', 'pass'],
    ['model-worker', 'national', 'pass'],
    ['may-day-medal', 'city', 'pass'],
    ['may-day-medal', 'provincial', 'pass'],
    ['may-day-medal', 'national', 'pass'],
    ['craftsman-talent', 'city', 'pass'],
    ['craftsman-talent', 'provincial', 'pass'],
    ['craftsman-talent', 'national', 'pass'],
    ['special-allowance', 'city', 'fail'],
    ['special-allowance', 'provincial', 'pass'],
    ['special-allowance', 'national', 'pass'],
    ['sci-tech-progress-award', 'city', 'fail'],
    ['sci-tech-progress-award', 'provincial', 'pass'],
    ['sci-tech-progress-award', 'national', 'pass'],
    ['academic-leader', 'city', 'fail'],
    ['academic-leader', 'provincial', 'pass'],
    ['academic-leader', 'national', 'pass'],
  ] as const)('%s at %s level alone → %s', (kind, level, outcome) => {
    const r = leaderHonourCheck([honour(kind, level)]);
    expect(r).toMatchObject({
      id: 'leader-honour',
      article: '4.1',
      outcome,
      reason: outcome === 'pass' ? 'honour-qualifies' : 'honour-below-level',
    });
  });

  it.each([
    ['an unlisted honour alone', [honour('other', 'provincial')], 'review', 'honour-other-needs-judgement'],
    ['an unlisted honour at national level', [honour('other', 'national')], 'review', 'honour-other-needs-judgement'],
    ['unlisted + qualifying', [honour('other', 'provincial'), honour('may-day-medal', 'city')], 'pass', 'honour-qualifies'],
    ['qualifying + below-level', [honour('academic-leader', 'city'), honour('model-worker', 'city')], 'pass', 'honour-qualifies'],
    // The unlisted honour might still be judged equivalent, so a below-level listed one does not make it a fail.
    ['unlisted + below-level', [honour('sci-tech-progress-award', 'city'), honour('other', 'city')], 'review', 'honour-other-needs-judgement'],
    ['two below-level', [honour('sci-tech-progress-award', 'city'), honour('special-allowance', 'city')], 'fail', 'honour-below-level'],
    ['no honours', [], 'fail', 'no-honour'],
  ] as const)('%s → %s', (_label, honours, outcome, reason) => {
    expect(leaderHonourCheck(honours)).toMatchObject({ outcome, reason });
  });

  it('says which honour fell short and what level was needed', () => {
    const r = leaderHonourCheck([honour('sci-tech-progress-award', 'city', '郑州市科学技术进步奖一等奖')]);
    expect(r.message.zh).toContain('郑州市科学技术进步奖一等奖');
    expect(r.message.zh).toContain('科技进步奖，市级：推荐表注明为市级；要求省级以上');
    expect(r.message.en).toContain('science and technology progress award, city level: stated on the form as city level; required: provincial level or above');
  });

  it('words the academic leader requirement as the article does', () => {
    const r = leaderHonourCheck([honour('academic-leader', 'city', '郑州市学术技术带头人')]);
    expect(r.message.zh).toContain('要求省级主管行政部门以上');
  });

  it('names the qualifying honour on a pass and the unlisted one on a review', () => {
    expect(leaderHonourCheck([honour('model-worker', 'provincial', '河南省劳动模范')]).message.zh).toContain(
      '“河南省劳动模范”（劳动模范（先进工作者），省级：推荐表注明为省级；要求市级以上）',
    );
    const review = leaderHonourCheck([honour('other', 'provincial', '河南省三八红旗手')]);
    expect(review.message.zh).toContain('河南省三八红旗手');
    expect(review.message.zh).toContain('等');
    expect(review.message.en).toContain('河南省三八红旗手');
  });

  it('agrees with the floor table the demo generator plants defects against', () => {
    expect(MIN_HONOUR_LEVEL).toEqual(MIN_QUALIFYING_LEVEL);
    expect(HONOUR_LEVELS).toEqual(['unit', 'county', 'city', 'provincial', 'national']); // the order levelAtLeast assumes
  });
});

describe('levels read from the wording when the form states none (never guessed)', () => {
  const unstated = (kind: Honour['kind'], name: string, issuer = ''): Honour => ({ kind, name, year: 2020, issuer });
  it.each([
    ['郑州市劳动模范', 'pass', 'honour-qualifies', '省辖市'],
    ['郑州市中原区劳动模范', 'fail', 'honour-below-level', '县级'], // a city district
    ['新郑市劳动模范', 'fail', 'honour-below-level', '县级市'], // a county-level city under 郑州
    ['中原油田劳动模范', 'fail', 'honour-below-level', '单位'], // an enterprise's own honour
    ['河南省教科文卫体系统五一劳动奖章', 'review', 'honour-level-undetermined', '办公室'], // the sector union: the office's call
    ['湖北省劳动模范', 'review', 'honour-level-undetermined', '湖北'],
  ] as const)('%s → %s', (name, outcome, reason, why) => {
    const kind = name.includes('奖章') ? 'may-day-medal' : 'model-worker';
    const r = leaderHonourCheck([unstated(kind, name)]);
    expect(r).toMatchObject({ outcome, reason });
    expect(r.message.zh).toContain(name);
    expect(r.message.zh).toContain(why);
  });

  it('a qualifying honour settles it even beside one a reviewer would have to read', () => {
    const r = leaderHonourCheck([unstated('model-worker', '河南省劳动模范'), unstated('may-day-medal', '河南省教科文卫体系统五一劳动奖章')]);
    expect(r.outcome).toBe('pass');
  });
});
