import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';

// Long enough not to search at every keystroke, short enough to feel immediate.
const SEARCH_DELAY_MS = 300;

/**
 * A list's search box kept in the address as `?q=`, so that a search survives opening a record and coming
 * back, and can be bookmarked. The box follows the address when it changes from outside (a navbar link).
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
  const write = useDebouncedCallback((next: string) => setParams(next ? { q: next } : {}, { replace: true }), SEARCH_DELAY_MS);
  return [text, (next) => { setText(next); write(next.trim()); }, q];
}
