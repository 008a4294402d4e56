// The people list as the API returns it (the customer-database issue extends the record).
import { z } from 'zod';

export const personListItemSchema = z.object({
  personId: z.string(), familyName: z.string(), givenName: z.string().nullable(),
  familyNameKana: z.string().nullable(), givenNameKana: z.string().nullable(), email: z.string().nullable(),
  phone: z.string().nullable(), prefecture: z.string().nullable(), city: z.string().nullable(), companyName: z.string().nullable(),
});
export const peoplePageSchema = z.object({ items: z.array(personListItemSchema), nextCursor: z.string().nullable(), total: z.number() });
export type PersonListItem = z.infer<typeof personListItemSchema>;
export type PeoplePage = z.infer<typeof peoplePageSchema>;
