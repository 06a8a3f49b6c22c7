// Concurrent requests for one thing share one run of the work behind it: the first call starts the work, the
// calls arriving while it runs wait for its outcome, a value or a failure alike. Nothing is kept once the run
// settles; keeping answers is the cache's job.

export class SingleFlight<T> {
  private readonly flights = new Map<string, Promise<T>>();

  /** Runs under way. */
  get size(): number {
    return this.flights.size;
  }

  /** Joins the run for `key` under way, or starts `work` as that run; `leader` says which. */
  run(key: string, work: () => Promise<T>): { leader: boolean; result: Promise<T> } {
    const underWay = this.flights.get(key);
    if (underWay) return { leader: false, result: underWay };
    let result: Promise<T>;
    try {
      result = work();
    } catch (e) {
      result = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    this.flights.set(key, result);
    const forget = () => {
      // A clear() may have let a newer run take the key meanwhile: that one stays.
      if (this.flights.get(key) === result) this.flights.delete(key);
    };
    result.then(forget, forget);
    return { leader: true, result };
  }

  /** Calls from now on start runs of their own; runs under way still settle for the calls waiting on them. */
  clear(): void {
    this.flights.clear();
  }
}
