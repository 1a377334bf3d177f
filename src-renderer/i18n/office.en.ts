import type { officeZhCN } from './office.zh-CN';

export const officeEn: typeof officeZhCN = {};
