import { useEffect, useState, type RefObject } from 'react';
import { visibleRange } from '../fields/options.ts';

// Rows drawn beyond each edge of the view, so that a quick scroll does not show blank space.
const OVERSCAN = 8;
// Drawn before the first measurement: about a screen of rows.
const FIRST = 30;

/**
 * The rows of a list of equal-height rows that are on screen, for a list that draws only those: its own
 * scrolling box (`scroller`), or the page when there is none. Whatever scrolls is measured the same way: how
 * far the rows' top has moved past the top of the visible area.
 */
export function useVisibleRows(rows: RefObject<HTMLElement | null>, scroller: RefObject<HTMLElement | null> | null, count: number, rowHeight: number) {
  const [range, setRange] = useState({ start: 0, end: Math.min(count, FIRST) });
  useEffect(() => {
    const update = () => {
      const element = rows.current;
      if (!element) return;
      const top = element.getBoundingClientRect().top;
      const clip = scroller?.current?.getBoundingClientRect() ?? { top: 0, bottom: window.innerHeight };
      const next = visibleRange(Math.max(0, clip.top - top), Math.max(0, clip.bottom - Math.max(clip.top, top)), rowHeight, count, OVERSCAN);
      setRange((prev) => (prev.start === next.start && prev.end === next.end ? prev : next));
    };
    update();
    // Scroll events do not bubble, but a capturing listener on the window hears the box's as well as the page's.
    window.addEventListener('scroll', update, { capture: true, passive: true });
    window.addEventListener('resize', update);
    return () => {
      window.removeEventListener('scroll', update, { capture: true });
      window.removeEventListener('resize', update);
    };
  }, [rows, scroller, count, rowHeight]);
  // A list that got shorter (a new search) may not have been measured yet.
  return { start: Math.min(range.start, count), end: Math.min(range.end, count) };
}
