import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import type { Field } from '../fields/api.ts';
import { customText } from '../fields/customValues.ts';
import { CustomValueView, useTextFormats } from '../fields/CustomValueView.tsx';
import type { PersonListItem } from './api.ts';
import { BUILT_IN_COLUMNS, customFieldOf } from './columns.ts';
import { StageBadge } from './PersonHeader.tsx';

export interface GridColumn {
  id: string;
  header: string;
  /** The least width in pixels; wider screens share out the rest. */
  width: number;
  render: (row: PersonListItem) => ReactNode;
  /** The value as plain text, for a phone's one-line summary of the row. */
  text: (row: PersonListItem) => string;
}

type BuiltIn = (typeof BUILT_IN_COLUMNS)[number];

export const joinName = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' ');

// The default columns fit a 1280 px screen beside the navbar; more scroll sideways.
const WIDTHS: Record<BuiltIn, number> = {
  familyNameKana: 130, email: 190, phone: 125, prefecture: 85, city: 110, companyName: 160, lifecycleStage: 95, tags: 180,
  ownerUserId: 120, createdAt: 105, updatedAt: 105, lastActivityAt: 105,
};
const CUSTOM_WIDTHS: Partial<Record<Field['type'], number>> = { boolean: 90, number: 110, currency: 130, date: 110, long_text: 240, url: 220, email: 220 };

function TagBadges({ tags }: { tags: readonly string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {tags.map((tag) => (
        <Badge key={tag} variant="outline" color="gray" radius="sm" tt="none" style={{ flexShrink: 0 }}>
          {tag}
        </Badge>
      ))}
    </Group>
  );
}

/** The headers of the column chooser and the grid: a built-in column's name, or the custom field's label. */
export function useColumnLabel(fields: readonly Field[]) {
  const { t } = useTranslation();
  const byId = new Map(fields.map((f) => [f.fieldId, f]));
  return (column: string): string | null => {
    const fieldId = customFieldOf(column);
    if (fieldId === null) return (BUILT_IN_COLUMNS as readonly string[]).includes(column) ? t(`people.columns.labels.${column as BuiltIn}`) : null;
    return byId.get(fieldId)?.label ?? null;
  };
}

/**
 * The chosen columns as the grid draws them. A column whose custom field is not known (still loading, or
 * archived since the view was saved) is left out.
 */
export function useGridColumns(columns: readonly string[], fields: readonly Field[], ownerNames: ReadonlyMap<string, string>): GridColumn[] {
  const { t } = useTranslation();
  const locale = currentLocale();
  const formats = useTextFormats();
  const label = useColumnLabel(fields);
  const byId = new Map(fields.map((f) => [f.fieldId, f]));
  const date = (iso: string | null | undefined) => formatDate(iso, locale);

  const builtIn = (id: BuiltIn): Omit<GridColumn, 'id' | 'header' | 'width'> => {
    switch (id) {
      case 'familyNameKana': {
        const text = (p: PersonListItem) => joinName(p.familyNameKana, p.givenNameKana);
        return { render: text, text };
      }
      case 'lifecycleStage':
        return { render: (p) => <StageBadge stage={p.lifecycleStage} />, text: (p) => t(`people.stages.${p.lifecycleStage}`) };
      case 'tags':
        return { render: (p) => <TagBadges tags={p.tags} />, text: (p) => p.tags.join(formats.separator) };
      case 'ownerUserId': {
        const text = (p: PersonListItem) => (p.ownerUserId ? (ownerNames.get(p.ownerUserId) ?? '') : '');
        return { render: text, text };
      }
      case 'createdAt':
      case 'updatedAt':
      case 'lastActivityAt': {
        const text = (p: PersonListItem) => date(p[id]);
        return { render: text, text };
      }
      default: {
        const text = (p: PersonListItem) => p[id] ?? '';
        return { render: text, text };
      }
    }
  };

  return columns.flatMap((id): GridColumn[] => {
    const header = label(id);
    if (header === null) return [];
    const fieldId = customFieldOf(id);
    if (fieldId === null) return [{ id, header, width: WIDTHS[id as BuiltIn], ...builtIn(id as BuiltIn) }];
    const field = byId.get(fieldId)!;
    return [{
      id, header, width: CUSTOM_WIDTHS[field.type] ?? 170,
      render: (p) => <CustomValueView field={field} value={p.custom[fieldId]} nowrap />,
      text: (p) => customText(field, p.custom[fieldId], formats),
    }];
  });
}
