import type { OperationInput } from '../../src-shared/api/contract';
import type { ExpertWindowQuery } from '../../src-shared/pool/expert-window';
import { api } from '../api/client';
import { prefetch, takePrefetched } from '../api/prefetch';
import { i18n } from '../i18n';
import { firstWindow, type WindowRequest } from '../tables/use-windowed-list';
import { expertLabels } from './expert-columns';

/** The pool table's request for a window, with the words the table shows in the language in use. */
function windowInput(q: WindowRequest, labels: ExpertWindowQuery['labels']): OperationInput<'experts.window'> {
  return {
    offset: q.offset,
    limit: q.limit,
    search: q.search,
    filters: Object.fromEntries(q.columnFilters.map((f) => [f.id, f.value])) as ExpertWindowQuery['filters'],
    sort: q.sorting as ExpertWindowQuery['sort'],
    labels,
  };
}

/** A window of the pool; the first one of a visit may already be on its way (prefetchPool). */
export function loadPoolWindow(q: WindowRequest, labels: ExpertWindowQuery['labels']) {
  const input = windowInput(q, labels);
  return takePrefetched('experts.window', input) ?? api('experts.window', input);
}

/** On the way to 专家库 (a click in the menu, or start-up there): the table's first window, while the page's code loads. */
export function prefetchPool(): void {
  void prefetch('experts.window', windowInput(firstWindow(), expertLabels(i18n.getFixedT(i18n.language))));
}
