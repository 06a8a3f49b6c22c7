// A one-line progress bar on stderr: documents done, documents/s, and time left (from the input bytes
// read so far against the total, when the total is known). Plain lines every few seconds off a terminal.
export interface ProgressState {
  done: number;
  bytes: number;
  totalBytes: number;
  elapsedMs: number;
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(s % 60).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export function progressLine(p: ProgressState): string {
  const width = 24;
  const fraction = p.totalBytes > 0 ? Math.min(1, p.bytes / p.totalBytes) : 0;
  const filled = Math.round(fraction * width);
  const seconds = p.elapsedMs / 1000;
  const rate = seconds > 0 ? p.done / seconds : 0;
  const parts = [`${p.done} docs`, `${rate.toFixed(1)} docs/s`];
  if (p.totalBytes > 0) {
    parts.push(`${Math.round(fraction * 100)}%`);
    if (p.bytes > 0) parts.push(`${formatDuration((p.elapsedMs * (p.totalBytes - p.bytes)) / p.bytes)} left`);
  }
  const bar = p.totalBytes > 0 ? `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ` : '';
  return bar + parts.join(' · ');
}

export function makeProgress(totalBytes: number, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastDrawn = started;
  const state = (done: number, bytes: number): ProgressState => ({
    done,
    bytes,
    totalBytes,
    elapsedMs: Date.now() - started,
  });
  return {
    update(done: number, bytes: number) {
      const now = Date.now();
      if (stream.isTTY) {
        if (now - lastDrawn < 100 && done > 1) return;
        stream.write(`\r\x1b[2K${progressLine(state(done, bytes))}`);
      } else {
        if (now - lastDrawn < 5000) return;
        stream.write(`${progressLine(state(done, bytes))}\n`);
      }
      lastDrawn = now;
    },
    finish(done: number, bytes: number) {
      stream.write(`${stream.isTTY ? '\r\x1b[2K' : ''}${progressLine(state(done, bytes))}\n`);
    },
  };
}
