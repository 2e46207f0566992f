#!/usr/bin/env node
// Runs the compiled CLI with plain node: no TypeScript at run time, so only `dependencies` are needed.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('redlines: not built yet; run `npm run build` in the project folder (npm pack and npm start do it)\n');
  process.exit(1);
}
await import(main.href);
