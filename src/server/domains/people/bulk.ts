// Many people at once (demo data now, file import later): each normalised by the same rules as a
// single record, with deterministic ids so that a repeated batch inserts nothing twice.
import type { Executor } from '../../platform/db/index.ts';
import { parseEmail, parsePhone, toKatakana } from '../../lib/japanese/index.ts';
import { addressValues } from '../../lib/record-rules.ts';
import * as repo from './repo.ts';
import { personKeys } from './rules.ts';

export interface BulkPerson {
  personId: string; familyName: string; givenName: string | null; familyNameKana: string | null; givenNameKana: string | null;
  email: string | null; phone: string | null; birthday: string | null; gender: string | null; postalCode: string | null;
  prefecture: string | null; city: string | null; addressLine: string | null; building: string | null;
  companyId: string | null; companyName: string | null; jobTitle: string | null; lifecycleStage: string; source: string | null;
  memberNumber?: string | null;
  /** When the person entered their stage; now when left out. */
  lifecycleChangedAt?: Date;
}

/** Inserts a batch; an email or phone that does not parse is kept out of the contact tables, not fatal. */
export async function insertPeopleBatch(db: Executor, workspaceId: string, batch: BulkPerson[]): Promise<void> {
  const people: repo.PersonInsert[] = [];
  const emails: repo.EmailInsert[] = [];
  const phones: repo.PhoneInsert[] = [];
  for (const p of batch) {
    const email = p.email ? parseEmail(p.email) : undefined;
    const phone = p.phone ? parsePhone(p.phone) : undefined;
    // One email and one phone per person here, so the person's id can name them too.
    if (email?.ok) emails.push({ workspace_id: workspaceId, person_id: p.personId, email_id: p.personId, email: email.value, email_key: email.key, is_primary: true, position: 0 });
    if (phone?.ok) phones.push({ workspace_id: workspaceId, person_id: p.personId, phone_id: p.personId, e164: phone.e164, display: phone.display, is_primary: true, position: 0 });
    const familyNameKana = p.familyNameKana ? toKatakana(p.familyNameKana) : null;
    const givenNameKana = p.givenNameKana ? toKatakana(p.givenNameKana) : null;
    const keys = personKeys({
      familyName: p.familyName, givenName: p.givenName, familyNameKana, givenNameKana,
      emails: email?.ok ? [email.value] : [], phones: phone?.ok ? [phone.e164] : [], memberNumber: p.memberNumber ?? null, companyName: p.companyName,
    });
    // Same postal-code and prefecture rule as a single record; a value that breaks it is left out.
    const address = addressValues({ postalCode: p.postalCode, prefecture: p.prefecture }).values;
    people.push({
      workspace_id: workspaceId, person_id: p.personId, family_name: p.familyName, given_name: p.givenName,
      family_name_kana: familyNameKana, given_name_kana: givenNameKana,
      email: email?.ok ? email.value : null, phone: phone?.ok ? phone.display : null, birthday: p.birthday, gender: p.gender,
      postal_code: address.postal_code ?? null, prefecture: address.prefecture ?? null, city: p.city, address_line: p.addressLine, building: p.building,
      company_id: p.companyId, job_title: p.jobTitle, lifecycle_stage: p.lifecycleStage, source: p.source, member_number: p.memberNumber ?? null,
      ...(p.lifecycleChangedAt ? { lifecycle_changed_at: p.lifecycleChangedAt } : {}),
      search_key: keys.search, search_bigrams: keys.bigrams, kana_key: keys.kana, name_key: keys.name,
    });
  }
  await repo.insertPeople(db, people);
  await repo.insertEmails(db, emails);
  await repo.insertPhones(db, phones);
}
