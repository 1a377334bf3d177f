import type { Message } from '../result';
import type { StudioSource, StudioStatus } from './vocabulary';

export const STUDIO_STATUS_LABELS: Record<StudioStatus, Message> = {
  active: { zh: '正常', en: 'Active' },
  rectifying: { zh: '整改中', en: 'Rectifying' },
  revoked: { zh: '已撤销', en: 'Revoked' },
};

export const STUDIO_SOURCE_LABELS: Record<StudioSource, Message> = {
  published: { zh: '本会发文公布', en: 'Published here' },
  imported: { zh: '往年名单导入', en: 'Imported from an earlier list' },
};
