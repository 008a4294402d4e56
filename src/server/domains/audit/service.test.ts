import { describe, expect, it } from 'vitest';
import { redact } from './service.ts';

describe('redact', () => {
  it.each([
    [{ email: 'a@example.jp', password: 'x' }, { email: 'a@example.jp', password: '[redacted]' }],
    [{ nested: { apiSecret: 's', name: 'n' } }, { nested: { apiSecret: '[redacted]', name: 'n' } }],
    [[{ token: 't' }], [{ token: '[redacted]' }]],
    [{ password_hash: '$argon2id$...' }, { password_hash: '[redacted]' }],
    [null, null],
    ['plain', 'plain'],
  ])('%j → %j', (input, output) => expect(redact(input)).toEqual(output));
});
