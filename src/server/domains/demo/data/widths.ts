// The character-width variants real customer lists are full of: ﾊﾝｶｸ kana from old POS and bank systems,
// ０９０ full-width digits typed with the IME still on. Demo data carries a few so search and dedup meet them.

const FULL = 'ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン';
const HALF = 'ｦｧｨｩｪｫｬｭｮｯｰｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜﾝ';
const TO_HALF = new Map<string, string>([...FULL].map((c, i) => [c, HALF[i]!]));
TO_HALF.set('\u3099', 'ﾞ'); // combining voiced mark, what NFD splits ガ into
TO_HALF.set('\u309A', 'ﾟ'); // combining semi-voiced mark (パ)

/** タカハシ → ﾀｶﾊｼ, ガ → ｶﾞ (NFD separates the voicing marks, which half-width writes as own characters). */
export function halfwidthKatakana(kana: string): string {
  let out = '';
  for (const c of kana.normalize('NFD')) out += TO_HALF.get(c) ?? c;
  return out;
}

/** 090-1234-5678 → ０９０-１２３４-５６７８ (hyphens stay ASCII, as an IME typically leaves them). */
export function fullwidthDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
}
