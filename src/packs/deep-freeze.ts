/** Freezes a JSON-like value and everything it holds, so a loaded pack cannot change under its users. */

/** Freezes `value` recursively and returns it, typed as deeply readonly by its callers' declared types. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
