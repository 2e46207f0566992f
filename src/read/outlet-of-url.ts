/** Derives the outlet from a URL, since the host identifies a publisher better than any site name tag. */

/** The URL's host without a leading `www.`, or undefined when `url` is not an absolute URL. */
export function outletOfUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host === '' ? undefined : host.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
