import { Center, Checkbox, Loader, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { joinName } from './gridColumns.tsx';
import classes from './PeopleGrid.module.css';
import { PersonLink, useLoadAhead, type PeopleRowsProps } from './PeopleGrid.tsx';
import { isSelected } from './selection.ts';
import { useVisibleRows } from './useVisibleRows.ts';

const ROW_HEIGHT = 72;
// A phone has room for a line of the other columns, not for all of them.
const SUMMARY_COLUMNS = 3;

/**
 * The people list on a phone: a row per person — the name, the furigana, and the first few chosen columns
 * on one line — with the page itself scrolling (a box within a phone's page would fight the thumb). Only the
 * rows on screen are drawn, and the next page comes as the end nears, as on the wide grid.
 */
export function PeopleCards(props: PeopleRowsProps) {
  const { rows, columns, label, fromList, selection, onToggle, hasMore } = props;
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const count = rows.length + (hasMore ? 1 : 0);
  const { start, end } = useVisibleRows(list, null, count, ROW_HEIGHT);
  useLoadAhead(end, props);
  const summary = columns.filter((c) => c.id !== 'familyNameKana').slice(0, SUMMARY_COLUMNS);

  return (
    <div ref={list} role="list" aria-label={label} className={classes.body} style={{ height: count * ROW_HEIGHT, borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      {rows.slice(start, end).map((person, offset) => {
        const index = start + offset;
        const selected = selection ? isSelected(selection, person.personId) : false;
        const name = joinName(person.familyName, person.givenName);
        const line = summary.map((c) => c.text(person)).filter(Boolean).join(' ・ ');
        return (
          <div
            key={person.personId}
            role="listitem"
            aria-setsize={rows.length}
            aria-posinset={index + 1}
            className={classes.item}
            data-selected={selected || undefined}
            style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
          >
            {selection ? (
              <Checkbox size="md" mt={2} checked={selected} onChange={() => onToggle(person.personId)} aria-label={t('bulk.selectRow', { name })} />
            ) : null}
            <div style={{ minWidth: 0, flex: 1 }}>
              <div className={classes.line}>
                <PersonLink person={person} fromList={fromList} />
                <Text span size="xs" c="dimmed" ml={6}>
                  {joinName(person.familyNameKana, person.givenNameKana)}
                </Text>
              </div>
              <Text size="sm" c="dimmed" className={classes.line} mt={4}>
                {line}
              </Text>
            </div>
          </div>
        );
      })}
      {hasMore && end > rows.length ? (
        <Center className={classes.item} style={{ top: rows.length * ROW_HEIGHT, height: ROW_HEIGHT }}>
          <Loader size="sm" aria-label={t('ui.loading')} />
        </Center>
      ) : null}
    </div>
  );
}
