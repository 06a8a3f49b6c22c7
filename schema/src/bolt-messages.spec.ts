import { describe, expect, it } from 'vitest';
import { channelInternals, joinMultiPartMessages } from './bolt-messages.js';

const internals = channelInternals();
const Dechunker = internals.Dechunker as unknown as new () => {
  onmessage: (m: unknown) => void;
  write: (b: unknown) => void;
};
const ChannelBuffer = internals.ChannelBuffer!;

/** A message as Neo4j frames it: chunks of at most `size` bytes, each after its 2-byte length, then 00 00. */
function framed(payload: Buffer, size: number): Buffer {
  const parts: Buffer[] = [];
  for (let i = 0; i < payload.length; i += size) {
    const chunk = payload.subarray(i, i + size);
    const head = Buffer.alloc(2);
    head.writeUInt16BE(chunk.length);
    parts.push(head, chunk);
  }
  return Buffer.concat([...parts, Buffer.alloc(2)]);
}

function received(wire: Buffer[]): Buffer[] {
  const d = new Dechunker();
  const out: Buffer[] = [];
  d.onmessage = (m) => {
    out.push((m as { _buffer?: Buffer })._buffer ?? Buffer.alloc(0));
  };
  for (const w of wire) d.write(new ChannelBuffer(w));
  return out;
}

describe('joinMultiPartMessages', () => {
  it('is in place for the installed driver, once however often it is called', () => {
    expect(joinMultiPartMessages()).toBe(true);
    expect(joinMultiPartMessages()).toBe(true);
  });

  it('hands the driver a message of many chunks and socket reads as one buffer with the same bytes', () => {
    joinMultiPartMessages();
    const payload = Buffer.from('Zoë said “no” 😀 '.repeat(500));
    const wire = framed(payload, 1000);
    // Socket reads that cut through chunk headers and chunks alike.
    const reads = [wire.subarray(0, 1), wire.subarray(1, 777), wire.subarray(777, 5001), wire.subarray(5001)];
    const [message, ...rest] = received(reads);
    expect(rest).toEqual([]);
    expect(message!.equals(payload)).toBe(true);
  });

  it('leaves a one-chunk message and the messages after it as they were', () => {
    joinMultiPartMessages();
    const small = Buffer.from('short');
    const big = Buffer.from('x'.repeat(3000));
    const out = received([Buffer.concat([framed(small, 1000), framed(big, 1000)])]);
    expect(out.map((b) => b.toString())).toEqual([small.toString(), big.toString()]);
  });
});
