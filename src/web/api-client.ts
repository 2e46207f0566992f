/** The dashboard's calls to the API, with the bearer token from the token field when one is set. */
import type { PositionRecord } from '../core/types.ts';

/** An API error reply, thrown so views can show its message. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

const TOKEN_KEY = 'redlines-token';

/** The token typed into the dashboard, kept for this browser tab only. */
export function storedToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Remembers the token for later requests of this tab. */
export function storeToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token);
}

/** How a request is sent: the method, a JSON body, and a signal that aborts it when its answer is no longer wanted. */
export interface RequestOptions {
  readonly method?: 'GET' | 'POST';
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

/** Sends a request to the API and returns its JSON, throwing `ApiError` with the server's message on failure. */
export async function api<T>(path: string, { method = 'GET', body, signal }: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {};
  const token = storedToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, {
    method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), ...(signal === undefined ? {} : { signal }),
  });
  const reply = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok && response.status !== 422) throw new ApiError(response.status, reply.message ?? `${response.status} ${response.statusText}`);
  return reply as T;
}

/** A query string from the defined, non-empty values of `params`; an array repeats its key. */
export function query(params: Record<string, string | readonly string[] | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    for (const item of typeof value === 'string' ? [value] : value ?? []) if (item !== '') search.append(key, item);
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

/** The most positions `GET /api/positions` returns in one reply. */
const POSITIONS_PAGE = 1000;

/** Every position `GET /api/positions` gives for `params`, asked for a page at a time. */
export async function allPositions(params: Record<string, string | undefined>, signal: AbortSignal): Promise<PositionRecord[]> {
  const records: PositionRecord[] = [];
  for (let afterId: string | undefined; ;) {
    const page = await api<PositionRecord[]>(`/api/positions${query({ ...params, limit: String(POSITIONS_PAGE), afterId })}`, { signal });
    records.push(...page);
    if (page.length < POSITIONS_PAGE) return records;
    afterId = page.at(-1)!.id;
  }
}
