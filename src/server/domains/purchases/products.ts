// The product catalogue: code, name, category, tax-included price and tax rate (10 %, or 8 % for the
// reduced rate on food). Admins keep it; orders' lines point at it by code.
import type { Actor, Deps } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError, InvalidFieldsError, keyCursor, notFound } from '../../platform/errors.ts';
import { uuidv7 } from '../../lib/ids.ts';
import { isoTime } from '../../lib/time.ts';
import { encodeKeyCursor, pageOf } from '../../lib/paging.ts';
import { record } from '../audit/index.ts';
import type { Product } from '../../../common/history.ts';
import * as repo from './product-repo.ts';

const toProduct = (r: repo.ProductRow): Product => ({
  productId: r.product_id, code: r.code, name: r.name, nameKana: r.name_kana, category: r.category, price: Number(r.price),
  taxRate: r.tax_rate, active: r.active, version: r.version, updatedAt: isoTime(r.updated_at),
});

export async function listProducts(db: Executor, workspaceId: string, q: { q?: string | undefined; includeInactive?: boolean | undefined; cursor?: string | undefined; limit: number }) {
  const afterCode = q.cursor ? keyCursor(q.cursor, (v) => typeof v === 'string').value : null;
  const rows = await repo.listProducts(db, workspaceId, { q: q.q, includeInactive: q.includeInactive ?? false, afterCode, limit: q.limit + 1 });
  const { page, nextCursor } = pageOf(rows, q.limit, (r) => encodeKeyCursor(r.code, r.product_id));
  return { items: page.map(toProduct), nextCursor };
}

export async function getProduct(db: Executor, workspaceId: string, productId: string): Promise<Product> {
  const r = await repo.findProduct(db, workspaceId, productId);
  if (!r) throw notFound('product');
  return toProduct(r);
}

async function checkCode(db: Executor, workspaceId: string, code: string, exceptId: string | null) {
  if (await repo.codeTaken(db, workspaceId, code, exceptId)) throw new InvalidFieldsError([{ field: 'code', code: 'product_code_taken' }]);
}

export interface ProductInput { code: string; name: string; nameKana?: string | null | undefined; category?: string | null | undefined; price: number; taxRate: 0 | 8 | 10; active: boolean }

const values = (p: Partial<ProductInput>) => ({
  ...(p.code !== undefined ? { code: p.code } : {}), ...(p.name !== undefined ? { name: p.name } : {}),
  ...(p.nameKana !== undefined ? { name_kana: p.nameKana } : {}), ...(p.category !== undefined ? { category: p.category } : {}),
  ...(p.price !== undefined ? { price: p.price } : {}), ...(p.taxRate !== undefined ? { tax_rate: p.taxRate } : {}),
  ...(p.active !== undefined ? { active: p.active } : {}),
});

export async function createProduct(deps: Deps, actor: Actor, input: ProductInput): Promise<Product> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    await checkCode(trx, actor.workspaceId, input.code, null);
    const productId = uuidv7();
    await repo.insertProduct(trx, { workspace_id: actor.workspaceId, product_id: productId, ...values(input) });
    const created = toProduct((await repo.findProduct(trx, actor.workspaceId, productId))!);
    await record(trx, actor, { action: 'products.created', entityType: 'product', entityId: productId, after: created });
    return created;
  });
}

export async function updateProduct(deps: Deps, actor: Actor, productId: string, patch: Partial<ProductInput> & { version: number }): Promise<Product> {
  return deps.db.kysely.transaction().execute(async (trx) => {
    const before = await repo.findProduct(trx, actor.workspaceId, productId);
    if (!before) throw notFound('product');
    if (before.version !== patch.version) throw new AppError(409, 'version_conflict', { field: 'version' });
    if (patch.code !== undefined) await checkCode(trx, actor.workspaceId, patch.code, productId);
    if (!(await repo.updateProductAtVersion(trx, actor.workspaceId, productId, patch.version, values(patch)))) throw new AppError(409, 'version_conflict', { field: 'version' });
    const after = toProduct((await repo.findProduct(trx, actor.workspaceId, productId))!);
    await record(trx, actor, { action: 'products.updated', entityType: 'product', entityId: productId, before: toProduct(before), after });
    return after;
  });
}

export const productsByCode = repo.byCodes;
