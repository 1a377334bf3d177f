import {
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/react-table';
import { useRef, useState } from 'react';
import { BodyRow, columnTemplate, HeadRows, SearchBar, TableEmpty, useRows, type TableProps } from './table-parts';

export type { ColumnMeta } from './table-parts';

interface Props<T> extends TableProps<T> {
  data: T[];
}

/**
 * Sorting (click a header), search across all columns, per-column filters, and virtual rows: only the
 * rows on screen are in the DOM. The whole list is in the page; a list too long for that is a WindowedTable.
 */
export function DataTable<T>({ data, columns, rowKey, height = 560, toolbar, onRowClick, testId, empty }: Props<T>) {
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
  const virtualizer = useRows(rows.length, scroller, 12, height);
  const template = columnTemplate(table);

  // Scrolling renders this component once a frame: the search bar, the header (with its selects) and the rows
  // already on screen are memoised, so a frame renders only the rows that scrolled in.
  return (
    <div className="data-table" data-testid={testId}>
      <SearchBar value={globalFilter} onChange={setGlobalFilter} shown={rows.length} total={data.length} testId={testId} toolbar={toolbar} />
      <div ref={scroller} className="data-table-scroll" style={{ height }} role="table">
        <HeadRows table={table} columns={columns} template={template} sorting={sorting} columnFilters={columnFilters} />
        {rows.length === 0 && <TableEmpty filtered={data.length > 0} empty={empty} testId={testId} />}
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
