import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { formatPostalCode, lookupPostalCode } from '../../lib/japanese/index.ts';
import { postalCodeParams, postalLookupSchema } from '../../../common/addresses.ts';

export function addressRoutes() {
  return (app: FastifyInstance) => {
    app.withTypeProvider<ZodTypeProvider>().get('/api/postal-codes/:postalCode', {
      config: { access: 'viewer' },
      schema: { tags: ['addresses'], summary: 'Prefecture, city and town for a postal code (〒, full-width digits and hyphens accepted)', params: postalCodeParams, response: { 200: postalLookupSchema } },
    }, async (req) => ({
      postalCode: formatPostalCode(req.params.postalCode),
      items: lookupPostalCode(req.params.postalCode).map(({ prefecture, city, town }) => ({ prefecture, city, town })),
    }));
  };
}
