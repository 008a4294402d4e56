// products: the catalogue orders' lines point at, by code.
import { likeContaining, sql, type Executor } from '../../platform/db/index.ts';

export interface ProductRow {
  product_id: string; code: string; name: string; name_kana: string | null; category: string | null;
  price: string | number; tax_rate: number; active: boolean; version: number; updated_at: Date;
}
const COLUMNS = ['product_id', 'code', 'name', 'name_kana', 'category', 'price', 'tax_rate', 'active', 'version', 'updated_at'] as const;

/** Page by code; the search matches code or name, case-insensitively. */
export async function listProducts(db: Executor, workspaceId: string, o: { q?: string | undefined; includeInactive: boolean; afterCode: string | null; limit: number }): Promise<ProductRow[]> {
  let q = db.selectFrom('products').select(COLUMNS).where('workspace_id', '=', workspaceId);
  if (!o.includeInactive) q = q.where('active', '=', true);
  if (o.q) {
    const like = likeContaining(o.q.toLowerCase());
    q = q.where((eb) => eb.or([eb(eb.fn('lower', ['code']), 'like', like), eb(eb.fn('lower', ['name']), 'like', like), eb(eb.fn('lower', ['name_kana']), 'like', like)]));
  }
  if (o.afterCode !== null) q = q.where(sql<string>`code collate "C"`, '>', o.afterCode);
  return q.orderBy(sql`code collate "C"`).limit(o.limit).execute() as Promise<ProductRow[]>;
}

export async function findProduct(db: Executor, workspaceId: string, productId: string): Promise<ProductRow | undefined> {
  return db.selectFrom('products').select(COLUMNS).where('workspace_id', '=', workspaceId).where('product_id', '=', productId).executeTakeFirst() as Promise<ProductRow | undefined>;
}

export async function codeTaken(db: Executor, workspaceId: string, code: string, exceptId: string | null): Promise<boolean> {
  let q = db.selectFrom('products').select('product_id').where('workspace_id', '=', workspaceId).where('code', '=', code);
  if (exceptId) q = q.where('product_id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export async function byCodes(db: Executor, workspaceId: string, codes: string[]): Promise<{ product_id: string; code: string; name: string; tax_rate: number }[]> {
  if (codes.length === 0) return [];
  const r = await sql<{ product_id: string; code: string; name: string; tax_rate: number }>`
    select product_id, code, name, tax_rate from products where workspace_id = ${workspaceId} and code = any(${codes}::text[])`.execute(db);
  return r.rows;
}

export async function insertProduct(db: Executor, row: Record<string, unknown>): Promise<void> {
  await db.insertInto('products').values(row).execute();
}

export async function updateProductAtVersion(db: Executor, workspaceId: string, productId: string, version: number, set: Record<string, unknown>): Promise<boolean> {
  const r = await db.updateTable('products').set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('workspace_id', '=', workspaceId).where('product_id', '=', productId).where('version', '=', version).executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}
