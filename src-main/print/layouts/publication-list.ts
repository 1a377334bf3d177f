import type { PublicationView, StudioView } from '../../../src-shared/api/ops/publication';
import { SECTOR_LABELS, SECTORS } from '../../../src-shared/domain/vocabulary';
import { escapeHtml as h, MONO, SANS } from '../html';

/** 2026年12月1日, as an official document writes a date. */
export function zhDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

export const listTitle = (year: number) => `${year}年度劳模工匠创新工作室名单`;

const STYLE = `
  @page { size: A4; }
  body { font-family: ${SANS}; font-size: 11pt; color: #000; }
  .attachment { font-family: ${SANS}; font-size: 14pt; margin-bottom: 10pt; }
  h1 { font-size: 19pt; text-align: center; margin: 0 0 6pt; letter-spacing: 0.02em; }
  .doc { text-align: center; margin-bottom: 2pt; }
  .date { text-align: center; margin-bottom: 12pt; }
  h2 { font-family: ${SANS}; font-size: 13pt; margin: 12pt 0 4pt; page-break-after: avoid; }
  table { width: 100%; border-collapse: collapse; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  thead { display: table-header-group; }
  th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: middle; text-align: center; }
  td.left { text-align: left; }
  th { font-family: ${SANS}; font-weight: bold; }
  .no { white-space: nowrap; font-family: ${MONO}; font-size: 9.5pt; }
  .total { margin-top: 10pt; }
`;

/**
 * The published list as the attachment (附件) of the office's notice: the title, the document number and date, and
 * one table per sector in the document's order (教育, 科技, 文化, 卫生, 体育) with each studio's register number,
 * name, leader, unit and recommender. Page x of y is printed in the footer by the printer.
 */
export function publicationListHtml(publication: PublicationView, studios: readonly StudioView[]): string {
  const groups = SECTORS.map((sector) => ({ sector, studios: studios.filter((s) => s.sector === sector) })).filter((g) => g.studios.length);
  const tables = groups
    .map(
      (g) => `<h2>${h(SECTOR_LABELS[g.sector].zh)}（${g.studios.length}个）</h2>
<table><thead><tr><th>登记编号</th><th>工作室名称</th><th>领衔人</th><th>工作单位</th><th>推荐单位</th></tr></thead><tbody>
${g.studios.map((s) => `<tr><td class="no">${h(s.id)}</td><td class="left">${h(s.studioName)}</td><td>${h(s.leaderName)}</td><td class="left">${h(s.workUnitName)}</td><td class="left">${h(s.recommendingUnit)}</td></tr>`).join('\n')}
</tbody></table>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${h(listTitle(publication.year))}</title><style>${STYLE}</style></head><body>
<div class="attachment">附件</div>
<h1>${h(listTitle(publication.year))}</h1>
<div class="doc">${h(publication.docNo)}</div>
<div class="date">${h(zhDate(publication.publishedOn))}</div>
${tables}
<div class="total">共 ${studios.length} 个。</div>
</body></html>`;
}
