import { describe, expect, it } from 'vitest';
import { duplicateDraft } from './duplicates.ts';
import { emptyValues, type PersonFormValues } from './personForm.ts';

const TODAY = '2025-06-01';

function form(change: Partial<PersonFormValues>, phone = '', email = ''): PersonFormValues {
  const values = { ...emptyValues(), ...change };
  values.phones[0]!.phone = phone;
  values.emails[0]!.email = email;
  return values;
}

describe('duplicateDraft', () => {
  it('has nothing to ask while only a name is typed', () => {
    expect(duplicateDraft(form({ familyName: '山田', givenName: '花子' }), TODAY)).toBeNull();
  });

  it('asks about a complete phone even while the email is still being typed', () => {
    expect(duplicateDraft(form({}, '090-1234-5678', 'hanako@exa'), TODAY)).toEqual({ emails: [], phones: [{ phone: '090-1234-5678' }] });
  });

  it('leaves out a phone that is still being typed', () => {
    expect(duplicateDraft(form({}, '090-1234'), TODAY)).toBeNull();
  });

  it('pairs the name with a birthday, leaving out furigana the server would refuse', () => {
    const draft = duplicateDraft(form({ familyName: '山田', familyNameKana: 'ﾔﾏﾀﾞ', givenNameKana: 'Hanako', birthday: '1990-04-01' }), TODAY);
    expect(draft).toMatchObject({ familyName: '山田', familyNameKana: 'ﾔﾏﾀﾞ', givenNameKana: undefined, birthday: '1990-04-01' });
  });

  it('ignores a birthday in the future', () => {
    expect(duplicateDraft(form({ familyName: '山田', birthday: '2030-01-01' }), TODAY)).toBeNull();
  });
});
