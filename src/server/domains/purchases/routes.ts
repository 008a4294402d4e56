import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/context.ts';
import { requestActor } from '../../platform/context.ts';
import { requireCaller } from '../../platform/auth-guard.ts';
import { InvalidFieldsError, requestLocale } from '../../platform/errors.ts';
import {
  orderBatchBody, orderBatchQuery, orderBatchResultSchema, orderInputSchema, orderParams, orderSchema, productCreateBody, productListQuery,
  productParams, productPatchBody, productSchema, productsPageSchema,
} from '../../../common/history.ts';
import { ingestOrders } from './ingest.ts';
import { createProduct, getProduct, listProducts, updateProduct } from './products.ts';
import { getOrder } from './service.ts';

// 10,000 orders with a few lines each are a few megabytes of JSON.
const BATCH_BODY_LIMIT = 64 * 1024 * 1024;

export function purchaseRoutes(deps: Deps) {
  return (app: FastifyInstance) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['purchases'];
    r.post('/api/purchases/batch', {
      config: { access: 'member' }, bodyLimit: BATCH_BODY_LIMIT,
      schema: {
        tags, querystring: orderBatchQuery, body: orderBatchBody, response: { 200: orderBatchResultSchema },
        summary: 'Orders from a register or a shop, up to 10,000 per call; idempotent by externalId. Invalid orders are listed by index and the rest applied, or with atomic=true none is applied.',
      },
    }, async (req) => ingestOrders(deps, requestActor(req), req.body.orders, { atomic: req.query.atomic === 'true', locale: requestLocale(req), source: 'api' }));

    // Webhook style: one order per call, as a shop platform sends them. 201 when written, 200 when already there.
    r.post('/api/purchases', {
      config: { access: 'member' },
      schema: { tags, body: orderInputSchema, summary: 'One order (webhook style); idempotent by externalId: a resend answers 200 and changes nothing', response: { 200: orderBatchResultSchema, 201: orderBatchResultSchema } },
    }, async (req, reply) => {
      const result = await ingestOrders(deps, requestActor(req), [req.body], { atomic: true, locale: requestLocale(req), source: 'api' });
      if (result.errors.length) throw new InvalidFieldsError(result.errors.map((e) => ({ field: e.field, code: e.code })));
      return reply.status(result.created ? 201 : 200).send(result);
    });

    r.get('/api/orders/:orderId', { config: { access: 'viewer' }, schema: { tags, summary: 'One order with its lines', params: orderParams, response: { 200: orderSchema } } },
      async (req) => getOrder(deps.db.kysely, requireCaller(req).workspaceId, req.params.orderId));

    r.get('/api/products', { config: { access: 'viewer' }, schema: { tags, summary: 'The product catalogue by code; q matches code, name or furigana', querystring: productListQuery, response: { 200: productsPageSchema } } },
      async (req) => listProducts(deps.db.kysely, requireCaller(req).workspaceId, req.query));
    r.get('/api/products/:productId', { config: { access: 'viewer' }, schema: { tags, summary: 'One product', params: productParams, response: { 200: productSchema } } },
      async (req) => getProduct(deps.db.kysely, requireCaller(req).workspaceId, req.params.productId));
    r.post('/api/products', { config: { access: 'admin' }, schema: { tags, summary: 'Add a product', body: productCreateBody, response: { 201: productSchema } } },
      async (req, reply) => reply.status(201).send(await createProduct(deps, requestActor(req), req.body)));
    r.patch('/api/products/:productId', { config: { access: 'admin' }, schema: { tags, summary: 'Change a product (version-checked)', params: productParams, body: productPatchBody, response: { 200: productSchema } } },
      async (req) => updateProduct(deps, requestActor(req), req.params.productId, req.body));
  };
}
