import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

// Long enough not to search at every keystroke, short enough to feel immediate.
const SEARCH_DELAY_MS = 300;

/**
 * A list's search box kept in the address as `?q=`, so that a search survives opening a record and coming
 * back, and can be bookmarked. The box follows the address when it changes from outside (a navbar link, a
 * saved view opened).
 * Returns what the box shows, its setter, and the search to run.
 */
export function useUrlSearch(): [text: string, setText: (text: string) => void, q: string] {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const [shownQ, setShownQ] = useState(q);
  if (q !== shownQ) {
    setShownQ(q);
    if (q !== text.trim()) setText(q);
  }
  // Replaced, not pushed: Back goes to the page before, not through every word typed. Other parameters of
  // the list (its filter, its order) stay as they are.
  const write = useDebouncedCallback(
    (next: string) =>
      setParams(
        (prev) => {
          const params = new URLSearchParams(prev);
          if (next) params.set('q', next);
          else params.delete('q');
          return params;
        },
        { replace: true },
      ),
    SEARCH_DELAY_MS,
  );
  return [text, (next) => { setText(next); write(next.trim()); }, q];
}
