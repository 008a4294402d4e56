// Company names compare equal across the ways a legal form is written: 株式会社さくら商事, (株)さくら商事,
// ㈱ さくら商事, さくら商事株式会社 and Sakura Shoji Co., Ltd. all name one company to the people who type
// them. The legal form is removed wherever it stands (前株 and 後株 are both common, and imports put it in
// odd places), then the rest goes through searchKey.
//
// Stripping over-matches on purpose only where the cost is a duplicate *candidate* shown to a person (for
// instance a company really called "Limited Edition" loses "limited"); it never rewrites a stored name.
import { searchKey } from './text.ts';

/** Legal-form words as written in full. Longest first, so that 一般社団法人 wins over 社団法人 and
 * 医療法人社団 over 医療法人 when both could match at one position. */
const FULL_FORMS = [
  '特定非営利活動法人',
  '地方独立行政法人',
  '独立行政法人',
  '一般社団法人',
  '一般財団法人',
  '公益社団法人',
  '公益財団法人',
  '社会福祉法人',
  '医療法人社団',
  '医療法人財団',
  '国立大学法人',
  '株式会社',
  '有限会社',
  '合同会社',
  '合資会社',
  '合名会社',
  '相互会社',
  '社団法人',
  '財団法人',
  '医療法人',
  '学校法人',
  '宗教法人',
  '協同組合',
  'npo法人',
].sort((a, b) => b.length - a.length);

/** Abbreviations written in parentheses. NFKC has already turned the enclosed forms (㈱ ㈲ ㈳ ㈴ ㈵ ㈶ ㈻
 * ㈾ ㈿) and full-width parentheses (（株）) into "(株)" with ASCII parentheses. */
const ABBREVIATIONS = [
  '株', '有', '同', '資', '名', '社', '財', '特', '学', '協', '医', '福', '宗', '独',
  '一社', '一財', '公社', '公財', '社福', '医社', '医財', '特非', 'npo',
];

const JA_FORMS_RE = new RegExp(
  [...FULL_FORMS, ...ABBREVIATIONS.map((a) => `\\(${a}\\)`)].join('|'),
  'gu',
);

/** Latin-script forms, matched as whole Latin words only (so "Inca" and "Cokk" survive, while "さくら商事Co.,
 * Ltd." loses its form: kana and kanji do not join a Latin word). "co." needs its dot: a bare "co" is too
 * often part of a name. Written for the lower-cased NFKC text. */
const LATIN_FORMS_RE = new RegExp(
  '(?<![\\p{Script=Latin}\\p{N}])(?:' +
    [
      'co\\.?\\s*,?\\s*ltd\\.?', // Co., Ltd. / Co.,Ltd / Co Ltd
      'company\\s+limited',
      'kabushiki\\s*kaisha',
      'godo\\s*kaisha',
      'yugen\\s*kaisha',
      'k\\.\\s*k\\.', // K.K.
      'kk',
      'g\\.\\s*k\\.', // G.K. (合同会社)
      'l\\.?l\\.?c\\.?',
      'inc\\.?',
      'incorporated',
      'corp\\.?',
      'corporation',
      'ltd\\.?',
      'limited',
      'co\\.',
    ].join('|') +
    ')(?![\\p{Script=Latin}\\p{N}])',
  'gu',
);

/** Punctuation a removed form leaves behind at either end ("Sakura Shoji, Inc." → "sakura shoji,"). */
const EDGE_PUNCTUATION_RE = /^[\s,.、・]+|[\s,.、・]+$/gu;

/**
 * The key that makes one company's name equal in all its written forms: legal forms removed in any
 * position and form, then searchKey. A name that is nothing but a legal form keeps it, so the key is
 * never empty for a non-empty name.
 */
export function companyKey(name: string): string {
  const lower = name.normalize('NFKC').toLowerCase();
  const withoutLatin = lower.replace(LATIN_FORMS_RE, ' ');
  // Japanese forms are matched without whitespace, so "( 株 )" and "株式 会社" are caught too.
  const withoutJa = withoutLatin.replace(/\s/gu, '').replace(JA_FORMS_RE, '');
  const key = searchKey(withoutJa.replace(EDGE_PUNCTUATION_RE, ''));
  return key === '' ? searchKey(name) : key;
}
