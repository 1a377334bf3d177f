import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type ColumnFiltersState,
  type Row,
  type SortingState,
  type Table,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Empty, Input, Select, Space, Typography } from 'antd';
import { memo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './data-table.css';

export interface ColumnMeta {
  width?: number;
  /** A column with options gets a filter select under its header. */
  filterOptions?: { value: string; label: string }[];
}

interface Props<T> {
  data: T[];
  columns: ColumnDef<T, unknown>[];
  rowKey(row: T): string;
  height?: number;
  toolbar?: ReactNode;
  onRowClick?(row: T): void;
  testId?: string;
  /** What to do when there is nothing yet, e.g. "点“导入”导入专家库 Excel 表". */
  empty?: string;
}

const ROW_HEIGHT = 40;

/**
 * Sorting (click a header), search across all columns, per-column filters, and virtual rows: only the
 * rows on screen are in the DOM, so 10,000 experts scroll as smoothly as 100.
 */
export function DataTable<T>({ data, columns, rowKey, height = 560, toolbar, onRowClick, testId, empty }: Props<T>) {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>([]);
  const [globalFilter, setGlobalFilter] = useState('');
  const [columnFilters, setColumnFilters] = useState<ColumnFiltersState>([]);
  const table = useReactTable({
    data,
    columns,
    state: { sorting, globalFilter, columnFilters },
    onSortingChange: setSorting,
    onGlobalFilterChange: setGlobalFilter,
    onColumnFiltersChange: setColumnFilters,
    getRowId: rowKey,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = table
    .getVisibleLeafColumns()
    .map((c) => `${(c.columnDef.meta as ColumnMeta | undefined)?.width ?? 140}px`)
    .join(' ');

  // Scrolling renders this component once a frame: the search bar, the header (with its selects) and the rows
  // already on screen are memoised, so a frame renders only the rows that scrolled in.
  return (
    <div className="data-table" data-testid={testId}>
      <SearchBar value={globalFilter} onChange={setGlobalFilter} shown={rows.length} total={data.length} testId={testId} toolbar={toolbar} />
      <div ref={scroller} className="data-table-scroll" style={{ height }} role="table">
        <HeadRows table={table} columns={columns} template={template} sorting={sorting} columnFilters={columnFilters} />
        {rows.length === 0 && (
          <Empty
            style={{ marginTop: 48 }}
            data-testid={testId && `${testId}-empty`}
            description={data.length > 0 ? t('guide.empty.filtered') : (empty ?? t('guide.empty.default'))}
          />
        )}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            return <BodyRow key={row.id} row={row} columns={columns} start={item.start} template={template} onRowClick={onRowClick} />;
          })}
        </div>
      </div>
    </div>
  );
}

interface SearchBarProps {
  value: string;
  onChange(value: string): void;
  shown: number;
  total: number;
  testId?: string;
  toolbar?: ReactNode;
}

const SearchBar = memo(function SearchBar({ value, onChange, shown, total, testId, toolbar }: SearchBarProps) {
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

const HeadRows = memo(function HeadRows<T>({ table, template }: HeadRowsProps<T>) {
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

const BodyRow = memo(function BodyRow<T>({ row, start, template, onRowClick }: BodyRowProps<T>) {
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
