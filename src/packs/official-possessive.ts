/**
 * Whether an issue phrase ends on an official's name that is a possessive: "a meeting with Putin's
 * envoy" is a meeting with the envoy, "meet Zelensky's demands" no meeting at all, whichever the pack.
 */
import type { Pack } from '../core/index.ts';

/** Every official's name and alias in the pack, lowercased. */
export function officialNames(pack: Pack): ReadonlySet<string> {
  return new Set(pack.parties.flatMap((party) => party.officials.flatMap((official) => [official.name, ...official.aliases])).map((name) => name.toLowerCase()));
}

/** Whether the phrase `text[start, end)` ends on an official's name followed by a possessive "'s". */
export function endsOnOfficialPossessive(text: string, start: number, end: number, officials: ReadonlySet<string>): boolean {
  if (!/^['’]s\b/u.test(text.slice(end, end + 3))) return false;
  const phrase = text.slice(start, end).toLowerCase();
  for (const name of officials) if (phrase.endsWith(name) && !/\p{L}/u.test(phrase.charAt(phrase.length - name.length - 1))) return true;
  return false;
}
