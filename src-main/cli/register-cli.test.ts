import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { pastListXlsx, pastRow } from '../../tests/helpers/register-sheet';
import { tempDir } from '../../tests/helpers/temp-dir';
import { CLI_PROCESS_TIMEOUT } from '../../tests/helpers/timeouts';

const BIN = path.resolve(__dirname, '../../bin/studio-review.cjs');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: CLI_PROCESS_TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('studio-review register', () => {
  it('imports a past list, lists it, exports it, and the export imports into another data folder unchanged', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'office');
    const list = path.join(dir, '2023年名单.xlsx');
    fs.writeFileSync(list, await pastListXlsx([pastRow(2023, 1), pastRow(2023, 2, { 编号: '2023-JKWWT-05' }), pastRow(2024, 3, { '行业/领域': '体育' })]));

    const imported = cli('register', 'import', list, '--data-dir', data);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('3 studios of 2023, 2024');
    expect(imported.stdout).toContain('2023-JKWWT-06');

    const all = cli('register', 'list', '--data-dir', data);
    expect(all.code).toBe(0);
    expect(all.stdout.trim().split('\n')).toEqual([
      '编号\t年度\t工作室名称\t领衔人\t所在单位\t行业\t状态\t文号',
      '2024-JKWWT-01\t2024\t王3劳模创新工作室\t王3\t河南省第3人民医院\t体育\t正常\t豫教科文卫体工〔2024〕50号',
      '2023-JKWWT-05\t2023\t王2劳模创新工作室\t王2\t河南省第2人民医院\t卫生\t正常\t豫教科文卫体工〔2023〕50号',
      '2023-JKWWT-06\t2023\t王1劳模创新工作室\t王1\t河南省第1人民医院\t卫生\t正常\t豫教科文卫体工〔2023〕50号',
      '共 3 个工作室 / 3 studios',
    ]);
    const one = cli('register', 'list', '--data-dir', data, '--year', '2024');
    expect(one.stdout).toContain('共 1 个工作室 / 1 studios (2024)');

    const out = path.join(dir, '名册.xlsx');
    const exported = cli('register', 'export', '--data-dir', data, '--year', '2023', '--out', out);
    expect(exported.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0];
    expect([3, 4].map((n) => ws.getRow(n).getCell(2).value)).toEqual(['2023-JKWWT-05', '2023-JKWWT-06']);
    expect(ws.rowCount).toBe(4);

    const elsewhere = path.join(dir, 'elsewhere');
    expect(cli('register', 'import', out, '--data-dir', elsewhere).code).toBe(0);
    expect(cli('register', 'list', '--data-dir', elsewhere).stdout).toContain('2023-JKWWT-06\t2023\t王1劳模创新工作室');
  });

  it('refuses a list with bad rows or a number already taken, naming row and column, and imports nothing', async () => {
    const dir = tempDir();
    const data = path.join(dir, 'office');
    const first = path.join(dir, 'first.xlsx');
    fs.writeFileSync(first, await pastListXlsx([pastRow(2022, 1, { 编号: '2022-JKWWT-01' })]));
    expect(cli('register', 'import', first, '--data-dir', data).code).toBe(0);

    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, await pastListXlsx([pastRow(2022, 2), pastRow(2022, 3, { 编号: '2022-JKWWT-01' }), pastRow(2022, 4, { '行业/领域': '农业' })]));
    const refused = cli('register', 'import', bad, '--data-dir', data);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('2 处问题，未导入任何数据 / 2 problems, nothing imported:');
    expect(refused.stderr).toContain('第4行 row 4, 编号, "2022-JKWWT-01": 编号 2022-JKWWT-01 已在工作室名册中');
    expect(refused.stderr).toContain('第5行 row 5, 行业/领域, "农业"');
    expect(cli('register', 'list', '--data-dir', data).stdout).toContain('共 1 个工作室 / 1 studios');

    expect(cli('register', 'export', '--data-dir', data).code).toBe(2);
  });
});
