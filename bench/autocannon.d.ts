/** The part of autocannon's API the API benchmark uses (the package ships no types). */
declare module 'autocannon' {
  interface Histogram {
    readonly average: number;
    readonly p99: number;
    readonly total: number;
  }
  interface Result {
    readonly requests: Histogram;
    readonly latency: Histogram;
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
  }
  /** A request template; `setupRequest` may change it (its path, say) before each send. */
  interface RequestTemplate {
    readonly setupRequest?: (request: { path: string }) => { path: string };
  }
  interface Options {
    readonly url: string;
    readonly connections?: number;
    readonly duration?: number;
    readonly requests?: readonly RequestTemplate[];
  }
  /** Runs a load test and resolves with its statistics. */
  function autocannon(options: Options): Promise<Result>;
  export default autocannon;
}
