import { getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { memo, useEffect, useRef } from 'react';
import { BodyRow, columnTemplate, HeadRows, ROW_HEIGHT, SearchBar, TableEmpty, useRows, type TableProps } from './table-parts';
import type { WindowAnswer, WindowedList } from './use-windowed-list';

interface Props<T, A extends WindowAnswer<T>> extends TableProps<T> {
  /** The list and its query (useWindowedList); the table shows it once it has a first answer. */
  list: WindowedList<T, A> & { answer: A };
}

/**
 * DataTable's look and behaviour (search across all columns, filter selects, sorting by header, virtual rows) for a
 * list the back end searches, filters and sorts: the scroll height is the whole list's, only the lines on screen
 * and a margin are in the page, and a line not yet arrived shows as an empty placeholder, so scrolling never waits.
 */
export function WindowedTable<T, A extends WindowAnswer<T>>({ list, columns, rowKey, height = 560, toolbar, onRowClick, testId, empty }: Props<T, A>) {
  const { answer, query } = list;
  // The table only keeps the header's state and draws the cells: the rows arrive searched, filtered and sorted.
  const table = useReactTable({
    data: answer.rows,
    columns,
    state: { sorting: query.sorting, columnFilters: query.columnFilters, globalFilter: list.search },
    onSortingChange: list.setSorting,
    onColumnFiltersChange: list.setColumnFilters,
    manualSorting: true,
    manualFiltering: true,
    // What the whole-list table does for text columns: a first click sorts ascending.
    sortDescFirst: false,
    getRowId: rowKey,
    getCoreRowModel: getCoreRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useRows(answer.matched, scroller, 4, height);
  const template = columnTemplate(table);
  const items = virtualizer.getVirtualItems();
  const first = items.length ? items[0].index : 0;
  const last = items.length ? items[items.length - 1].index + 1 : 0;
  const { show } = list;
  useEffect(() => show(first, last), [show, first, last]);

  return (
    <div className="data-table" data-testid={testId}>
      <SearchBar value={list.search} onChange={list.setSearch} shown={answer.matched} total={answer.total} testId={testId} toolbar={toolbar} />
      <div ref={scroller} className="data-table-scroll" style={{ height }} role="table">
        <HeadRows table={table} columns={columns} template={template} sorting={query.sorting} columnFilters={query.columnFilters} />
        {answer.matched === 0 && <TableEmpty filtered={answer.total > 0} empty={empty} testId={testId} />}
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index - answer.offset];
            return row ? (
              <BodyRow key={row.id} row={row} columns={columns} start={item.start} template={template} onRowClick={onRowClick} />
            ) : (
              <Placeholder key={`placeholder-${item.index}`} start={item.start} />
            );
          })}
        </div>
      </div>
    </div>
  );
}

/** A line on its way from the back end. */
const Placeholder = memo(function Placeholder({ start }: { start: number }) {
  return <div role="row" aria-busy="true" className="data-table-placeholder-row" style={{ transform: `translateY(${start}px)`, height: ROW_HEIGHT }} />;
});
