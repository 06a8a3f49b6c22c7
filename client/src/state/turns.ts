// One answer per place on screen: a view that fetches takes a turn for its element. Taking a new turn aborts
// the previous turn's requests, and an answer renders only while its turn is current, so a slow answer never
// overwrites the one the user asked for last.
const turns = new WeakMap<object, { n: number; abort: AbortController }>();

export interface Turn {
  /** True until the next turn for the same owner starts. */
  current: () => boolean;
  /** Aborted when the next turn starts: pass it to fetch. */
  signal: AbortSignal;
}

export function takeTurn(owner: object): Turn {
  const previous = turns.get(owner);
  previous?.abort.abort();
  const mine = { n: (previous?.n ?? 0) + 1, abort: new AbortController() };
  turns.set(owner, mine);
  return { current: () => turns.get(owner) === mine, signal: mine.abort.signal };
}
