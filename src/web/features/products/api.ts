import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../app/api.ts';
import { useCursorPages } from '../../app/queries.ts';
import { withQuery } from '../../app/url.ts';
import type { Product, productCreateBody, productPatchBody, productsPageSchema, TAX_RATES } from '../../../common/history.ts';

export type { Product } from '../../../common/history.ts';
export type ProductCreate = z.input<typeof productCreateBody>;
export type ProductPatch = z.infer<typeof productPatchBody>;
export type TaxRate = (typeof TAX_RATES)[number];
type ProductsPage = z.infer<typeof productsPageSchema>;

const PAGE_SIZE = 50;
const LISTS = ['products', 'list'] as const;

/** The product master, server-paged; `q` searches code and name; products no longer sold only when asked for. */
export function useProducts(q: string, includeInactive: boolean) {
  return useCursorPages<ProductsPage>([...LISTS, q, includeInactive], '/api/products', PAGE_SIZE, {
    q: q || undefined,
    includeInactive: includeInactive ? 'true' : undefined,
  });
}

export function useCreateProduct() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProductCreate) => api.post<Product>('/api/products', body),
    onSuccess: () => client.invalidateQueries({ queryKey: LISTS }),
  });
}

/** An edit; a version conflict is explained by the edit form itself, with a way to load the newer version. */
export function useUpdateProduct(productId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (patch: ProductPatch) => api.patch<Product>(`/api/products/${encodeURIComponent(productId)}`, patch),
    meta: { shownByPage: ['version_conflict'] },
    onSuccess: () => client.invalidateQueries({ queryKey: LISTS }),
  });
}

/**
 * The product as it is now on the server, for an edit that met a newer version. There is no route for one
 * product: it is looked up in the list by its id, searched by the code it had (a code changed meanwhile
 * falls back to the whole list, page by page).
 */
export function useLatestProduct(product: Product) {
  return useMutation({
    mutationFn: async () => {
      for (const q of [product.code, undefined]) {
        let cursor: string | null = null;
        do {
          const page: ProductsPage = await api.get<ProductsPage>(withQuery('/api/products', { q, cursor, includeInactive: 'true', limit: 200 }));
          const found = page.items.find((item) => item.productId === product.productId);
          if (found) return found;
          cursor = page.nextCursor;
        } while (cursor);
      }
      throw new Error('product not found');
    },
  });
}
