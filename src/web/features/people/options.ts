// The closed lists of a person record, typed against the API contract so that a value added there fails
// to compile here until it has a label. Plain constants: the web bundle takes types, not zod, from src/common.
import type { Person } from '../../../common/people.ts';

export type LifecycleStage = Person['lifecycleStage'];
export type Gender = NonNullable<Person['gender']>;
export type Channel = NonNullable<Person['preferredChannel']>;

/** The badge colour of each stage; its keys are the stages in the order a customer moves through them. */
export const STAGE_COLORS: Record<LifecycleStage, string> = { prospect: 'blue', customer: 'teal', former: 'gray' };
export const STAGES = Object.keys(STAGE_COLORS) as LifecycleStage[];

const GENDER_SET: Record<Gender, true> = { female: true, male: true, other: true, unknown: true };
export const GENDERS = Object.keys(GENDER_SET) as Gender[];

const CHANNEL_SET: Record<Channel, true> = { email: true, dm: true, phone: true, line: true, shop: true };
export const CHANNELS = Object.keys(CHANNEL_SET) as Channel[];

/**
 * The 47 都道府県 in JIS X 0401 order (北海道 first, 沖縄県 last), as the server stores them. The server's
 * own list lives in src/server/lib/japanese, which the web app may not import.
 */
export const PREFECTURES = [
  '北海道', '青森県', '岩手県', '宮城県', '秋田県', '山形県', '福島県', '茨城県', '栃木県', '群馬県', '埼玉県', '千葉県',
  '東京都', '神奈川県', '新潟県', '富山県', '石川県', '福井県', '山梨県', '長野県', '岐阜県', '静岡県', '愛知県', '三重県',
  '滋賀県', '京都府', '大阪府', '兵庫県', '奈良県', '和歌山県', '鳥取県', '島根県', '岡山県', '広島県', '山口県', '徳島県',
  '香川県', '愛媛県', '高知県', '福岡県', '佐賀県', '長崎県', '熊本県', '大分県', '宮崎県', '鹿児島県', '沖縄県',
] as const;
