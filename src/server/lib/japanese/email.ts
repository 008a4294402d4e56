// Email addresses as typed in Japan: often with the IME still in full-width mode (ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ),
// sometimes with 。 for the dot, sometimes from old Japanese mobile carriers whose addresses break RFC 5322
// (taro..yamada@docomo.ne.jp, taro.@ezweb.ne.jp were issued until 2009 and are still in use).
//
// The rules, decided here once:
//  - value (what is stored and sent to): trimmed, NFKC over the whole address so that full-width ASCII
//    typed by accident becomes ASCII (a real address never contains full-width ASCII), 。/｡ in the domain
//    read as '.' (as IDNA does), the domain lower-cased (DNS is case-insensitive); the local part keeps
//    the case that was typed.
//  - key (what dedup and "same address?" compare): the value with the local part lower-cased too, and the
//    domain in its ASCII (punycode) form. RFC 5321 allows a case-sensitive local part, but practically every
//    provider (Gmail, Outlook, Yahoo! JAPAN, docomo, au, SoftBank, corporate Exchange) treats it case-
//    insensitively, so Hanako@ and hanako@ are one mailbox and must be one person.
//  - +tags stay distinct in the key: hanako+shop@example.jp is not hanako@example.jp. The person gave that
//    exact address, often to tell who leaked it or to filter it; consent and unsubscribes are recorded per
//    address, and merging the two would send to an address they never gave us. Likewise Gmail's ignored dots
//    are not folded: that is one provider's rule, not the address's.
//  - Syntax: a dot-atom local part (letters, digits and !#$%&'*+/=?^_`{|}~-), plus the carriers' legacy
//    consecutive dots and a dot before the @; no leading dot, no quoted local parts, no spaces, and ASCII
//    only (an internationalised local part needs SMTPUTF8, which Japanese providers and relays do not
//    offer, so 山田@example.jp would be accepted and then bounce). The domain needs at least two labels
//    of letters, digits and hyphens (an IDN like 例え.jp is accepted and keyed in punycode) and an
//    alphabetic top-level label; no IP literals.

export type EmailError =
  | 'empty'
  | 'missing_at' // no @, or more than one
  | 'invalid_local_part'
  | 'invalid_domain'
  | 'too_long'; // over 64 characters before the @ or 254 in all (RFC 5321)

export type EmailResult = { ok: true; value: string; key: string } | { ok: false; error: EmailError };

const LOCAL_RE = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-][A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]*$/u;
const LABEL_RE = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/u;
const TLD_RE = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/u;

/** The ASCII form of a domain (IDNA via WHATWG URL, available in Node and browsers alike), or null when it
 * is not a host name. */
function asciiDomain(domain: string): string | null {
  if (/[\s/?#@:[\]\\%]/u.test(domain)) return null;
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

export function parseEmail(s: string): EmailResult {
  const trimmed = s.normalize('NFKC').trim();
  if (trimmed === '') return { ok: false, error: 'empty' };
  const at = trimmed.indexOf('@');
  if (at < 0 || trimmed.indexOf('@', at + 1) >= 0) return { ok: false, error: 'missing_at' };
  const local = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).replace(/。/gu, '.').toLowerCase();
  if (local === '' || !LOCAL_RE.test(local)) return { ok: false, error: 'invalid_local_part' };
  if (local.length > 64) return { ok: false, error: 'too_long' };
  const ascii = asciiDomain(domain);
  if (ascii === null) return { ok: false, error: 'invalid_domain' };
  const labels = ascii.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL_RE.test(l)) || !TLD_RE.test(labels.at(-1) ?? '')) {
    return { ok: false, error: 'invalid_domain' };
  }
  const value = `${local}@${domain}`;
  if (local.length + 1 + ascii.length > 254) return { ok: false, error: 'too_long' };
  return { ok: true, value, key: `${local.toLowerCase()}@${ascii}` };
}

/** The dedup key of an address, or null when it is not a valid address. */
export function emailKey(s: string): string | null {
  const parsed = parseEmail(s);
  return parsed.ok ? parsed.key : null;
}
