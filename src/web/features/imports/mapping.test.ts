import { describe, expect, it } from 'vitest';
import type { Import } from './api.ts';
import { keepSuggestions, mappingChanged, mappingProblems, messagesOf, repeatedColumns, sampleValues } from './mapping.ts';

describe('the mapping as the page edits it', () => {
  it('finds a field chosen for a second column, naming the first', () => {
    expect([...repeatedColumns(['fullName', null, 'email', 'fullName', null, 'email'])]).toEqual([[3, 0], [5, 2]]);
    expect(repeatedColumns(['fullName', null, null, 'email']).size).toBe(0);
  });

  it('tells whether the user changed the suggestion', () => {
    const columns = [{ column: 0, header: '氏名', field: 'fullName', by: null }, { column: 1, header: 'DM希望', field: null, by: null }];
    expect(mappingChanged(columns, ['fullName', null])).toBe(false);
    expect(mappingChanged(columns, ['fullName', 'tags'])).toBe(true);
    expect(mappingChanged(columns, [null, null])).toBe(true);
  });

  it('puts the server’s messages under the columns they name, and the rest above the table', () => {
    const problems = mappingProblems({
      status: 400, code: 'validation_failed', detail: '入力内容を確認してください。',
      errors: [
        { field: 'fields.3', code: 'mapping_field_twice', message: '「氏名」が 2 つの列に割り当てられています。' },
        { field: 'fields.3', code: 'mapping_unknown_field', message: 'second message for the same column' },
        { field: 'fields', code: 'mapping_needs_name', message: '氏名（または姓）の列を割り当ててください。' },
      ],
    });
    expect([...problems.columns]).toEqual([[3, '「氏名」が 2 つの列に割り当てられています。']]);
    expect(problems.general).toEqual(['氏名（または姓）の列を割り当ててください。']);
  });

  it('falls back to the problem’s own text when it names no field', () => {
    expect(mappingProblems({ status: 409, code: 'import_started', detail: '変更できません。' })).toEqual({ columns: new Map(), general: ['変更できません。'] });
  });

  it('says what a refused file is wrong with, or what the refusal says when it names no field', () => {
    expect(messagesOf({ status: 400, code: 'validation_failed', detail: '入力内容を確認してください。', errors: [{ field: 'file', code: 'file_empty', message: 'ファイルが空です。' }] })).toEqual(['ファイルが空です。']);
    expect(messagesOf({ status: 413, code: 'file_too_large', detail: 'ファイルが大きすぎます。' })).toEqual(['ファイルが大きすぎます。']);
  });

  it('shows the first values of a column that are not blank', () => {
    const samples = [['A1', ''], ['A2', ' 髙木　蓮 '], ['A3', ''], ['A4', '山﨑　さくら'], ['A5', 'ﾖｼﾀﾞ'], ['A6', 'more']];
    expect(sampleValues(samples, 1)).toEqual(['髙木　蓮', '山﨑　さくら', 'ﾖｼﾀﾞ']);
    expect(sampleValues(samples, 0, 2)).toEqual(['A1', 'A2']);
    expect(sampleValues([['x']], 4)).toEqual([]);
  });

  it('keeps saying how a column was suggested while its field stays, though the server says it only once', () => {
    const imp = (importId: string, columns: Import['columns']) => ({ importId, columns }) as Import;
    const uploaded = imp('a', [
      { column: 0, header: 'お名前', field: 'fullName', by: 'header' },
      { column: 1, header: 'TEL', field: 'phone', by: 'values' },
      { column: 2, header: 'DM希望', field: null, by: null },
    ]);
    const read = imp('a', [
      { column: 0, header: 'お名前', field: 'fullName', by: null },
      { column: 1, header: 'TEL', field: 'mobile', by: null },
      { column: 2, header: 'DM希望', field: 'tags', by: null },
    ]);
    expect(keepSuggestions(uploaded, read).columns.map((c) => c.by)).toEqual(['header', null, null]);
    expect(keepSuggestions(undefined, read)).toBe(read);
    expect(keepSuggestions(imp('b', uploaded.columns), read)).toBe(read);
  });
});
