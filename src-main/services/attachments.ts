import fs from 'node:fs';
import path from 'node:path';
import type { Selectable } from 'kysely';
import type { AttachmentView, FileDownload } from '../../src-shared/api/views';
import { err, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import type { AttachmentsTable } from '../store/schema-types';
import type { ServiceContext } from './context';
import { fileDownload } from './downloads';
import { auditSubject } from '../../src-shared/audit/subjects';

export const MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024;

/** Known by their first bytes, not their names: a renamed file is what it is. */
const SIGNATURES: { type: string; ext: string; magic: number[] }[] = [
  { type: 'application/pdf', ext: 'pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', ext: 'png', magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', ext: 'jpg', magic: [0xff, 0xd8, 0xff] },
];

const folder = (ctx: ServiceContext) => path.join(ctx.store.dataDir, 'attachments');
const storedPath = (ctx: ServiceContext, a: { sha256: string; media_type: string }) =>
  path.join(folder(ctx), `${a.sha256}.${SIGNATURES.find((s) => s.type === a.media_type)?.ext ?? 'bin'}`);

function toView(r: Selectable<AttachmentsTable>): AttachmentView {
  return { id: r.id, nominationId: r.nomination_id, fileName: r.file_name, mediaType: r.media_type, sha256: r.sha256, size: r.size, addedAt: r.added_at };
}

export interface StoredFile {
  mediaType: string;
  sha256: string;
  size: number;
}

/**
 * Checks a scan (PDF, PNG or JPEG, known by its first bytes; at most 50 MB) and copies it into the data folder's
 * `attachments/`, named by its SHA-256, written then renamed. Recording it is the caller's: a nomination's attachment
 * here, a ledger voucher's scan in office/ledger.ts.
 */
export function storeAttachmentFile(ctx: ServiceContext, fileName: string, content: Buffer): Result<StoredFile> {
  const kind = SIGNATURES.find((s) => s.magic.every((b, i) => content[i] === b));
  if (!kind) return err('attachment-type', `“${fileName}”不是 PDF、PNG 或 JPEG 文件`, `"${fileName}" is not a PDF, PNG or JPEG file`);
  if (content.length > MAX_ATTACHMENT_BYTES) {
    return err('attachment-too-large', `“${fileName}”超过 50 MB`, `"${fileName}" is larger than 50 MB`);
  }
  const sha256 = sha256Hex(content);
  const target = storedPath(ctx, { sha256, media_type: kind.type });
  if (!fs.existsSync(target)) {
    fs.mkdirSync(folder(ctx), { recursive: true });
    const temp = `${target}.partial`;
    fs.writeFileSync(temp, content, { flush: true });
    fs.renameSync(temp, target);
  }
  return ok({ mediaType: kind.type, sha256, size: content.length });
}

/** Copies the file into the data folder (named by its SHA-256, written then renamed) and records it. */
export function addAttachment(ctx: ServiceContext, nominationId: string, fileName: string, content: Buffer): Result<AttachmentView> {
  const { store } = ctx;
  const nomination = store.first(store.q.selectFrom('nominations').select('id').where('id', '=', nominationId));
  if (!nomination) return err('nomination-not-found', `找不到推荐对象 ${nominationId}`, `No nomination ${nominationId}`);
  const stored = storeAttachmentFile(ctx, fileName, content);
  if (!stored.ok) return stored;
  const { sha256, mediaType } = stored.value;
  return store.transaction(() => {
    const duplicate = store.first(
      store.q.selectFrom('attachments').select('id').where('nomination_id', '=', nominationId).where('sha256', '=', sha256),
    );
    if (duplicate) return err('attachment-exists', `该文件已作为附件添加过`, 'This file is already attached');
    const row = { nomination_id: nominationId, file_name: fileName, media_type: mediaType, sha256, size: content.length, added_at: ctx.now().toISOString() };
    const { id } = store.first(store.q.insertInto('attachments').values(row).returning('id'))!;
    store.audit({ actor: ctx.actor, action: 'attachment.add', subject: auditSubject.nomination(nominationId), details: { fileName, sha256, size: content.length } });
    return ok(toView({ ...row, id }));
  });
}

export function listAttachments({ store }: ServiceContext, nominationId: string): AttachmentView[] {
  return store
    .all(store.q.selectFrom('attachments').selectAll().where('nomination_id', '=', nominationId).orderBy('id'))
    .map(toView);
}

/** Reads an attachment back, refusing one whose bytes no longer match the hash recorded when it was added. */
export function readAttachment(ctx: ServiceContext, id: number): Result<FileDownload> {
  const row = ctx.store.first(ctx.store.q.selectFrom('attachments').selectAll().where('id', '=', id));
  if (!row) return err('attachment-not-found', `找不到附件 ${id}`, `No attachment ${id}`);
  return readStoredFile(ctx, row);
}

/** A stored file's bytes, refused when the file is gone or no longer hashes to what was recorded. */
export function readStoredFile(ctx: ServiceContext, row: { file_name: string; media_type: string; sha256: string }): Result<FileDownload> {
  const file = storedPath(ctx, row);
  if (!fs.existsSync(file)) return err('attachment-missing', `附件文件丢失：${row.file_name}`, `The attachment file is missing: ${row.file_name}`);
  const content = fs.readFileSync(file);
  if (sha256Hex(content) !== row.sha256) {
    return err('attachment-altered', `附件“${row.file_name}”已被改动（SHA-256 不符）`, `The attachment "${row.file_name}" was altered (SHA-256 mismatch)`);
  }
  return ok(fileDownload(row.file_name, row.media_type, content));
}
