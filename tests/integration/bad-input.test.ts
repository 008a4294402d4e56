// Bad requests get problem+json naming the field at fault, in the caller's language, and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, setupOwner, type TestApp } from '../helpers/app.ts';

let t: TestApp;
let owner: Client;

beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
  owner = await setupOwner(t);
});
afterAll(() => t.close());

const raw = (payload: string, headers: Record<string, string> = {}) => t.app.http.inject({
  method: 'POST', url: '/api/invitations', payload,
  headers: { 'content-type': 'application/json', cookie: `daifuku_session=${owner.cookie}`, 'x-csrf-token': owner.csrf!, ...headers },
});

describe('problem+json for bad input', () => {
  it('malformed JSON → 400 invalid_json, in Japanese by default and English on request', async () => {
    const ja = await raw('{"email": "a@example.jp", ', { 'accept-language': 'ja' });
    expect(ja.statusCode).toBe(400);
    expect(ja.headers['content-type']).toContain('application/problem+json');
    expect(ja.json()).toMatchObject({ status: 400, code: 'invalid_json', field: 'body' });
    expect(ja.json().detail).toContain('JSON を読み取れません');
    const en = await raw('{"email": ', { 'accept-language': 'en-US,en;q=0.9' });
    expect(en.json().detail).toContain('not valid JSON');
  });

  it('wrong types name the field, with its label in the caller language', async () => {
    owner.locale = 'ja';
    const r = await owner.post('/api/invitations', { email: 42, role: 'member' });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe('validation_failed');
    expect(r.body.field).toBe('email');
    expect(r.body.errors[0]).toMatchObject({ field: 'email', code: 'invalid_type' });
    expect(r.body.errors[0].message).toContain('メールアドレス');
    owner.locale = 'en';
    const en = await owner.post('/api/invitations', { email: 'not an email', role: 'member' });
    expect(en.body.errors[0]).toMatchObject({ field: 'email', code: 'invalid_email' });
    expect(en.body.errors[0].message).toContain('Email');
    owner.locale = 'ja';
  });

  it('an unknown role is refused with the allowed values', async () => {
    const r = await owner.post('/api/invitations', { email: 'x@example.jp', role: 'superuser' });
    expect(r.body.errors[0]).toMatchObject({ field: 'role', code: 'invalid_value' });
    expect(r.body.errors[0].message).toContain('viewer');
  });

  it('unknown fields are refused, each named', async () => {
    const r = await owner.post('/api/invitations', { email: 'x@example.jp', role: 'member', isAdmin: true, workspace_id: 'other' });
    expect(r.status).toBe(400);
    expect(r.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['isAdmin', 'workspace_id']);
    expect(r.body.errors[0].code).toBe('unrecognized_keys');
  });

  it('missing required fields are each named', async () => {
    const r = await owner.post('/api/invitations', {});
    expect(r.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort()).toEqual(['email:required', 'role:required']);
  });

  it('an oversize body → 413, and nothing is written', async () => {
    const before = (await owner.get('/api/invitations')).body.items.length;
    const r = await raw(JSON.stringify({ email: 'big@example.jp', role: 'member', note: 'あ'.repeat(5000) }));
    expect(r.statusCode).toBe(413);
    expect(r.json()).toMatchObject({ code: 'body_too_large', field: 'body' });
    expect((await owner.get('/api/invitations')).body.items.length).toBe(before);
  });

  it('a wrong content type → 415', async () => {
    const r = await raw('email=a@example.jp', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(r.statusCode).toBe(415);
    expect(r.json().code).toBe('unsupported_media_type');
  });

  it('an unknown API route → 404 problem+json; a bad id in the path names the parameter', async () => {
    const r = await owner.get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.body.code).toBe('route_not_found');
    const bad = await owner.delete('/api/api-keys/not-a-uuid');
    expect(bad.status).toBe(400);
    expect(bad.body.field).toBe('params.apiKeyId');
  });

  it('a bad query parameter names it', async () => {
    const r = await owner.get('/api/audit?limit=100000');
    expect(r.status).toBe(400);
    expect(r.body.field).toBe('querystring.limit');
  });
});
