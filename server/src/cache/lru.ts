// A least-recently-used map bounded by entry count and by bytes: a Map keeps insertion order, so the first
// key is the least recently used once every hit re-inserts its entry.

export interface Sized {
  bytes: number;
}

export class Lru<V extends Sized> {
  private readonly entries = new Map<string, V>();
  private used = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get bytes(): number {
    return this.used;
  }

  get(key: string): V | undefined {
    const v = this.entries.get(key);
    if (v === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, v);
    return v;
  }

  /** The value kept under `key`, leaving the order of use as it is. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }

  /** Stores the value unless it alone is larger than the byte bound; evicts the oldest until both bounds hold. */
  set(key: string, value: V): void {
    this.delete(key);
    if (value.bytes > this.maxBytes || this.maxEntries < 1) return;
    this.entries.set(key, value);
    this.used += value.bytes;
    for (const [oldest, v] of this.entries) {
      if (this.entries.size <= this.maxEntries && this.used <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.used -= v.bytes;
    }
  }

  delete(key: string): void {
    const v = this.entries.get(key);
    if (v === undefined) return;
    this.entries.delete(key);
    this.used -= v.bytes;
  }

  clear(): void {
    this.entries.clear();
    this.used = 0;
  }
}
