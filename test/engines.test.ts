/** `npm ci` on the oldest Node the project supports gives no EBADENGINE warning: every locked package accepts it. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

test('every package in package-lock.json runs on the oldest Node that package.json accepts', () => {
  const oldest = semver.minVersion((read('package.json').engines as { node: string }).node)!.version;
  const refusing = Object.entries(read('package-lock.json').packages as Record<string, { engines?: { node?: string } }>)
    .filter(([, locked]) => locked.engines?.node !== undefined && !semver.satisfies(oldest, locked.engines.node))
    .map(([path, locked]) => `${path} wants node ${locked.engines!.node}`);
  assert.deepEqual(refusing, [], `Node ${oldest}`);
});

test('the running Node is one package.json accepts', () => {
  const range = (read('package.json').engines as { node: string }).node;
  assert.ok(semver.satisfies(process.versions.node, range), `Node ${process.versions.node} is outside ${range}`);
});
