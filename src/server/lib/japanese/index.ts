// Japanese text: the one module that owns normalisation and matching rules. Search, dedup, import and the
// HTTP schemas call these functions; nothing else folds kana, strips legal forms or parses phones.
// Keys (searchKey, kanaKey, companyKey, phoneKey, email key) are for comparing and indexing only: stored
// values keep what the user typed.
//
// Note for the web app: importing this index pulls in the postal dataset (3 MB) through postal.ts; import
// the individual files instead.
export { searchKey, searchBigrams, kanaKey, toHiragana, toKatakana, isFurigana, compactDigits } from './text.ts';
export { KANJI_VARIANTS, foldKanjiVariants } from './variants.ts';
export { companyKey } from './company.ts';
export { normaliseCorporateNumber, corporateNumberCheckDigit, isValidCorporateNumber } from './corporate-number.ts';
export { parsePhone, phoneKey, phoneSearchFragment, type ParsedPhone, type PhoneError, type PhoneResult, type PhoneType } from './phone.ts';
export { parseEmail, emailKey, type EmailError, type EmailResult } from './email.ts';
export { normalisePostalCode, formatPostalCode, lookupPostalCode, type PostalAddress } from './postal.ts';
export { PREFECTURES, prefectureOf, splitPrefecture, type Prefecture } from './prefectures.ts';
export { displayName, splitFullName, type NameLocale, type PersonName } from './names.ts';
export { parseJapaneseDate, type DateResult } from './dates.ts';
export { splitAddress, type SplitAddress } from './address.ts';
