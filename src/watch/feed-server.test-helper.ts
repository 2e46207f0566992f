/** A loopback HTTP server for watch tests: RSS feeds whose items change between polls, with ETags and scripted failures. */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One feed item: its link, date (ISO) and plain text. */
export interface TestItem {
  readonly link: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
}

/** A route's answer: a feed of items, or a handler of its own. */
export type Route = readonly TestItem[] | ((request: IncomingMessage, response: ServerResponse) => void);

/** The running server: set routes, read what was asked, close it. */
export interface FeedServer {
  readonly base: string;
  readonly requests: { path: string; ifNoneMatch?: string }[];
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/** RSS 2.0 for `items`. */
export function rss(items: readonly TestItem[]): string {
  const escape = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
  const entries = items.map((item) => `<item><title>${escape(item.title)}</title><link>${escape(item.link)}</link>`
    + `<pubDate>${new Date(`${item.date}T09:00:00Z`).toUTCString()}</pubDate><description>${escape(item.text)}</description></item>`);
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>test</title>${entries.join('')}</channel></rss>`;
}

/** Starts the server on 127.0.0.1 with a free port. Feeds carry an ETag of their content and answer 304 to it. */
export async function startFeedServer(): Promise<FeedServer> {
  const routes = new Map<string, Route>();
  const requests: FeedServer['requests'] = [];
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const ifNoneMatch = request.headers['if-none-match'];
    requests.push({ path, ...(ifNoneMatch === undefined ? {} : { ifNoneMatch }) });
    const route = routes.get(path);
    if (route === undefined) return void response.writeHead(404).end();
    if (typeof route === 'function') return route(request, response);
    const body = rss(route);
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;
    if (ifNoneMatch === etag) return void response.writeHead(304, { etag }).end();
    response.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    route: (path, route) => void routes.set(path, route),
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
