/** A seeded pseudo-random generator (mulberry32): tests and benchmarks that generate data get the same data every run. */
export { seededRandom } from '../src/learn/index.ts';
