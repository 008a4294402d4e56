// The tables that hold custom values (a `custom` jsonb keyed by field id), registered by the domains
// that own them, so that merging two choice options rewrites every record without this domain naming
// another domain's table.
import type { FieldEntityType } from '../../../common/fields.ts';
export interface CustomValueHolder { entityType: FieldEntityType; table: string }

const holders = new Map<string, CustomValueHolder>();

export function registerCustomValueHolder(h: CustomValueHolder): void {
  holders.set(h.entityType, h);
}

export function holderFor(entityType: string): CustomValueHolder | undefined {
  return holders.get(entityType);
}
