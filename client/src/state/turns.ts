// One answer per place on screen: a view that fetches takes a turn for its element, and renders only if no
// newer turn was taken there meanwhile, so a slow answer never overwrites the one the user asked for last.
const turns = new WeakMap<object, number>();

/** Starts a new turn for `owner` and returns a check that stays true until the next turn starts. */
export function takeTurn(owner: object): () => boolean {
  const mine = (turns.get(owner) ?? 0) + 1;
  turns.set(owner, mine);
  return () => turns.get(owner) === mine;
}
