import fs from 'node:fs';
import path from 'node:path';
import { KEY_ROLES, type BundleReport, type BundleSummary, type DeviceKeyView, type KeyRole, type PaperCodes } from '../../src-shared/api/ops/bundle';
import type { Message } from '../../src-shared/result';
import { isPaperCode, PAPER_CODE_LENGTH } from '../../src-shared/text/paper-code';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext, withScratchContext } from './context';
import { dataDir, positional, required, text } from './args';

/**
 * `keys show|export|import|revoke` and `bundle verify|import|export`: device keys, the trust store, and result
 * bundles from the shell, through the same operations as the app's pages. Every message is in both languages,
 * Chinese first.
 */

const both = (m: Message) => `${m.zh} / ${m.en}`;

function yearOption(args: ParsedArgs): number | undefined {
  const raw = text(args, 'year');
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/.test(raw)) throw new CliExit(EXIT.usage, '--year 需要四位年份 / --year needs a four-digit year');
  return Number(raw);
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliExit(EXIT.checkFailed, `无法读取 / cannot read ${file}: ${(e as Error).message}`);
  }
}

/**
 * The device key's passphrase comes from the environment, never from the command line (where `ps` and the shell
 * history would show it): STUDIO_REVIEW_KEY_PASSPHRASE for signing, STUDIO_REVIEW_NEW_KEY_PASSPHRASE for a new one.
 */
export const keyPassphrase = () => process.env.STUDIO_REVIEW_KEY_PASSPHRASE || undefined;

const isKeyRole = (r: string): r is KeyRole => (KEY_ROLES as readonly string[]).includes(r);

const ROLE_NAMES: Record<KeyRole, string> = { office: '办公室 office', 'meeting-laptop': '会场电脑 meeting laptop', expert: '专家 expert' };

function passphraseState(me: DeviceKeyView): string {
  if (me.protected) return '已设 set';
  if (me.noPassphrase) return `不设（${me.noPassphrase.by} 于 ${me.noPassphrase.at} 选择）/ none, chosen by ${me.noPassphrase.by} at ${me.noPassphrase.at}`;
  return '未设，签名前须设置或选择不设 / not set: set one, or choose none, before signing';
}

export async function keysShow(args: ParsedArgs): Promise<number> {
  return withContext(dataDir(args), async (ctx) => {
    const me = unwrap(await call(ctx, 'keys.device'));
    console.log(`本机密钥 / this device's key: ${me.keyId}`);
    console.log(`指纹 / fingerprint: ${me.fingerprint}`);
    console.log(`口令 / passphrase: ${passphraseState(me)}`);
    const keys = unwrap(await call(ctx, 'keys.list'));
    console.log(`信任名单 / trust store: ${keys.length} ${keys.length === 1 ? 'key' : 'keys'}`);
    for (const k of keys) {
      const state = k.revokedAt ? `已吊销 REVOKED ${k.revokedAt}: ${k.revokeReason}` : '有效 active';
      console.log(`  ${k.keyId}  ${ROLE_NAMES[k.role]}  ${k.label}  [${state}]\n    ${k.fingerprint}`);
    }
    return EXIT.ok;
  });
}

export async function keysExport(args: ParsedArgs): Promise<number> {
  const out = required(args, 'out');
  return withContext(dataDir(args), async (ctx) => {
    const file = unwrap(await call(ctx, 'keys.exportFile', { label: text(args, 'label'), passphrase: keyPassphrase() }));
    fs.writeFileSync(out, file.content);
    const me = unwrap(await call(ctx, 'keys.device'));
    console.log(`公钥文件已写入 / key file written: ${out}`);
    console.log(`指纹 / fingerprint: ${me.fingerprint}`);
    console.log('请把指纹读给对方核对 / read the fingerprint out to the other side to compare');
    return EXIT.ok;
  });
}

export async function keysImport(args: ParsedArgs): Promise<number> {
  const file = positional(args, 2, '密钥文件 / key file');
  const role = required(args, 'role');
  if (!isKeyRole(role)) throw new CliExit(EXIT.usage, `--role 应为 ${KEY_ROLES.join('|')} / --role must be ${KEY_ROLES.join('|')}`);
  const content = readFile(file);
  return withContext(dataDir(args), async (ctx) => {
    const preview = unwrap(await call(ctx, 'keys.preview', { content }));
    console.log(`密钥 / key: ${preview.keyId}（${preview.label}）`);
    console.log(`指纹 / fingerprint: ${preview.fingerprint}`);
    const k = unwrap(await call(ctx, 'keys.enrol', { content, role, label: text(args, 'label'), fingerprint: text(args, 'fingerprint') }));
    console.log(`已登记 / enrolled: ${k.keyId} ${ROLE_NAMES[k.role]} ${k.label}`);
    return EXIT.ok;
  });
}

