/** Counts in messages for people: "1 position", "2 positions", "0 documents". */

/** `count` and the noun, singular for exactly one; `plural` for nouns that do not just add an s. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
