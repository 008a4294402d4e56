import { Box } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { visibleRange } from './options.ts';

// Rows drawn beyond each edge of the view, so that a quick scroll does not show blank space.
const OVERSCAN = 6;

interface VirtualListProps<T> {
  items: readonly T[];
  /** Every row has this height, which lets the list know where each one goes without drawing it. */
  rowHeight: number;
  maxHeight: number;
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ReactNode;
  label: string;
}

/**
 * A scrolling list that draws only the rows on screen: a choice field can have hundreds of options, each
 * row with its buttons, and drawing them all would make every click on the page wait for them.
 */
export function VirtualList<T>({ items, rowHeight, maxHeight, itemKey, renderItem, label }: VirtualListProps<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const height = Math.min(maxHeight, items.length * rowHeight);
  // A list that got shorter (a filter) may not have reported its new scroll position yet.
  const top = Math.min(scrollTop, Math.max(0, items.length * rowHeight - height));
  const { start, end } = visibleRange(top, height, rowHeight, items.length, OVERSCAN);
  return (
    <Box
      role="list"
      aria-label={label}
      h={height}
      style={{ overflowY: 'auto', position: 'relative', overscrollBehavior: 'contain' }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
    >
      <div style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(start, end).map((item, offset) => (
          <div
            key={itemKey(item)}
            role="listitem"
            aria-setsize={items.length}
            aria-posinset={start + offset + 1}
            style={{ position: 'absolute', top: (start + offset) * rowHeight, left: 0, right: 0, height: rowHeight }}
          >
            {renderItem(item, start + offset)}
          </div>
        ))}
      </div>
    </Box>
  );
}
