/** Loading that never shows a stale answer: each new request aborts the previous one and clears its data at once. */
import { useEffect, useState } from 'preact/hooks';

/** What a view shows for its current request: the answer once it came, or the error; neither while loading. */
export interface Latest<T> {
  readonly data: T | undefined;
  readonly error: string;
}

/**
 * Runs `load` whenever `key` changes (or `load` is undefined: nothing to load). The answer of an older
 * key is dropped even when it arrives later than the newer one, because its request was aborted and
 * its state is tagged with the key it answers; the view never pairs one request's title with another's data.
 */
export function useLatest<T>(key: string, load: ((signal: AbortSignal) => Promise<T>) | undefined): Latest<T> {
  const [state, setState] = useState<{ key: string; data?: T; error: string }>({ key: '', error: '' });
  useEffect(() => {
    if (load === undefined) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setState({ key, data, error: '' }),
      (failure: Error) => !controller.signal.aborted && setState({ key, error: failure.message }),
    );
    return () => controller.abort();
  }, [key]);
  return state.key === key && load !== undefined ? { data: state.data, error: state.error } : { data: undefined, error: '' };
}