export async function keysPassphrase(args: ParsedArgs): Promise<number> {
  const remove = args.values.remove === true;
  const none = args.values.none === true;
  const next = process.env.STUDIO_REVIEW_NEW_KEY_PASSPHRASE || undefined;
  if ([remove, none, next !== undefined].filter(Boolean).length !== 1) {
    throw new CliExit(
      EXIT.usage,
      '请设置环境变量 STUDIO_REVIEW_NEW_KEY_PASSPHRASE 为新口令，或用 --remove 取消口令，或用 --none 明确选择不设口令（记入审计日志） / set STUDIO_REVIEW_NEW_KEY_PASSPHRASE to the new passphrase, or give --remove, or --none to choose, on the record, to run without one',
    );
  }
  return withContext(dataDir(args), async (ctx) => {
    const r = unwrap(await (none ? call(ctx, 'keys.declinePassphrase') : call(ctx, 'keys.setPassphrase', { current: keyPassphrase(), next })));
    console.log(
      r.protected
        ? '本机密钥口令已设置 / the device key passphrase is set'
        : '本机密钥不设口令，此选择已记入审计日志 / the device key runs without a passphrase; the choice is in the audit log',
    );
    return EXIT.ok;
  });
}

export async function keysRevoke(args: ParsedArgs): Promise<number> {
  const id = positional(args, 2, '密钥编号 / key id');
  const reason = required(args, 'reason');
  return withContext(dataDir(args), async (ctx) => {
    const k = unwrap(await call(ctx, 'keys.revoke', { keyId: id, reason }));
    console.log(`已吊销 / revoked: ${k.keyId} ${k.label} — ${k.revokeReason}`);
    return EXIT.ok;
  });
}

/** Which bundle: its session and year, and whether that year was checked against the one asked for. */
const sessionLine = (s: BundleSummary, yearChecked: boolean) =>
  `评审会 / session: ${s.sessionId}  年度 / year: ${s.year}${yearChecked ? '' : '（未指定 --year，未核对年度 / no --year: any year verifies）'}  生成 / made: ${s.createdAt}`;

/** Prints a report: VERIFIED and a summary, or every failed check (after the session and year, once known). */
function printReport(report: BundleReport, yearChecked: boolean): number {
  const failed = report.checks.filter((c) => c.status === 'failed');
  if (report.verified && report.summary) {
    const s = report.summary;
    console.log('VERIFIED');
    console.log(sessionLine(s, yearChecked));
    console.log(`签名 / signed by: ${s.signer.label} (${s.signer.keyId})  ${s.signer.fingerprint}`);
    console.log(`文件 / files: ${s.files}  专家 / experts: ${s.experts}  推荐对象 / nominations: ${s.nominations}  建议名单 / proposed: ${s.proposed}`);
    console.log(`结果包 SHA-256 / bundle SHA-256: ${report.bundleSha256}`);
    console.log(`审计日志链尾 / audit head: ${s.auditHeadHash} (${s.auditEntries})`);
    // A paper marked not checked is shown with `!` and said again in capitals; a check this computer could not make (no
    // office record to compare with) with `–`: neither is ticked.
    const mark = { passed: '✓', 'not-checked': '!', skipped: '–', failed: '✗' } as const;
    for (const c of report.checks) console.log(`  ${mark[c.status]} ${c.check}: ${both(c.message)}`);
    for (const c of report.checks.filter((x) => x.status === 'not-checked')) console.log(`纸质签字件未核对 / PAPER NOT CHECKED: ${both(c.message)}`);
    return EXIT.ok;
  }
  console.error(`核验未通过 / NOT VERIFIED: ${failed.length} 项未通过 / ${failed.length} failed checks`);
  if (report.summary) console.error(sessionLine(report.summary, yearChecked));
  for (const c of failed) console.error(`  ✗ [${c.code}] ${both(c.message)}`);
  return EXIT.checkFailed;
}

/**
 * A key given with --trust is trusted; otherwise the trust store of --data-dir answers (revoked stays revoked).
 * Without --data-dir the check runs against an empty data folder made for it and removed afterwards, so a bundle
 * can be verified on a computer that holds no data of the app; whether the office issued its session package is
 * then reported as not performed (only the office's data folder records what it issued).
 */
