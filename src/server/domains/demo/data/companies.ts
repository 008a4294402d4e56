// Company names as Japanese firms are actually called: an entity type (株式会社 …) written before (前株) or
// after (後株) a name made of a stem — a lucky word, a place, or the founder's surname — and a word for
// what the firm does. Readings (フリガナ) leave the entity type out, as the corporate registry does.
import { hepburn } from './romaji.ts';

export interface Word {
  text: string;
  kana: string;
  /** For website names: the romanised reading, or the English word a loanword comes from (ソリューションズ → solutions). */
  slug: string;
}

function words(table: string, withSlug: boolean): Word[] {
  const t = table.trim().split(/\s+/);
  const step = withSlug ? 3 : 2;
  const out: Word[] = [];
  for (let i = 0; i < t.length; i += step) out.push({ text: t[i]!, kana: t[i + 1]!, slug: withSlug ? t[i + 2]! : hepburn(t[i + 1]!) });
  return out;
}

export const COMPANY_STEMS: Word[] = words(`
さくら サクラ 富士 フジ 日本 ニホン 東洋 トウヨウ 大和 ヤマト 中央 チュウオウ 丸和 マルワ ひまわり ヒマワリ
みらい ミライ 青葉 アオバ 北斗 ホクト 旭 アサヒ 昭和 ショウワ 平和 ヘイワ 三和 サンワ 協和 キョウワ 共栄 キョウエイ
東和 トウワ 明治 メイジ 大成 タイセイ 日進 ニッシン 光 ヒカリ 若葉 ワカバ 新星 シンセイ 丸一 マルイチ 山一 ヤマイチ
ミドリ ミドリ アオイ アオイ 栄光 エイコウ 大地 ダイチ ひので ヒノデ 瑞穂 ミズホ 黎明 レイメイ 千歳 チトセ
つばさ ツバサ 大洋 タイヨウ 誠 マコト 匠 タクミ 松竹 ショウチク 朝日 アサヒ 双葉 フタバ 暁 アカツキ
`, false);

export interface Industry {
  name: string;
  weight: number;
  suffixes: Word[];
}

function industry(name: string, weight: number, suffixes: string): Industry {
  return { name, weight, suffixes: words(suffixes, true) };
}

export const INDUSTRIES: Industry[] = [
  industry('小売', 16, '商店 ショウテン shoten 商事 ショウジ shoji ストア ストア store 百貨 ヒャッカ hyakka'),
  industry('飲食', 12, 'フーズ フーズ foods 食堂 ショクドウ shokudo ダイニング ダイニング dining 珈琲 コーヒー coffee'),
  industry('製造', 14, '製作所 セイサクショ seisakusho 工業 コウギョウ kogyo 精機 セイキ seiki 化学 カガク kagaku 電機 デンキ denki'),
  industry('IT', 10, 'システム システム system ソフト ソフト soft テクノロジーズ テクノロジーズ tech ソリューションズ ソリューションズ solutions'),
  industry('不動産', 8, '不動産 フドウサン fudosan 住宅 ジュウタク jutaku ホーム ホーム home エステート エステート estate'),
  industry('医療', 6, 'メディカル メディカル medical 薬局 ヤッキョク pharmacy ケアサービス ケアサービス care'),
  industry('美容', 7, 'ビューティー ビューティー beauty コスメ コスメ cosme ヘアー ヘアー hair'),
  industry('教育', 5, '学院 ガクイン gakuin ゼミナール ゼミナール seminar アカデミー アカデミー academy'),
  industry('建設', 9, '建設 ケンセツ kensetsu 工務店 コウムテン komuten 土木 ドボク doboku'),
  industry('運輸', 5, '運輸 ウンユ unyu 物流 ブツリュウ butsuryu ロジスティクス ロジスティクス logistics'),
  industry('卸売', 6, '物産 ブッサン bussan 商会 ショウカイ shokai トレーディング トレーディング trading'),
  industry('自動車', 4, '自動車 ジドウシャ jidosha モータース モータース motors オート オート auto'),
  industry('宿泊・観光', 3, '観光 カンコウ kanko ホテル ホテル hotel ツーリスト ツーリスト tourist'),
  industry('広告・デザイン', 3, '企画 キカク kikaku 広告 コウコク kokoku クリエイティブ クリエイティブ creative'),
  industry('農業', 2, '農園 ノウエン noen ファーム ファーム farm'),
];

/** Entity types with their share among small firms; 有限会社 can no longer be founded (2006) but lives on. */
export const ENTITY_TYPES: { text: string; weight: number }[] = [
  { text: '株式会社', weight: 72 },
  { text: '有限会社', weight: 16 },
  { text: '合同会社', weight: 12 },
];

export const JOB_TITLES: { text: string; weight: number }[] = [
  { text: '代表取締役', weight: 5 },
  { text: '取締役', weight: 4 },
  { text: '部長', weight: 10 },
  { text: '課長', weight: 14 },
  { text: '係長', weight: 9 },
  { text: '主任', weight: 13 },
  { text: '店長', weight: 8 },
  { text: '担当', weight: 37 },
];

export const SOURCES: { text: string; weight: number }[] = [
  { text: '店頭', weight: 30 },
  { text: 'ウェブサイト', weight: 24 },
  { text: '紹介', weight: 12 },
  { text: 'LINE', weight: 12 },
  { text: 'Instagram', weight: 10 },
  { text: '展示会', weight: 6 },
  { text: '電話', weight: 6 },
];

/**
 * Only domains reserved for documentation: RFC 2606 (example.com) and JPRS's reserved example.jp and
 * example.co.jp. Demo mail sent by mistake then reaches nobody.
 */
export const EMAIL_DOMAINS = ['example.jp', 'example.com', 'example.co.jp'];
