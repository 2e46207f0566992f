/** A closed pipe (`redlines export | head -1`) is the reader saying it has enough, not a failure. */

/** Exits 0 without a stack trace when the reader of `stream` goes away; any other stream error still throws. */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(0);
  });
}
