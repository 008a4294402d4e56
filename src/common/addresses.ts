// Postal-code lookup for address autofill (an offline dataset on the server).
import { z } from 'zod';

export const postalCodeParams = z.strictObject({ postalCode: z.string().min(1).max(12) });
export const postalLookupSchema = z.object({
  postalCode: z.string().nullable(),
  items: z.array(z.object({ prefecture: z.string(), city: z.string(), town: z.string() })),
});
export type PostalLookup = z.infer<typeof postalLookupSchema>;
