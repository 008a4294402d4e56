import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../common/filters.ts';
import { formatDate, formatNumber } from '../../app/format.ts';
import { currentLocale } from '../../app/i18n.ts';
import type ja from '../../locales/ja.json';
import { useMembers } from '../members/api.ts';
import { dayOf, valueKind, type FilterField, type Op } from './filterModel.ts';
import type { Channel, Gender, LifecycleStage } from './options.ts';

type BuiltInKey = 'lifecycleStage' | 'tags' | 'ownerUserId' | 'prefecture' | 'city' | 'companyId' | 'jobTitle' | 'source' | 'preferredChannel' | 'gender' | 'birthday' | 'createdAt' | 'updatedAt'
  | 'purchaseCount' | 'totalSpend' | 'lastPurchaseAt' | 'firstPurchaseAt' | 'rfmR' | 'rfmF' | 'rfmM';
/** The operators a wording has words for (filterModel.ts gives each field only those). */
type Wording<W extends FilterField['wording']> = Op & keyof (typeof ja)['people']['filter']['ops'][W];

/**
 * The words of the filter builder and of the conditions shown above the list: a field's name, an operator
 * as it reads for that field, and a chosen value (an option's label, a member's name, a date).
 */
export function useFilterLabels() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const members = useMembers();
  const memberNames = new Map((members.data ?? []).map((m) => [m.userId, m.displayName]));

  const fieldLabel = (field: FilterField) => field.custom?.label ?? t(`people.filter.fields.${field.key as BuiltInKey}`);

  const opLabel = (field: FilterField, op: Op): string => {
    if (op === 'empty' || op === 'not_empty') return t(`people.filter.ops.${op}`);
    switch (field.wording) {
      case 'text':
        return t(`people.filter.ops.text.${op as Wording<'text'>}`);
      case 'number':
        return t(`people.filter.ops.number.${op as Wording<'number'>}`);
      case 'date':
        return t(`people.filter.ops.date.${op as Wording<'date'>}`);
      case 'set':
        return t(`people.filter.ops.set.${op as Wording<'set'>}`);
      case 'multi':
        return t(`people.filter.ops.multi.${op as Wording<'multi'>}`);
      case 'ref':
        return t(`people.filter.ops.ref.${op as Wording<'ref'>}`);
    }
  };

  /** A closed list's value or a choice field's option as the user reads it. */
  const choiceLabel = (field: FilterField, value: string): string => {
    if (field.custom) return field.custom.options.find((o) => o.optionId === value)?.label ?? value;
    switch (field.key) {
      case 'lifecycleStage':
        return t(`people.stages.${value as LifecycleStage}`);
      case 'gender':
        return t(`people.genders.${value as Gender}`);
      case 'preferredChannel':
        return t(`people.channels.${value as Channel}`);
      default:
        return value;
    }
  };

  /** The value of a condition as text; a company is named by the caller, which fetches it. */
  const valueText = (condition: Condition, field: FilterField): string => {
    const value = condition.value;
    const list = (values: unknown) => (Array.isArray(values) ? values.map((v) => choiceLabel(field, String(v))).join(t('people.filter.or')) : '');
    switch (valueKind(field, condition.op)) {
      case 'none':
      case 'company':
        return '';
      case 'choices':
        return list(value);
      case 'tags':
        return Array.isArray(value) ? value.join(t('people.filter.or')) : '';
      case 'choice':
        return choiceLabel(field, String(value));
      case 'member':
        return memberNames.get(String(value)) ?? '';
      case 'boolean':
        return value === true ? t('customFields.yes') : t('customFields.no');
      case 'number':
        return typeof value === 'number' ? formatNumber(value, locale) : '';
      case 'date':
        return typeof value === 'string' ? formatDate(value, locale) : '';
      case 'day':
        return formatDate(dayOf(value), locale);
      default:
        return String(value ?? '');
    }
  };

  /** The fields for a picker: the built-in ones, then the custom ones, each under its heading. */
  const fieldData = (fields: readonly FilterField[]) => {
    const group = (label: string, of: FilterField[]) => (of.length > 0 ? [{ group: label, items: of.map((f) => ({ value: f.key, label: fieldLabel(f) })) }] : []);
    return [...group(t('people.filter.builtIn'), fields.filter((f) => !f.custom)), ...group(t('people.filter.custom'), fields.filter((f) => f.custom))];
  };

  return { fieldLabel, opLabel, choiceLabel, valueText, fieldData, members: members.data ?? [] };
}