export async function bundleVerify(args: ParsedArgs): Promise<number> {
  const folder = positional(args, 2, '结果包文件夹 / bundle folder');
  const keyFiles = (Array.isArray(args.values.trust) ? args.values.trust : typeof args.values.trust === 'string' ? [args.values.trust] : []) as string[];
  const trustKeyFiles = keyFiles.length ? keyFiles.map((f) => ({ name: path.basename(f), content: readFile(f) })) : undefined;
  const expectYear = yearOption(args);
  const dir = dataDir(args);
  const verify = async (ctx: ServiceContext) =>
    printReport(unwrap(await call(ctx, 'bundle.verify', { path: folder, expectYear, trustKeyFiles, officeRecord: dir !== undefined })), expectYear !== undefined);
  return dir ? withContext(dir, verify) : withScratchContext(verify);
}

/**
 * The codes typed from the signed papers: `--paper-commitment CODE` (the commitment page the witnesses signed) and
 * `--paper-expert ID=CODE` per expert (the score sheet they signed). `--paper-not-checked` marks every paper given no
 * code as not checked; without it every paper needs its code. Giving none of these is a usage error: the office
 * says either what it compared or that it compared nothing.
 */
function paperOption(args: ParsedArgs): PaperCodes {
  const notChecked = args.values['paper-not-checked'] === true;
  const commitment = text(args, 'paper-commitment');
  const pairs = (args.values['paper-expert'] ?? []) as string[];
  if (!notChecked && commitment === undefined) {
    throw new CliExit(
      EXIT.usage,
      '请用 --paper-commitment 和 --paper-expert 录入纸质签字件上的核对码，或用 --paper-not-checked 标明不核对 / give the codes from the signed papers with --paper-commitment and --paper-expert, or --paper-not-checked',
    );
  }
  const badCode = (code: string) =>
    new CliExit(EXIT.usage, `核对码至少 ${PAPER_CODE_LENGTH} 位十六进制字符（0–9、A–F）：${code} / a code needs at least ${PAPER_CODE_LENGTH} hex digits (0-9, A-F): ${code}`);
  if (commitment !== undefined && !isPaperCode(commitment)) throw badCode(commitment);
  const experts: Record<string, string> = {};
  for (const pair of pairs) {
    const m = /^([^=\s]+)=(.+)$/.exec(pair.trim());
    if (!m) throw new CliExit(EXIT.usage, `--paper-expert 应为 专家编号=核对码：${pair} / --paper-expert must be ID=CODE: ${pair}`);
    if (!isPaperCode(m[2])) throw badCode(m[2]);
    experts[m[1]] = m[2];
  }
  return { commitment: commitment ?? null, experts, othersNotChecked: notChecked };
}

/** Without --year the import is for the data folder's selection year (its settings); another year's bundle is refused. */
export async function bundleImport(args: ParsedArgs): Promise<number> {
  const folder = positional(args, 2, '结果包文件夹 / bundle folder');
  const paper = paperOption(args);
  return withContext(dataDir(args), async (ctx) => {
    const r = await call(ctx, 'bundle.import', { path: folder, expectYear: yearOption(args), paper });
    if (!r.ok) {
      console.error(both(r.error.message));
      for (const d of r.error.details ?? []) console.error(`  ✗ ${d.path ? `${d.path}: ` : ''}${both(d.message)}`);
      return EXIT.checkFailed;
    }
    printReport(r.value.report, true);
    console.log(`已导入 / taken in: ${r.value.sessionId} (${r.value.year}), ${r.value.proposedList.length} 个推荐对象 / nominations on the proposed list`);
    return EXIT.ok;
  });
}

export async function exportAfterSimulation(ctx: ServiceContext, sessionId: string, dir: string): Promise<void> {
  const r = unwrap(await call(ctx, 'bundle.export', { sessionId, destination: dir, passphrase: keyPassphrase() }));
  console.log(`结果包已导出 / bundle exported: ${r.folder}`);
  console.log(`结果包 SHA-256 / bundle SHA-256: ${r.bundleSha256}`);
  console.log('可以安全拔出 U 盘 / safe to remove');
}

export async function bundleExport(args: ParsedArgs): Promise<number> {
  const sessionId = positional(args, 2, '评审会编号 / session id');
  const out = required(args, 'out');
  return withContext(dataDir(args), async (ctx) => {
    await exportAfterSimulation(ctx, sessionId, out);
    return EXIT.ok;
  });
}

/** `verify-page export FILE`: saves the offline verify page and prints its SHA-256, to compare with the README's. */
export async function verifyPageExport(args: ParsedArgs): Promise<number> {
  const out = positional(args, 2, '输出文件 / output file');
  return withScratchContext(async (ctx) => {
    const page = unwrap(await call(ctx, 'bundle.verifyPage'));
    fs.writeFileSync(out, page.content);
    console.log(`核验页已写入 / verify page written: ${out}`);
    console.log(`SHA-256: ${page.sha256}`);
    return EXIT.ok;
  });
}
