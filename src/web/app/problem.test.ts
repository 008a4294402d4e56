import { describe, expect, it } from 'vitest';
import { fieldErrors, fieldPaths, parseProblem } from './problem.ts';

describe('parseProblem', () => {
  it('reads a full problem+json body', () => {
    const problem = parseProblem(400, {
      status: 400,
      code: 'validation_failed',
      detail: '入力内容を確認してください。',
      field: 'email',
      errors: [{ field: 'email', code: 'invalid_email', message: 'メールアドレスの形式が正しくありません。' }],
    }, 'fallback');
    expect(problem).toEqual({
      status: 400,
      code: 'validation_failed',
      detail: '入力内容を確認してください。',
      field: 'email',
      errors: [{ field: 'email', code: 'invalid_email', message: 'メールアドレスの形式が正しくありません。' }],
    });
  });

  it('falls back to the HTTP status and given text when the body is not a problem', () => {
    expect(parseProblem(502, '<html>Bad gateway</html>', '通信に失敗しました')).toEqual({
      status: 502,
      code: 'http_error',
      detail: '通信に失敗しました',
    });
  });

  it('drops malformed entries of errors[]', () => {
    const problem = parseProblem(400, { code: 'x', detail: 'd', errors: [{ field: 'a', message: 'm' }, 'junk', { field: 1 }] }, 'f');
    expect(problem.errors).toEqual([{ field: 'a', code: '', message: 'm' }]);
  });
});

describe('fieldErrors', () => {
  const problem = parseProblem(400, {
    code: 'validation_failed',
    detail: 'd',
    errors: [
      { field: 'password', code: 'too_small', message: '10文字以上' },
      { field: 'password', code: 'other', message: 'second' },
      { field: 'unknownKey', code: 'unrecognized_keys', message: 'u' },
    ],
  }, 'f');

  it('keeps the first message of each field the form shows', () => {
    expect(fieldErrors(problem, ['email', 'password'])).toEqual({ password: '10文字以上' });
  });

  it('returns nothing for a problem without field errors', () => {
    expect(fieldErrors(parseProblem(401, { code: 'invalid_credentials', detail: 'x' }, 'f'), ['email'])).toEqual({});
  });
});

describe('fieldPaths', () => {
  it('names list items the way the server names their fields', () => {
    const paths = fieldPaths({ familyName: '', emails: [{ email: 'a', isPrimary: true }], tags: [] });
    expect(paths).toEqual(['familyName', 'emails', 'emails.0', 'emails.0.email', 'emails.0.isPrimary', 'tags']);
  });

  it('lets fieldErrors place a message on a list item', () => {
    const problem = parseProblem(400, { code: 'validation_failed', detail: 'd', errors: [{ field: 'phones.1.phone', message: '電話番号（2 件目）' }] }, 'f');
    expect(fieldErrors(problem, fieldPaths({ phones: [{ phone: '' }, { phone: '1' }] }))).toEqual({ 'phones.1.phone': '電話番号（2 件目）' });
  });
});
