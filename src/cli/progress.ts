import { SingleBar } from 'cli-progress';

/** Progress of a batch: a bar with rate and ETA on a terminal, a plain line now and then otherwise. */
export interface Progress {
  tick(): void;
  stop(): void;
}

export function createProgress(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: `${label} [{bar}] {value}/{total} | {rate}/s | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
    });
    const started = Date.now();
    bar.start(total, 0, { rate: '0' });
    let done = 0;
    return {
      tick() {
        done++;
        bar.update(done, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
      },
      stop: () => bar.stop(),
    };
  }
  let done = 0;
  let lastReport = 0;
  const started = Date.now();
  return {
    tick() {
      done++;
      const now = Date.now();
      if (now - lastReport < 2000 && done < total) return;
      lastReport = now;
      const rate = done / Math.max(0.001, (now - started) / 1000);
      stream.write(`${label}: ${done}/${total} (${Math.round((100 * done) / Math.max(1, total))} %), ${rate.toFixed(1)}/s\n`);
    },
    stop() {},
  };
}
