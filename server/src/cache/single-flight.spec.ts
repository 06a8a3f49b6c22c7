import { describe, expect, it } from 'vitest';
import { SingleFlight } from './single-flight.js';
import { deferred } from './deferred.spec-helper.js';

describe('SingleFlight', () => {
  it('runs the work once for calls that arrive while it runs, and gives each the same value', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    let runs = 0;
    const work = () => {
      runs++;
      return gate.promise;
    };
    const calls = Array.from({ length: 5 }, () => flights.run('k', work));
    expect(calls.map((c) => c.leader)).toEqual([true, false, false, false, false]);
    expect(flights.run('other', () => Promise.resolve('x')).leader).toBe(true);
    gate.resolve('answer');
    expect(await Promise.all(calls.map((c) => c.result))).toEqual(Array(5).fill('answer'));
    expect(runs).toBe(1);
    // Settled runs are forgotten: the next call runs the work again.
    expect(flights.size).toBe(0);
    await flights.run('k', work).result;
    expect(runs).toBe(2);
  });

  it('gives a failure to every call sharing the run, and runs afresh after it', async () => {
    const flights = new SingleFlight<string>();
    const gate = deferred<string>();
    const calls = [flights.run('k', () => gate.promise), flights.run('k', () => Promise.resolve('unused'))];
    gate.reject(new Error('Neo4j went away'));
    for (const c of calls) await expect(c.result).rejects.toThrow('Neo4j went away');
    const again = flights.run('k', () => Promise.resolve('fresh'));
    expect(again.leader).toBe(true);
    expect(await again.result).toBe('fresh');
  });

  it('turns work that throws at once into a failure of the run', async () => {
    const flights = new SingleFlight<string>();
    const call = flights.run('k', () => {
      throw new Error('bad input');
    });
    await expect(call.result).rejects.toThrow('bad input');
    expect(flights.size).toBe(0);
  });

  it('after clear(), starts a new run beside the old one, whose end does not undo it', async () => {
    const flights = new SingleFlight<string>();
    const old = deferred<string>();
    const first = flights.run('k', () => old.promise);
    flights.clear();
    const fresh = deferred<string>();
    const second = flights.run('k', () => fresh.promise);
    expect(second.leader).toBe(true);
    old.resolve('before');
    expect(await first.result).toBe('before');
    // The old run's end does not drop the new one: a call now still joins it.
    const third = flights.run('k', () => Promise.resolve('unused'));
    expect(third.leader).toBe(false);
    fresh.resolve('after');
    expect([await second.result, await third.result]).toEqual(['after', 'after']);
  });
});
