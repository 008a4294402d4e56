import { describe, expect, it } from 'vitest';
import { safeNextPath, withQuery } from './url.ts';

describe('withQuery', () => {
  it('leaves out unset parameters', () => {
    expect(withQuery('/api/people', { limit: 50, cursor: null })).toBe('/api/people?limit=50');
    expect(withQuery('/api/people', { cursor: undefined })).toBe('/api/people');
  });
  it('encodes values', () => {
    expect(withQuery('/api/audit', { cursor: 'a b&c' })).toBe('/api/audit?cursor=a+b%26c');
  });
});

describe('safeNextPath', () => {
  it('keeps paths of this app', () => {
    expect(safeNextPath('/people?x=1')).toBe('/people?x=1');
  });
  it('refuses other origins and missing values', () => {
    expect(safeNextPath('//evil.example/')).toBe('/');
    expect(safeNextPath('/\\evil.example')).toBe('/');
    expect(safeNextPath('https://evil.example/')).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });
});
