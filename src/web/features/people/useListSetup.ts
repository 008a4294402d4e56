import { useLocalStorage } from '@mantine/hooks';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentSession } from '../../app/session.ts';
import { useFields } from '../fields/api.ts';
import { DEFAULT_COLUMNS, readColumns, sameColumns } from './columns.ts';
import { readSetup, sameSetup, setupOfView, writeSetup, type ListSetup } from './listSetup.ts';
import { useViews, type View } from './listApi.ts';

const columnsKey = (workspaceId: string) => `daifuku.people.columns.${workspaceId}`;

function parseStored(text: string | undefined): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    // Storage someone else wrote to: the default columns, as on a first visit.
    return null;
  }
}

/**
 * What the people list shows and how: the search, filter and order from the address, the saved view it was
 * opened from, and the columns — this browser's own choice (remembered per workspace, whose custom fields
 * they may name), or the open view's, which a change on screen leaves unsaved until the view is saved.
 */
export function useListSetup() {
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const { viewId, ...setup } = readSetup(params);
  const views = useViews();
  const fields = useFields('person');
  const view = (viewId && views.data?.find((v) => v.viewId === viewId)) || null;
  // Until the fields are known a custom column cannot be told from one of an archived field: both stay.
  const fieldIds = fields.data ? new Set(fields.data.map((f) => f.fieldId)) : null;
  const [stored, setStored] = useLocalStorage<unknown>({
    key: columnsKey(session.workspace.workspaceId),
    defaultValue: null,
    getInitialValueInEffect: false,
    deserialize: parseStored,
  });
  // Columns changed while a view is open: for that view only, until it is saved or left.
  const [viewColumns, setViewColumns] = useState<{ viewId: string; columns: string[] } | null>(null);

  const viewDefault = view ? (readColumns(view.definition.columns, fieldIds) ?? [...DEFAULT_COLUMNS]) : null;
  const columns = view
    ? viewColumns?.viewId === view.viewId
      ? viewColumns.columns
      : viewDefault!
    : (readColumns(stored, fieldIds) ?? [...DEFAULT_COLUMNS]);
  const setColumns = (next: string[]) => (view ? setViewColumns({ viewId: view.viewId, columns: next }) : setStored(next));
  const modified = view !== null && (!sameSetup(setup, setupOfView(view.definition)) || !sameColumns(columns, viewDefault!));

  return {
    setup,
    columns,
    setColumns,
    resetColumns: () => setColumns([...DEFAULT_COLUMNS]),
    view,
    views: views.data ?? [],
    modified,
    /** A new search, filter or order; each is a step Back can undo. */
    change: (patch: Partial<ListSetup>) => setParams((prev) => writeSetup(prev, patch)),
    /** Opens a saved view as it was saved, or the plain list (null). */
    openView: (next: View | null) => {
      setViewColumns(null);
      setParams(next ? writeSetup(new URLSearchParams(), { ...setupOfView(next.definition), viewId: next.viewId }) : new URLSearchParams());
    },
    /** After a view was saved under this list: it is the open one now, as saved. */
    adoptView: (saved: View) => {
      setViewColumns(null);
      setParams((prev) => writeSetup(prev, { viewId: saved.viewId }));
    },
  };
}

export type ListSetupHandle = ReturnType<typeof useListSetup>;
