import type { PublicationView, StudioView } from '../../../src-shared/api/ops/publication';
import { SECTOR_LABELS, SECTORS } from '../../../src-shared/domain/vocabulary';
import { asideIn } from '../../../src-shared/text/locale-punctuation';
import { escapeHtml as h, MONO, printStampHtml, SANS, type PrintStamp } from '../html';
import { pick, say, type SheetLanguage } from '../sheet-language';

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
  .printed { margin-top: 14pt; font-size: 8.5pt; overflow-wrap: anywhere; }
`;

/** A date as the sheet's language writes it: 2026年12月1日, or 1 December 2026 in English. */
function listDate(iso: string, language: SheetLanguage): string {
  if (language === 'zh-CN') return zhDate(iso);
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return `${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`;
}

/**
 * The published list as the attachment (附件) of the office's notice: the title, the document number and date, and
 * one table per sector in the document's order (教育, 科技, 文化, 卫生, 体育) with each studio's register number,
 * name, leader, unit and recommender. Page x of y is printed in the footer by the printer. The Chinese sheet is the
 * official form; in English mode the same list prints in English (a translation for reading, names as registered).
 */
export function publicationListHtml(publication: PublicationView, studios: readonly StudioView[], language: SheetLanguage = 'zh-CN', printed?: PrintStamp): string {
  const t = pick(language);
  const m = say(language);
  const title = t(listTitle(publication.year), `List of the ${publication.year} model-worker and craftsman innovation studios`);
  const groups = SECTORS.map((sector) => ({ sector, studios: studios.filter((s) => s.sector === sector) })).filter((g) => g.studios.length);
  const heads = [t('登记编号', 'Register no.'), t('工作室名称', 'Studio'), t('领衔人', 'Leader'), t('工作单位', 'Work unit'), t('推荐单位', 'Recommended by')];
  const tables = groups
    .map(
      (g) => `<h2>${h(asideIn(language, m(SECTOR_LABELS[g.sector]), t(`${g.studios.length}个`, String(g.studios.length))))}</h2>
<table><thead><tr>${heads.map((x) => `<th>${x}</th>`).join('')}</tr></thead><tbody>
${g.studios.map((s) => `<tr><td class="no">${h(s.id)}</td><td class="left">${h(s.studioName)}</td><td>${h(s.leaderName)}</td><td class="left">${h(s.workUnitName)}</td><td class="left">${h(s.recommendingUnit)}</td></tr>`).join('\n')}
</tbody></table>`,
    )
    .join('\n');
  const content = `<div class="attachment">${t('附件', 'Attachment')}</div>
<h1>${h(title)}</h1>
<div class="doc">${h(publication.docNo)}</div>
<div class="date">${h(listDate(publication.publishedOn, language))}</div>
${tables}
<div class="total">${t(`共 ${studios.length} 个。`, `${studios.length} in all.`)}</div>`;
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${h(title)}</title><style>${STYLE}</style></head><body>
${content}
${printed ? printStampHtml(printed, language, content) : ''}
</body></html>`;
}
