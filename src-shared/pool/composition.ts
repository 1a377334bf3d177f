import type { ExpertStatus, TitleRank, UnitType } from '../domain/vocabulary';
import type { Message } from '../result';

export interface PoolComposition {
  /** Experts available for a draw. */
  available: number;
  /** Of those, full-senior experts of universities and hospitals: the pool's main body (Art. 6). */
  mainBody: number;
  /** mainBody / available, 0 when the pool is empty. */
  share: number;
  /** Available experts whose title awaits a reviewer's ruling (not counted as full-senior). */
  pendingTitles: number;
  /** Present when the main body is not the majority of the available pool. */
  warning?: Message;
}

/**
 * Art. 6: the panel is drawn "从高校、医院的正高级职称专家教授为主体的专家库": both halves count, a full-senior
 * expert of another kind of unit does not, and 为主体 is read as more than half of the experts a draw can pick.
 */
export function poolComposition(
  experts: ReadonlyArray<{ status: ExpertStatus; unitType: UnitType; titleRank: TitleRank | null }>,
): PoolComposition {
  const available = experts.filter((e) => e.status === 'available');
  const mainBody = available.filter(
    (e) => e.titleRank === 'full-senior' && (e.unitType === 'university' || e.unitType === 'hospital'),
  ).length;
  const pendingTitles = available.filter((e) => e.titleRank === null).length;
  const share = available.length ? mainBody / available.length : 0;
  const percent = (100 * share).toFixed(1);
  const warning =
    available.length > 0 && mainBody * 2 <= available.length
      ? {
          zh: `可抽取专家 ${available.length} 人中，高校、医院的正高级职称专家 ${mainBody} 人（${percent}%），未过半数；第六条要求专家库以高校、医院的正高级职称专家教授为主体。${pendingTitles ? `另有 ${pendingTitles} 人的职称待认定。` : ''}`,
          en: `Of ${available.length} experts available for a draw, ${mainBody} (${percent}%) are full-senior experts of universities and hospitals, not a majority; Art. 6 wants them to be the pool's main body.${pendingTitles ? ` ${pendingTitles} more have titles awaiting a ruling.` : ''}`,
        }
      : undefined;
  return { available: available.length, mainBody, share, pendingTitles, ...(warning ? { warning } : {}) };
}
