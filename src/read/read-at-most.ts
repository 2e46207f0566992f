/** Reads a stream to its end unless it grows past a limit, so an endless or oversized input is never held whole. */

/** The stream's bytes, or undefined as soon as they exceed `maxBytes`; leaving early destroys the stream, which stops its source. */
export async function readAtMost(stream: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Uint8Array[] = [];
  let received = 0;
  for await (const chunk of stream) {
    received += chunk.byteLength;
    if (received > maxBytes) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
