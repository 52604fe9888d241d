import { checkItem, type Checked, type ImportItem } from '../../app/classroom';
import type { VerifyReply, VerifyRequest } from '../../app/verify.worker';

/**
 * Verify many items without blocking the page: a few workers (one per core, up to four) each
 * re-run a small batch at a time; without workers, the page checks items itself in slices of at
 * most SLICE_MS and lets the browser paint between them. Results arrive through `onResult` with
 * the item's index, in any order.
 */
const BATCH = 6;
const SLICE_MS = 40;

export interface Verifier {
  check(items: readonly ImportItem[], onResult: (index: number, result: Checked) => void): Promise<void>;
  dispose(): void;
}

function makeWorker(): Worker | null {
  try {
    return new Worker(new URL('../../app/verify.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

export function createVerifier(): Verifier {
  const size = Math.max(1, Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2));
  let workers: Worker[] | null = null;
  const pool = (): Worker[] => {
    if (workers === null) workers = Array.from({ length: size }, makeWorker).filter((w): w is Worker => w !== null);
    return workers;
  };

  const onPage = async (items: readonly ImportItem[], onResult: (index: number, result: Checked) => void) => {
    let i = 0;
    while (i < items.length) {
      await new Promise<void>((r) => setTimeout(r, 0));
      const start = performance.now();
      do {
        onResult(i, checkItem(items[i]!));
        i++;
      } while (i < items.length && performance.now() - start < SLICE_MS);
    }
  };

  return {
    async check(items, report) {
      const done = new Uint8Array(items.length);
      const onResult = (i: number, r: Checked) => {
        if (done[i]) return;
        done[i] = 1;
        report(i, r);
      };
      const ws = pool();
      if (!ws.length) return onPage(items, onResult);
      let next = 0;
      let batchId = 0;
      const work = (w: Worker) =>
        new Promise<void>((resolve, reject) => {
          const pending = new Map<number, number>();
          const send = () => {
            if (next >= items.length) {
              w.onmessage = null;
              w.onerror = null;
              resolve();
              return;
            }
            const from = next;
            const slice = items.slice(from, from + BATCH);
            next += slice.length;
            const id = ++batchId;
            pending.set(id, from);
            w.postMessage({ batch: id, items: slice } satisfies VerifyRequest);
          };
          w.onmessage = (e: MessageEvent<VerifyReply>) => {
            const from = pending.get(e.data.batch) ?? 0;
            pending.delete(e.data.batch);
            e.data.results.forEach((r, k) => onResult(from + k, r));
            send();
          };
          w.onerror = (e) => {
            e.preventDefault();
            reject(new Error(e.message || 'a verifier stopped'));
          };
          send();
        });
      try {
        await Promise.all(ws.map(work));
      } catch {
        // A worker failed (it could not load, say): finish on the page what is left.
        for (const w of ws) w.terminate();
        workers = [];
        const rest = items.map((it, k) => ({ it, k })).filter((x) => !done[x.k]);
        await onPage(
          rest.map((r) => r.it),
          (i, r) => onResult(rest[i]!.k, r),
        );
      }
    },
    dispose() {
      for (const w of workers ?? []) w.terminate();
      workers = null;
    },
  };
}
