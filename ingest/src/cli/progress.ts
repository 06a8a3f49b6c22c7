// A one-line progress bar on stderr (only when stderr is a terminal; plain lines otherwise).
export function progressLine(done: number, total: number, label: string): string {
  const width = 24;
  const filled = total ? Math.round((done / total) * width) : width;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${label}`;
}

export function makeProgress(stream: NodeJS.WriteStream = process.stderr) {
  const tty = stream.isTTY;
  return (done: number, total: number, label: string) => {
    if (tty) stream.write(`\r\x1b[2K${progressLine(done, total, label)}`);
    if (tty && done === total) stream.write('\n');
  };
}
