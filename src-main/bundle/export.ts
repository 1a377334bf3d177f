import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleExportView } from '../../src-shared/api/ops/bundle';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { deviceKey } from '../services/device-key';
import { deviceKeyView } from '../services/device-key';
import { trustOneKey, type TrustLookup } from './trust-lookup';
import { collectBundleData } from './collect';
import { VERIFY_HTML } from './layout';
import { renderBundle, sealBundle, totalBytes, type BundleFiles } from './render';
import { verifyBundleFolder } from './verify';
import { readVerifyPage } from './verify-page';
import { nodeIo, syncDir, writeBundleFolder, type WriteIo } from './write-folder';
import { auditSubject } from '../../src-shared/audit/subjects';

/** e.g. 评审结果包-2026-S07-20261125T013045Z: the session, and when it was made, so a second export never collides. */
export function bundleFolderName(sessionId: string, createdAt: string): string {
  return `评审结果包-${sessionId}-${createdAt.replace(/[-:]/g, '').replace(/\.\d+/, '')}`;
}

/** The export checks its own work with its own key, as the office will with the enrolled copy of it. */
function selfTrust(ctx: ServiceContext): TrustLookup {
  return trustOneKey(deviceKeyView(ctx).publicKey, 'meeting-laptop', '本机 this laptop');
}

/**
 * Exports a signed session's result bundle to `destination` (a USB stick):
 * 1. built and signed in a local temporary folder, and verified there;
 * 2. free space on the stick checked (fs.statfs) against the bundle's size;
 * 3. copied under a temporary name, every file and folder fsynced;
 * 4. read back from the stick and verified again;
 * 5. renamed to its final name, the stick's folder fsynced, the export recorded in the audit log;
 * and only then reported safe to remove. Any failure removes the temporary copy: under the final name there is
 * either a whole, verified bundle or nothing.
 */
