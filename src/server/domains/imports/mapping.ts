// Which column of an uploaded file goes into which field: matched by header first — Japanese and English,
// full- or half-width, with or without notes such as （必須） or ※半角 — then, for a column whose header
// says nothing, by its sample values (emails, phone numbers, postal codes, furigana). Each field takes one
// column; a second column that would match it is left for the user to map. Pure: the page shows the
// suggestion and the user corrects it.
import { isFurigana, normalisePostalCode, parseEmail, parsePhone, toKatakana } from '../../lib/japanese/index.ts';

export interface TargetField {
  key: string;
  /** Header spellings, compared after headerKey(). */
  headers: string[];
  /** Recognises a column by its values when no header matched; every non-empty sample must pass. */
  values?: (sample: string) => boolean;
}

export interface ColumnMatch { column: number; field: string | null; by: 'header' | 'values' | null }

/** A header as compared: NFKC, katakana, lower case, without notes in brackets, marks and spaces. */
export function headerKey(header: string): string {
  return toKatakana(header.normalize('NFKC'))
    .toLowerCase()
    // A note that says "furigana" is part of the name of the field: 姓（フリガナ）, Family name (kana).
    .replace(/[(（［[【<＜]\s*(カナ|フリガナ|ヨミ|ヨミガナ|kana|furigana)\s*[)）］\]】>＞]/gu, '$1')
    .replace(/[(（［[【<＜].*?[)）］\]】>＞]/gu, '')
    .replace(/※.*$/u, '')
    .replace(/[\s\u3000*＊:：・_\-−‐.．/／]/gu, '');
}

const isEmail = (s: string) => s.includes('@') && parseEmail(s).ok;
// A phone column: a Japanese number with its leading 0 (or +81) — not any string of digits, which a
// member number or an amount also is.
const isPhone = (s: string) => /^[\s\u3000(（]*[0０+＋]/u.test(s) && parsePhone(s).ok;
const isPostal = (s: string) => normalisePostalCode(s) !== null && /[-－ー‐〒]|^\d{7}$/u.test(s.trim());

/** The person fields a file can fill, with the headers Japanese and English lists use for them. */
export const PERSON_TARGETS: TargetField[] = [
  { key: 'fullName', headers: ['氏名', '名前', 'お名前', '顧客名', '会員名', 'お客様名', '姓名', 'フルネーム', '宛名', '氏名漢字', 'name', 'fullname', 'customername'] },
  { key: 'familyName', headers: ['姓', '苗字', '名字', '氏', '姓漢字', 'lastname', 'familyname', 'surname'] },
  { key: 'givenName', headers: ['名', '下の名前', '名漢字', 'firstname', 'givenname'] },
  { key: 'fullNameKana', headers: ['フリガナ', 'カナ', '氏名カナ', '氏名フリガナ', '名前カナ', 'お名前カナ', 'お名前フリガナ', 'シメイ', 'ヨミ', 'ヨミガナ', '読み', '読みガナ', 'kana', 'furigana', 'namekana'], values: isFurigana },
  { key: 'familyNameKana', headers: ['セイ', 'セイフリガナ', '姓カナ', '姓フリガナ', 'ミョウジ', 'lastnamekana', 'familynamekana'] },
  { key: 'givenNameKana', headers: ['メイ', 'メイフリガナ', '名カナ', '名フリガナ', 'firstnamekana', 'givennamekana'] },
  { key: 'email', headers: ['メール', 'メールアドレス', 'eメール', 'eメールアドレス', 'email', 'emailaddress', 'mail', 'mailaddress', 'メアド', 'pcメール', '携帯メール'], values: isEmail },
  { key: 'phone', headers: ['電話', '電話番号', 'tel', 'telephone', 'phone', 'phonenumber', '自宅電話', '自宅電話番号', '固定電話', '連絡先電話番号', '連絡先'], values: isPhone },
  { key: 'mobile', headers: ['携帯', '携帯電話', '携帯番号', '携帯電話番号', '携帯tel', 'mobile', 'mobilephone', 'cell', 'cellphone', '電話番号2', 'tel2', 'phone2', 'phonenumber2'] },
  { key: 'postalCode', headers: ['郵便番号', '〒', '郵便', '〒番号', 'zip', 'zipcode', 'postalcode', 'postcode'], values: isPostal },
  { key: 'address', headers: ['住所', '住所1', '所在地', '自宅住所', '現住所', 'address'] },
  { key: 'address2', headers: ['住所2', '番地以降', '住所続き'] },
  { key: 'prefecture', headers: ['都道府県', '県', 'prefecture'] },
  { key: 'city', headers: ['市区町村', '市町村', 'city'] },
  { key: 'addressLine', headers: ['番地', '町名番地', '町域番地', '丁目番地', 'street', 'streetaddress', 'address1'] },
  { key: 'building', headers: ['建物', '建物名', '建物名部屋番号', 'マンション名', 'ビル名', 'building'] },
  { key: 'companyName', headers: ['会社名', '会社', '勤務先', '法人名', '企業名', '社名', '勤務先名', 'company', 'companyname', 'organization'] },
  { key: 'department', headers: ['部署', '部署名', '所属部署', '所属', 'department', 'division'] },
  { key: 'jobTitle', headers: ['役職', '役職名', '肩書', '肩書き', 'title', 'jobtitle', 'position'] },
  { key: 'birthday', headers: ['生年月日', '誕生日', 'birthday', 'birthdate', 'dateofbirth', 'dob'] },
  { key: 'gender', headers: ['性別', 'gender', 'sex'] },
  { key: 'memberNumber', headers: ['会員番号', '会員no', '会員id', '会員コード', '顧客番号', '顧客id', '顧客コード', '顧客no', 'カード番号', 'ポイントカード番号', '会員カード番号', 'membernumber', 'memberid', 'memberno', 'customerid', 'customerno', 'customernumber', 'cardnumber'] },
  { key: 'notes', headers: ['備考', 'メモ', '特記事項', 'コメント', '備考欄', 'note', 'notes', 'memo', 'remarks', 'comment'] },
  { key: 'tags', headers: ['タグ', 'tag', 'tags'] },
  { key: 'lifecycleStage', headers: ['顧客ステージ', 'ステージ', 'ライフサイクル', '顧客区分', 'lifecyclestage', 'stage'] },
];

/**
 * Suggests a field for each column. `samples` are the first rows (cells by column); `targets` may add the
 * workspace's custom fields, matched by their label.
 */
export function suggestMapping(headers: string[], samples: string[][], targets: TargetField[]): ColumnMatch[] {
  const byHeader = new Map<string, string>();
  for (const t of targets) for (const h of [t.key, ...t.headers]) if (!byHeader.has(headerKey(h))) byHeader.set(headerKey(h), t.key);
  const taken = new Set<string>();
  const out: ColumnMatch[] = headers.map((h, column) => {
    const key = byHeader.get(headerKey(h));
    if (key === undefined || taken.has(key)) return { column, field: null, by: null };
    taken.add(key);
    return { column, field: key, by: 'header' };
  });
  for (const m of out) {
    if (m.field !== null) continue;
    const values = samples.map((row) => (row[m.column] ?? '').trim()).filter((v) => v !== '');
    if (values.length === 0) continue;
    const t = targets.find((x) => x.values && !taken.has(x.key) && values.every(x.values));
    if (t) { taken.add(t.key); m.field = t.key; m.by = 'values'; }
  }
  return out;
}
