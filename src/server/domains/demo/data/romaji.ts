// Katakana → romaji (Hepburn as on Japanese passports: long vowels dropped, ン as m before b/m/p), used to
// build plausible demo email addresses and website names from name readings. Runs once per table entry at
// module load, never per generated record, so it favours clarity over speed.

const BASE: Record<string, string> = {};
const ROWS = `
ア a イ i ウ u エ e オ o カ ka キ ki ク ku ケ ke コ ko ガ ga ギ gi グ gu ゲ ge ゴ go
サ sa シ shi ス su セ se ソ so ザ za ジ ji ズ zu ゼ ze ゾ zo タ ta チ chi ツ tsu テ te ト to
ダ da ヂ ji ヅ zu デ de ド do ナ na ニ ni ヌ nu ネ ne ノ no ハ ha ヒ hi フ fu ヘ he ホ ho
バ ba ビ bi ブ bu ベ be ボ bo パ pa ピ pi プ pu ペ pe ポ po マ ma ミ mi ム mu メ me モ mo
ヤ ya ユ yu ヨ yo ラ ra リ ri ル ru レ re ロ ro ワ wa ヰ i ヱ e ヲ o ヴ vu`;
const tokens = ROWS.trim().split(/\s+/);
for (let i = 0; i < tokens.length; i += 2) BASE[tokens[i]!] = tokens[i + 1]!;

const SMALL_Y: Record<string, string> = { ャ: 'a', ュ: 'u', ョ: 'o' };
const SMALL_VOWEL: Record<string, string> = { ァ: 'a', ィ: 'i', ゥ: 'u', ェ: 'e', ォ: 'o' };

/** Romanises a katakana reading; hiragana is accepted too (shifted to katakana first). */
export function hepburn(kana: string): string {
  const chars = [...kana.replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60))];
  // First syllables, then the joins that depend on neighbours (ッ, ン, long vowels).
  const syl: string[] = [];
  for (const c of chars) {
    const prev = syl.length > 0 ? syl[syl.length - 1]! : '';
    if (c in SMALL_Y && prev.endsWith('i')) {
      // キャ → kya, but シャ → sha, チャ → cha, ジャ → ja (the y is already in the consonant).
      const stem = prev.slice(0, -1);
      syl[syl.length - 1] = stem + (/(sh|ch|j)$/.test(stem) ? '' : 'y') + SMALL_Y[c]!;
    } else if (c in SMALL_VOWEL && prev !== '') {
      // ファ → fa, ティ → ti, ウィ → wi: the small vowel replaces the vowel of the kana before it.
      const stem = prev === 'u' ? 'w' : prev.replace(/[aiueo]$/, '');
      syl[syl.length - 1] = stem + SMALL_VOWEL[c]!;
    } else if (c === 'ッ' || c === 'ン' || c === 'ー') {
      syl.push(c);
    } else if (c in BASE) {
      syl.push(BASE[c]!);
    }
  }
  let out = '';
  for (let i = 0; i < syl.length; i++) {
    const s = syl[i]!;
    const next = syl[i + 1] ?? '';
    if (s === 'ッ') {
      out += next.startsWith('ch') ? 't' : next.charAt(0);
    } else if (s === 'ン') {
      out += /^[bmp]/.test(next) ? 'm' : 'n';
    } else if (s === 'ー') {
      continue;
    } else if ((s === 'u' && /(o|yu|ju|shu|chu)$/.test(out)) || (s === 'o' && out.endsWith('o'))) {
      // サトウ → sato, オオノ → ono, ユウコ → yuko: passport spelling drops the long vowel. A u after
      // another u is kept unless it lengthens ユ/ジュ/シュ/チュ: マツウラ is two morphemes, matsuura.
      continue;
    } else {
      out += s;
    }
  }
  return out;
}
