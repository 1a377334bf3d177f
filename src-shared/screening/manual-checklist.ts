import { z } from 'zod';

/**
 * The conditions of Art. 4.2 to 4.5 that no field can prove: a screener reads the materials (and visits, if
 * need be), ticks each item and writes a note. Order and wording follow the seed text.
 *
 * 4.2 is here as well as in the automatic checks: the date is automatic, but "有效运行" with "相对固定的团队协作
 * 模式" (running effectively with a stable team) is a judgement.
 */
export const MANUAL_ITEMS = [
  {
    id: 'stable-team',
    article: '4.2',
    zh: '有效运行，以相对固定的团队协作模式开展创新工作',
    en: 'Runs effectively, with a relatively stable team working together',
  },
  { id: 'fixed-workplace', article: '4.3', zh: '具有相对固定的工作场所', en: 'Relatively fixed workplace' },
  { id: 'basic-equipment', article: '4.3', zh: '具有基本的设施设备', en: 'Basic facilities and equipment' },
  {
    id: 'research-topics-and-goals',
    article: '4.3',
    zh: '具有明确的攻关课题和创新目标',
    en: 'Clear research topics and innovation goals',
  },
  { id: 'necessary-funding', article: '4.3', zh: '具有必要的工作经费', en: 'Necessary working funds' },
  { id: 'management-system', article: '4.3', zh: '具有完善的管理制度', en: 'A complete set of management rules' },
  {
    id: 'regular-activities',
    article: '4.3',
    zh: '定期开展技术攻关或创新活动，运作规范有序',
    en: 'Regular problem-solving or innovation activities, run in an orderly way',
  },
  {
    id: 'innovation-projects',
    article: '4.4',
    zh: '承担本地、本行业、本单位的创新课题或革新项目',
    en: 'Undertakes innovation topics or improvement projects of its locality, sector or organisation',
  },
  { id: 'innovation-results', article: '4.4', zh: '取得创新成果', en: 'Has achieved innovation results' },
  {
    id: 'economic-social-benefit',
    article: '4.4',
    zh: '产生显著经济效益和社会效益',
    en: 'Marked economic and social benefit',
  },
  {
    id: 'collective-innovation',
    article: '4.5',
    zh: '发挥集智创新、协同攻关、传承技能等功能',
    en: 'Pools ideas, solves problems together and passes on skills',
  },
  {
    id: 'drives-staff-skills',
    article: '4.5',
    zh: '带动群众性技术创新活动和职工技能素质提升',
    en: 'Drives staff-wide technical innovation and raises staff skills',
  },
] as const satisfies ReadonlyArray<{ id: string; article: string; zh: string; en: string }>;

export type ManualItem = (typeof MANUAL_ITEMS)[number];
export type ManualItemId = ManualItem['id'];
export const MANUAL_ITEM_IDS = MANUAL_ITEMS.map((i) => i.id) as readonly ManualItemId[];

/** One ticked (or not yet ticked) item. `met: null` = not yet judged, which keeps the outcome open. */
export interface ManualAnswer {
  itemId: ManualItemId;
  met: boolean | null;
  note: string;
}

/** For answers read back from storage (screenings.manual) or received over the API. */
export const manualAnswerSchema = z.object({
  itemId: z.enum(MANUAL_ITEM_IDS as [ManualItemId, ...ManualItemId[]]),
  met: z.boolean().nullable(),
  note: z.string().trim().max(2000).default(''),
});

export function manualItem(id: ManualItemId): ManualItem {
  const item = MANUAL_ITEMS.find((i) => i.id === id);
  if (!item) throw new RangeError(`unknown manual checklist item: ${id}`);
  return item;
}

/** A blank checklist: every item present, none judged yet. */
export function blankChecklist(): ManualAnswer[] {
  return MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: null, note: '' }));
}
