// Which rows of a batch are one person: a row that shares a match key (card number, email, phone) with
// an earlier row of the batch joins that row's group, as the check counts it. Each group is then one
// record: the rows merged in file order, matched against the database by all their keys. Pure.
import { mergeIncoming, type IncomingPerson, type MatchKeys } from '../people/index.ts';
import type { ReadRow } from './rows.ts';

export interface RowGroup {
  lines: number[];
  incoming: IncomingPerson;
  keys: MatchKeys;
}

export function groupRows(rows: ReadRow[], overwrite: boolean): RowGroup[] {
  const groups: RowGroup[] = [];
  const byKey = new Map<string, RowGroup>();
  for (const r of rows) {
    if (!r.incoming) continue;
    const g = r.keyList.map((k) => byKey.get(k)).find((x) => x !== undefined);
    if (g) {
      g.lines.push(r.line);
      g.incoming = mergeIncoming(g.incoming, r.incoming, overwrite);
      g.keys = {
        card: g.keys.card ?? r.keys.card,
        emailKeys: [...new Set([...g.keys.emailKeys, ...r.keys.emailKeys])],
        e164s: [...new Set([...g.keys.e164s, ...r.keys.e164s])],
      };
      for (const k of r.keyList) if (!byKey.has(k)) byKey.set(k, g);
      continue;
    }
    const fresh: RowGroup = { lines: [r.line], incoming: r.incoming, keys: r.keys };
    groups.push(fresh);
    for (const k of r.keyList) byKey.set(k, fresh);
  }
  return groups;
}
