import { Anchor, Center, Checkbox, Loader, Paper } from '@mantine/core';
import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PersonListItem } from './api.ts';
import { joinName, type GridColumn } from './gridColumns.tsx';
import classes from './PeopleGrid.module.css';
import type { FromList } from './PersonHeader.tsx';
import { hasSelection, isSelected, loadedState, type Selection } from './selection.ts';
import { useVisibleRows } from './useVisibleRows.ts';

// Within this many rows of the last loaded one, the next page is fetched: it arrives before it is needed.
const LOOKAHEAD = 30;

export interface PeopleRowsProps {
  rows: PersonListItem[];
  columns: GridColumn[];
  label: string;
  /** Handed to the record, whose back link returns to this list as it was. */
  fromList: FromList;
  /** Null when the user may not change people: no boxes to tick. */
  selection: Selection | null;
  onToggle: (personId: string) => void;
  onToggleLoaded: () => void;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
}

/** Fetches the next page once the drawn rows come near the end of the loaded ones. */
export function useLoadAhead(end: number, { rows, hasMore, loadingMore, onLoadMore }: Pick<PeopleRowsProps, 'rows' | 'hasMore' | 'loadingMore' | 'onLoadMore'>) {
  useEffect(() => {
    if (hasMore && !loadingMore && end >= rows.length - LOOKAHEAD) onLoadMore();
  }, [end, rows.length, hasMore, loadingMore, onLoadMore]);
}

export function PersonLink({ person, fromList }: { person: PersonListItem; fromList: FromList }) {
  return (
    <Anchor component={Link} to={`/people/${person.personId}`} state={fromList} fw={600} size="sm">
      {joinName(person.familyName, person.givenName)}
    </Anchor>
  );
}

const ROW_HEIGHT = 44;
const CHECK_WIDTH = 44;
const NAME_WIDTH = 150;
const BAR_ROOM = 72;

/**
 * The people list on a wide screen: a table in its own scrolling box, its header held at the top, that
 * draws only the rows on screen — thousands of loaded rows scroll as lightly as fifty — and fetches the next
 * page as the end comes near. Columns share out the width beyond their least; narrower, the box scrolls sideways.
 */
export function PeopleGrid(props: PeopleRowsProps) {
  const { rows, columns, label, fromList, selection, onToggle, onToggleLoaded, hasMore } = props;
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLDivElement>(null);
  const count = rows.length + (hasMore ? 1 : 0);
  const { start, end } = useVisibleRows(body, scroller, count, ROW_HEIGHT);
  useLoadAhead(end, props);

  const widths = [...(selection ? [`${CHECK_WIDTH}px`] : []), `minmax(${NAME_WIDTH}px, ${NAME_WIDTH}fr)`, ...columns.map((c) => `minmax(${c.width}px, ${c.width}fr)`)];
  const minWidth = (selection ? CHECK_WIDTH : 0) + NAME_WIDTH + columns.reduce((sum, c) => sum + c.width, 0);
  const line: CSSProperties = { gridTemplateColumns: widths.join(' '), minWidth };
  const loadedIds = rows.map((r) => r.personId);
  const headerState = selection ? loadedState(selection, loadedIds) : 'none';

  return (
    <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
      <div
        ref={scroller}
        className={classes.scroller}
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        // The bulk bar floats over the box's end: room below the last row, so that it can be scrolled clear.
        style={{ paddingBottom: selection && hasSelection(selection) ? BAR_ROOM : 0 }}
      >
        <div role="rowgroup">
          <div role="row" aria-rowindex={1} className={classes.header} style={line}>
            {selection ? (
              <div role="columnheader" className={classes.check}>
                <Checkbox
                  size="sm"
                  checked={headerState === 'all'}
                  indeterminate={headerState === 'some'}
                  onChange={onToggleLoaded}
                  aria-label={t('bulk.selectLoaded')}
                />
              </div>
            ) : null}
            <div role="columnheader" className={classes.cell}>
              {t('people.name')}
            </div>
            {columns.map((column) => (
              <div key={column.id} role="columnheader" className={classes.cell} title={column.header}>
                {column.header}
              </div>
            ))}
          </div>
        </div>
        <div ref={body} role="rowgroup" className={classes.body} style={{ height: count * ROW_HEIGHT, minWidth }}>
          {rows.slice(start, end).map((person, offset) => {
            const index = start + offset;
            const selected = selection ? isSelected(selection, person.personId) : false;
            const name = joinName(person.familyName, person.givenName);
            return (
              <div
                key={person.personId}
                role="row"
                aria-rowindex={index + 2}
                className={classes.row}
                data-odd={index % 2 === 1 || undefined}
                data-selected={selected || undefined}
                style={{ ...line, top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
              >
                {selection ? (
                  <div role="cell" className={classes.check}>
                    <Checkbox size="sm" checked={selected} onChange={() => onToggle(person.personId)} aria-label={t('bulk.selectRow', { name })} />
                  </div>
                ) : null}
                <div role="cell" className={classes.cell}>
                  <PersonLink person={person} fromList={fromList} />
                </div>
                {columns.map((column) => (
                  <div key={column.id} role="cell" className={classes.cell}>
                    {column.render(person)}
                  </div>
                ))}
              </div>
            );
          })}
          {hasMore && end > rows.length ? (
            <Center className={classes.row} style={{ top: rows.length * ROW_HEIGHT, height: ROW_HEIGHT }}>
              <Loader size="sm" aria-label={t('ui.loading')} />
            </Center>
          ) : null}
        </div>
      </div>
    </Paper>
  );
}
