import { checkItem, type Checked, type ImportItem } from './classroom';

/**
 * The teacher page's verifier, off the page's main thread: each result code is re-run through
 * the engine here (a few milliseconds to a few tens each), so importing a whole class never
 * freezes the page. Messages: a batch of items in, their results out, in the same order.
 */
export interface VerifyRequest {
  batch: number;
  items: ImportItem[];
}
export interface VerifyReply {
  batch: number;
  results: Checked[];
}

const scope = self as unknown as { onmessage: ((e: MessageEvent<VerifyRequest>) => void) | null; postMessage(m: VerifyReply): void };
scope.onmessage = (e) => {
  const results = e.data.items.map((item) => {
    try {
      return checkItem(item);
    } catch (err) {
      return { ok: false, problem: { where: item.where, excerpt: '', reason: `Checking stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}` } } as Checked;
    }
  });
  scope.postMessage({ batch: e.data.batch, results });
};
