import type { ServiceContext } from '../../src-main/services/context';
import { drawDemoPanel } from '../../src-main/testing/meeting-script';
import { inProcess } from '../../src-main/testing/simulate';
import type { DrawView } from '../../src-shared/api/views';

export { DEMO_WITNESSES as WITNESSES } from '../../src-main/testing/meeting-script';

/** The meeting script's draw with the draw tests' settings: 2 seats and 2 alternates in each of the five sectors, 2 per unit, left open. */
export function demoDraw(ctx: ServiceContext, drawId = '2026-DRAW-01'): Promise<DrawView> {
  return drawDemoPanel(inProcess(ctx), 2026, { drawId, perStratum: 2, unitCap: 2, place: '郑州 评审会场', operator: '周操作', finish: false });
}
