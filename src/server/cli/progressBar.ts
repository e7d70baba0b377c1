/**
 * Progress of a long CLI command on a terminal: one line redrawn in place (label, bar, percent,
 * counts); where stderr is not a terminal (a log, CI), a line at every tenth instead.
 */
const WIDTH = 30;

export function progressBar(stream: NodeJS.WriteStream): (label: string, done: number, total: number) => void {
  let lastDraw = 0;
  let lastLabel = '';
  let lastTenth = -1;
  return (label, done, total) => {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const counts = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
    if (!stream.isTTY) {
      const tenth = Math.floor(fraction * 10);
      if (label === lastLabel && tenth === lastTenth) return;
      lastLabel = label;
      lastTenth = tenth;
      stream.write(`${label}: ${Math.round(fraction * 100)}% (${counts})\n`);
      return;
    }
    const now = Date.now();
    const finished = done >= total;
    if (label === lastLabel && !finished && now - lastDraw < 100) return;
    if (label !== lastLabel && lastLabel) stream.write('\n');
    lastLabel = label;
    lastDraw = now;
    const filled = Math.round(fraction * WIDTH);
    stream.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${String(Math.round(fraction * 100)).padStart(3)}% (${counts})${finished ? '\n' : ''}`);
    if (finished) lastLabel = '';
  };
}
