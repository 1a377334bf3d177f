import { flexRender, type ColumnDef, type ColumnFiltersState, type Row, type SortingState, type Table } from '@tanstack/react-table';
import { elementScroll, useVirtualizer, type Rect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';
import { Empty, Input, Select, Space, Typography } from 'antd';
import { memo, type ReactElement, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './data-table.css';

/**
 * What the two tables share: the whole list in the page (DataTable) and the list read a window at a time from the
 * back end (WindowedTable) have the same search bar, header (sorting, filter selects), rows and empty state.
 */

export interface ColumnMeta {
  width?: number;
  /** A column with options gets a filter select under its header. */
  filterOptions?: { value: string; label: string }[];
}

/** What both tables take besides their rows. */
export interface TableProps<T> {
  columns: ColumnDef<T, unknown>[];
  rowKey(row: T): string;
  height?: number;
  toolbar?: ReactNode;
  onRowClick?(row: T): void;
  testId?: string;
  /** What to do when there is nothing yet, e.g. "点“导入”导入专家库 Excel 表". */
  empty?: string;
}

export const ROW_HEIGHT = 40;

/** The grid's column widths, from each column's `meta.width`. */
export function columnTemplate<T>(table: Table<T>): string {
  return table
    .getVisibleLeafColumns()
    .map((c) => `${(c.columnDef.meta as ColumnMeta | undefined)?.width ?? 140}px`)
    .join(' ');
}

/**
 * Virtual rows of a fixed height: only the rows on screen (and `overscan` either side) are in the DOM. The scroller's
 * height is known before it is measured, so the first render already has the rows (not a render without, a forced
 * layout, and a second render with them).
 */
export function useRows(count: number, scroller: RefObject<HTMLDivElement | null>, overscan: number, height: number) {
  return useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan,
    initialRect: { width: 0, height },
    observeElementRect: observeRectAfterLayout,
    scrollToFn: scrollUnlessAtTop,
  });
}

/**
 * The scroller's size once the browser has laid the page out. The library's own observer also reads it as the table
 * mounts, which forces the layout of the whole page just inserted inside that task (about 60 ms of the 10,000-expert
 * pool page's opening); until the first report, the rows come from `initialRect`.
 */
function observeRectAfterLayout(instance: Virtualizer<HTMLDivElement, Element>, report: (rect: Rect) => void) {
  const element = instance.scrollElement;
  if (!element) return;
  // In a ResizeObserver callback the layout is done: reading the size costs nothing.
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/** Scrollers the table has moved: only a scroller that has never moved is sure to be at the top without asking. */
const moved = new WeakSet<Element>();

/**
 * The library's scrolling, less its first write as the table mounts: it puts the new scroller at the top, where a new
 * scroller already is, and the write forces the layout of the whole page just inserted (about 90 ms of the pool
 * page's opening, once the size is no longer read).
 */
const scrollUnlessAtTop: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (!element) return;
  // Until the user scrolls, the library's offset is its initial 0, and only the library moves the scroller.
  const atTop = (instance.scrollOffset ?? 0) === 0 && !moved.has(element);
  if (atTop && offset + (options.adjustments ?? 0) === 0) return;
  moved.add(element);
  elementScroll(offset, options, instance);
};

interface SearchBarProps {
  value: string;
  onChange(value: string): void;
  shown: number;
  total: number;
  testId?: string;
  toolbar?: ReactNode;
}

export const SearchBar = memo(function SearchBar({ value, onChange, shown, total, testId, toolbar }: SearchBarProps) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 8 }}>
      <Input.Search
        allowClear
        placeholder={t('table.search')}
        aria-label={t('table.search')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        style={{ width: 280 }}
      />
      <Typography.Text type="secondary" data-testid={testId && `${testId}-count`}>
        {t('table.count', { shown, total })}
      </Typography.Text>
      {toolbar}
    </Space>
  );
});

interface HeadRowsProps<T> {
  table: Table<T>;
  /** With the sorting and the filters: what the header shows, so it renders again when one of them changes. */
  columns: ColumnDef<T, unknown>[];
  template: string;
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
}

export const HeadRows = memo(function HeadRows<T>({ table, template }: HeadRowsProps<T>) {
  const { t } = useTranslation();
  return (
    <div className="data-table-head" role="rowgroup">
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} className="data-table-row" style={{ gridTemplateColumns: template }} role="row">
          {group.headers.map((header) => {
            const meta = header.column.columnDef.meta as ColumnMeta | undefined;
            const sort = header.column.getIsSorted();
            return (
              <div key={header.id} className="data-table-cell data-table-th" role="columnheader">
                <button type="button" className="data-table-sort" onClick={header.column.getToggleSortingHandler()}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  {sort === 'asc' ? ' ▲' : sort === 'desc' ? ' ▼' : ''}
                </button>
                {meta?.filterOptions && (
                  <Select
                    size="small"
                    allowClear
                    placeholder={t('table.filter')}
                    style={{ width: '100%' }}
                    options={meta.filterOptions}
                    value={(header.column.getFilterValue() as string | undefined) ?? undefined}
                    onChange={(v) => header.column.setFilterValue(v)}
                  />
                )}
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}) as <T>(props: HeadRowsProps<T>) => ReactElement;

interface BodyRowProps<T> {
  row: Row<T>;
  /** The cells' renderers: a new set (another language) renders the row again. */
  columns: ColumnDef<T, unknown>[];
  start: number;
  template: string;
  onRowClick?(row: T): void;
}

export const BodyRow = memo(function BodyRow<T>({ row, start, template, onRowClick }: BodyRowProps<T>) {
  return (
    <div
      role="row"
      data-row-id={row.id}
      className={`data-table-row data-table-body-row${onRowClick ? ' clickable' : ''}`}
      style={{ gridTemplateColumns: template, position: 'absolute', top: 0, transform: `translateY(${start}px)`, height: ROW_HEIGHT }}
      onClick={onRowClick && (() => onRowClick(row.original))}
    >
      {row.getVisibleCells().map((cell) => (
        <div key={cell.id} className="data-table-cell" role="cell">
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </div>
      ))}
    </div>
  );
}) as <T>(props: BodyRowProps<T>) => ReactElement;

/** Nothing to show: nothing yet (`empty`), or nothing the search and filters keep. */
export function TableEmpty({ filtered, empty, testId }: { filtered: boolean; empty?: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Empty
      style={{ marginTop: 48 }}
      data-testid={testId && `${testId}-empty`}
      description={filtered ? t('guide.empty.filtered') : (empty ?? t('guide.empty.default'))}
    />
  );
}
