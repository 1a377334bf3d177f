import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openTestContext } from '../../tests/helpers/context';
import { insertTestStudio } from '../../tests/helpers/studios';
import { tempDir } from '../../tests/helpers/temp-dir';
import { runCli } from './main';

let out: string[];
let errs: string[];
beforeEach(() => {
  out = [];
  errs = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void errs.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

/** A data folder whose register holds two studios of 2020 (the CLI runs on the real clock: every date below is past). */
function dataFolder(): string {
  const dir = tempDir();
  const ctx = openTestContext(dir);
  try {
    insertTestStudio(ctx, 1, 2020);
    insertTestStudio(ctx, 2, 2020);
  } finally {
    ctx.store.close();
  }
  return dir;
}

const CHECK = ['--activities', '开展活动 2 次', '--results', '无明显成果', '--funds', '未使用', '--checker', '王敏', '--checker', '李强'];

describe('studio-review manage', () => {
  it('checks, re-checks and revokes a studio; refused steps exit 1 with the reason in both languages', async () => {
    const d = dataFolder();
    const studio = ['--data-dir', d, '--studio', '2020-JKWWT-01'];
    expect(await runCli(['manage', 'check', ...studio, '--year', '2021', '--date', '2021-03-01', '--finding', 'evident', ...CHECK])).toBe(0);
    expect(out.join('\n')).toContain('2021 年度检查 / check 2021-03-01: 作用发挥明显 / role evident (王敏、李强)');

    // Revoking an active studio is refused, and so is a second check of the same year.
    expect(await runCli(['manage', 'revoke', ...studio, '--date', '2021-04-01', '--doc-no', '豫教科文卫体工〔2021〕5号', '--reason', '作用不明显'])).toBe(1);
    expect(errs.join('\n')).toContain('第十七条');
    expect(errs.join('\n')).toContain('Art. 17');
    expect(await runCli(['manage', 'check', ...studio, '--year', '2021', '--date', '2021-03-02', '--finding', 'ordinary', ...CHECK])).toBe(1);
    expect(errs.join('\n')).toContain('one check per studio per year');

    expect(
      await runCli(['manage', 'check', ...studio, '--year', '2022', '--date', '2022-03-01', '--finding', 'not-evident', ...CHECK, '--deadline', '2022-06-30', '--requirements', '每季度开展活动']),
    ).toBe(0);
    expect(out.join('\n')).toContain('状态 / status: 整改中 / Rectifying');
    expect(await runCli(['manage', 'due', '--data-dir', d, '--year', '2022'])).toBe(0);
    expect(out.join('\n')).toMatch(/2020-JKWWT-01 测试工作室 1 期限 \/ deadline 2022-06-30: 已逾期 \/ OVERDUE/);
    expect(out.join('\n')).toContain('2020-JKWWT-02 测试工作室 2');

    const recheck = ['manage', 'recheck', ...studio, '--outcome', 'not-rectified', '--notes', '未开展活动', '--checker', '王敏'];
    expect(await runCli([...recheck, '--date', '2022-06-01'])).toBe(1);
    expect(errs.join('\n')).toContain('期限届满之前不能认定整改不到位');
    expect(await runCli([...recheck, '--date', '2022-07-05'])).toBe(0);
    expect(await runCli(['manage', 'revoke', ...studio, '--date', '2022-07-20', '--doc-no', '豫教科文卫体工〔2022〕8号', '--reason', '作用发挥不明显且整改不到位'])).toBe(0);
    expect(out.join('\n')).toContain('撤销 / revoked 2022-07-20 豫教科文卫体工〔2022〕8号');

    errs.length = 0;
    expect(await runCli(['manage', 'check', ...studio, '--year', '2023', '--date', '2023-03-01', '--finding', 'evident', ...CHECK])).toBe(1);
    expect(errs.join('\n')).toContain('不能重新启用');
    expect(errs.join('\n')).toContain('cannot be reopened');
    expect(await runCli(['manage', 'show', ...studio])).toBe(0);
    expect(out.at(-1)).toContain('撤销 / revoked 2022-07-20');
  });

  it('names a missing flag or a value it does not know, with exit 2', async () => {
    const d = dataFolder();
    expect(await runCli(['manage', 'check', '--data-dir', d, '--studio', '2020-JKWWT-01', '--year', '2021', '--date', '2021-03-01', ...CHECK])).toBe(2);
    expect(errs.join('\n')).toContain('missing --finding');
    expect(await runCli(['manage', 'recheck', '--data-dir', d, '--studio', '2020-JKWWT-01', '--date', '2021-03-01', '--outcome', 'fine', '--notes', 'x', '--checker', '王敏'])).toBe(2);
    expect(errs.join('\n')).toContain('rectified, not-rectified');
  });
});
