/** Which addresses a URL fetch may connect to: public unicast ones, plus internal ones an allow-list names. */
import ipaddr from 'ipaddr.js';

/** The environment variable listing internal addresses and CIDR ranges that fetches may reach, comma-separated. */
export const FETCH_ALLOW_VARIABLE = 'REDLINES_FETCH_ALLOW';

/** Parsed allow-list entries: an address with its prefix length (a single address is a full-length range). */
export type FetchAllowList = readonly (readonly [ipaddr.IPv4 | ipaddr.IPv6, number])[];

// Global unicast IPv6 lives in 2000::/3; outside it, ipaddr.js still calls deprecated forms such as ::127.0.0.1 unicast.
const GLOBAL_UNICAST_IPV6 = ipaddr.IPv6.parseCIDR('2000::/3');

/** Parses addresses (`127.0.0.1`, `::1`) and CIDR ranges (`10.0.0.0/8`); a bad entry throws naming `origin`. */
export function parseFetchAllow(entries: readonly string[], origin: string): FetchAllowList {
  return entries.map((text) => text.trim()).filter((text) => text !== '').map((text) => {
    if (ipaddr.isValidCIDR(text)) {
      const [address, bits] = ipaddr.parseCIDR(text);
      return canonicalRange(address, bits);
    }
    if (ipaddr.isValid(text)) {
      const address = ipaddr.process(text);
      return [address, address.kind() === 'ipv4' ? 32 : 128] as const;
    }
    throw new Error(`${origin}: "${text}" is neither an IP address nor a CIDR range (e.g. 127.0.0.1 or 10.0.0.0/8)`);
  });
}

/** The allow-list from `REDLINES_FETCH_ALLOW`; empty when it is unset. */
export function fetchAllowFromEnvironment(): FetchAllowList {
  return parseFetchAllow((process.env[FETCH_ALLOW_VARIABLE] ?? '').split(','), FETCH_ALLOW_VARIABLE);
}

/** True for a public unicast address, or one inside an allowed range; `address` is any spelling ipaddr.js parses. */
export function isFetchable(address: string, allow: FetchAllowList): boolean {
  if (!ipaddr.isValid(address)) return false;
  // IPv4-mapped IPv6 (::ffff:127.0.0.1) is judged as the IPv4 address it reaches.
  const parsed = ipaddr.process(address);
  if (allow.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))) return true;
  if (parsed.range() !== 'unicast') return false;
  return parsed.kind() === 'ipv4' || parsed.match(GLOBAL_UNICAST_IPV6);
}

/** An IPv4-mapped range (::ffff:10.0.0.0/104) becomes the IPv4 range it names, as addresses are judged as IPv4. */
function canonicalRange(address: ipaddr.IPv4 | ipaddr.IPv6, bits: number): readonly [ipaddr.IPv4 | ipaddr.IPv6, number] {
  return address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress() && bits >= 96
    ? [(address as ipaddr.IPv6).toIPv4Address(), bits - 96]
    : [address, bits];
}
