/** The dashboard's calls to the API, with the bearer token from the token field when one is set. */

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

/** Sends a request to the API and returns its JSON, throwing `ApiError` with the server's message on failure. */
export async function api<T>(path: string, { method = 'GET', body }: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<T> {
  const headers: Record<string, string> = {};
  const token = storedToken();
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(path, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const reply = (await response.json().catch(() => ({}))) as { message?: string };
  if (!response.ok && response.status !== 422) throw new ApiError(response.status, reply.message ?? `${response.status} ${response.statusText}`);
  return reply as T;
}

/** A query string from the defined, non-empty values of `params`. */
export function query(params: Record<string, string | undefined>): string {
  const entries = Object.entries(params).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '');
  return entries.length === 0 ? '' : `?${new URLSearchParams(entries).toString()}`;
}
