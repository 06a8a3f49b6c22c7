// Large Bolt answers decoded at the speed of small ones. Neo4j sends a message in chunks of at most 64 KiB,
// and reads from the socket split them further; the JavaScript driver (6.x) keeps a message of several parts
// as a list of them and, for every value it unpacks, walks that list from its start, and decodes each string
// through a fresh StringDecoder. A read of a hub's neighbours (one large record with hundreds of quotes)
// spent most of the API's CPU there. Joining the parts into one buffer when the message is complete (one copy)
// lets every read take the driver's one-buffer path. The driver's results are unchanged: the same bytes are
// unpacked by the same code.
import { createRequire } from 'node:module';

interface Part {
  _buffer: Buffer;
}
interface DechunkerInternals {
  _currentMessage: Part[];
  _onHeader: (header: number) => unknown;
}

const PATCHED = Symbol.for('claimgraph.boltMessagesJoined');

/** The driver's Bolt channel classes this module works with; undefined where they are not found. */
export interface ChannelInternals {
  Dechunker?: { prototype: DechunkerInternals & { [PATCHED]?: true } };
  ChannelBuffer?: new (b: Buffer) => Part;
}

/** Loads them from the copy of the driver that `neo4j-driver` itself loads (so that copy is the one patched). */
export function channelInternals(): ChannelInternals {
  try {
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const chunking = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js') as ChannelInternals;
    const buf = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
      default?: ChannelInternals['ChannelBuffer'];
    };
    return { Dechunker: chunking.Dechunker, ChannelBuffer: buf.default };
  } catch {
    return {};
  }
}

/**
 * Joins multi-part Bolt messages before the driver unpacks them. Applied once per process; true when in
 * place, false when the installed driver's internals are not the ones this was written for (then nothing
 * changes, and reads stay correct, only slower).
 */
export function joinMultiPartMessages(): boolean {
  const { Dechunker, ChannelBuffer } = channelInternals();
  const proto = Dechunker?.prototype;
  if (!proto || typeof proto._onHeader !== 'function' || typeof ChannelBuffer !== 'function') return false;
  if (proto[PATCHED]) return true;
  const onHeader = proto._onHeader;
  const Joined = ChannelBuffer;
  proto._onHeader = function (this: DechunkerInternals, header: number) {
    // Header 0 ends a message; its parts are complete here, before the driver wraps them.
    const parts = this._currentMessage;
    if (header === 0 && Array.isArray(parts) && parts.length > 1 && parts.every((p) => Buffer.isBuffer(p._buffer)))
      this._currentMessage = [new Joined(Buffer.concat(parts.map((p) => p._buffer)))];
    return onHeader.call(this, header);
  };
  proto[PATCHED] = true;
  return true;
}
