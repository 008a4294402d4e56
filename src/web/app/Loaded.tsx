import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../ui/QueryState.tsx';
import { describeError } from './problem.ts';

interface LoadedProps<T> {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}

/** Renders its children with the query's data, or the loading / failed state until there is some. */
export function Loaded<T>({ query, children }: LoadedProps<T>) {
  const { t } = useTranslation();
  if (query.data !== undefined) return <>{children(query.data)}</>;
  const error = query.isError ? describeError(query.error, t('errors.unexpected')) : null;
  return <QueryState error={error} onRetry={() => void query.refetch()} />;
}