export async function exportBundle(ctx: ServiceContext, sessionId: string, destination: string, options: { passphrase?: string; io?: WriteIo } = {}): Promise<Result<BundleExportView>> {
  const { passphrase, io = nodeIo } = options;
  // A wrong destination is said at once, before the minutes of printing.
  const dest = destinationFolder(destination);
  if (isErr(dest)) return dest;
  // A locked key is said before the minutes of printing too.
  const unlocked = deviceKey(ctx, passphrase);
  if (isErr(unlocked)) return unlocked;
  const keys = unlocked.value;
  const data = await collectBundleData(ctx, sessionId);
  if (isErr(data)) return data;
  // The offline verify page rides in every bundle, listed in the manifest and so signed with the rest.
  const page = readVerifyPage();
  if (isErr(page)) return page;
  const rendered = renderBundle(data.value, keys.publicKey);
  rendered.set(VERIFY_HTML, page.value);
  const files = sealBundle(rendered, keys);
  const name = bundleFolderName(sessionId, data.value.createdAt);
  const trust = selfTrust(ctx);

  const local = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-review-export-'));
  try {
    const localDir = path.join(local, name);
    writeBundleFolder(localDir, files);
    const first = verifyBundleFolder(localDir, { trust, now: ctx.now() });
    if (!first.report.verified) {
      const f = first.report.checks.find((c) => c.status === 'failed')!;
      return err('bundle-self-check-failed', `结果包自检未通过：${f.message.zh}`, `The bundle failed its own check: ${f.message.en}`);
    }
    const placed = placeOnStick(files, name, dest.value, first.report.bundleSha256!, trust, ctx.now(), io);
    if (isErr(placed)) return placed;
    const view: BundleExportView = { folder: placed.value, name, bundleSha256: first.report.bundleSha256!, files: files.size, bytes: totalBytes(files), safeToRemove: true };
    ctx.store.transaction(() => {
      ctx.store.audit({ actor: ctx.actor, action: 'bundle.export', subject: auditSubject.session(sessionId), details: { folder: view.folder, bundleSha256: view.bundleSha256, files: view.files, bytes: view.bytes } });
      return ok(undefined);
    });
    return ok(view);
  } finally {
    fs.rmSync(local, { recursive: true, force: true });
  }
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The folder a file is to be written to, as an absolute path; refused when it is not an existing folder. */
export function destinationFolder(destination: string): Result<string> {
  const dest = path.resolve(destination);
  if (!fs.existsSync(dest) || !fs.statSync(dest).isDirectory()) {
    return err('destination-not-folder', `目标位置 ${dest} 不是一个文件夹（请插入 U 盘并选择其中的文件夹）`, `The destination ${dest} is not a folder (insert the USB stick and choose a folder on it)`);
  }
  return ok(dest);
}

function placeOnStick(files: BundleFiles, name: string, dest: string, bundleSha256: string, trust: TrustLookup, now: Date, io: WriteIo): Result<string> {
  if (!fs.existsSync(dest) || !fs.statSync(dest).isDirectory()) {
    return err('destination-not-folder', `目标位置 ${dest} 已不可用（U 盘被拔出？）`, `The destination ${dest} is gone (was the stick removed?)`);
  }
  const final = path.join(dest, name);
  if (fs.existsSync(final)) {
    return err('bundle-exists', `${final} 已存在，未覆盖`, `${final} already exists; nothing was overwritten`);
  }
  // Room for the bytes plus a little per file for the file system's own bookkeeping.
  const need = totalBytes(files) + files.size * 4096 + 1024 * 1024;
  let free: number;
  try {
    free = io.freeBytes(dest);
  } catch (e) {
    return err('destination-unreadable', `无法读取 ${dest} 的剩余空间：${(e as Error).message}`, `Cannot read the free space of ${dest}: ${(e as Error).message}`);
  }
  if (free < need) {
    return err('not-enough-space', `U 盘空间不足：结果包需要 ${mb(need)}，${dest} 只剩 ${mb(free)}。请换一个 U 盘或腾出空间。`, `Not enough space on the stick: the bundle needs ${mb(need)}, ${dest} has ${mb(free)} free. Use another stick or free some space.`);
  }
  const temp = path.join(dest, `${name}.partial-${randomBytes(4).toString('hex')}`);
  try {
    writeBundleFolder(temp, files, io);
    const back = verifyBundleFolder(temp, { trust, now });
    if (!back.report.verified || back.report.bundleSha256 !== bundleSha256) {
      const f = back.report.checks.find((c) => c.status === 'failed');
      removeQuietly(temp);
      return err('bundle-copy-corrupt', `U 盘上的副本读回校验未通过${f ? `：${f.message.zh}` : ''}。未留下结果包，请换一个 U 盘重试。`, `The copy on the stick failed its read-back check${f ? `: ${f.message.en}` : ''}. No bundle was left; try another stick.`);
    }
    fs.renameSync(temp, final);
    syncDir(dest);
    return ok(final);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    const left = removeQuietly(temp) ? '' : `（临时文件夹 ${path.basename(temp)} 未能删除，可手动删除）`;
    const leftEn = left ? ` (the temporary folder ${path.basename(temp)} could not be removed; delete it by hand)` : '';
    if (code === 'ENOSPC') {
      return err('not-enough-space', `写入时 U 盘空间用完（${dest}）。未留下结果包${left}。`, `The stick ran out of space while writing (${dest}). No bundle was left${leftEn}.`);
    }
    return err('write-failed', `写入 ${dest} 失败（${code}：${(e as Error).message}）。未留下结果包${left}。请检查 U 盘后重试。`, `Writing to ${dest} failed (${code}: ${(e as Error).message}). No bundle was left${leftEn}. Check the stick and try again.`);
  }
}

function removeQuietly(dir: string): boolean {
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    return !fs.existsSync(dir);
  } catch {
    return false;
  }
}
