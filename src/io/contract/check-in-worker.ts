import type { ContractWorkerRequest, ContractWorkerResponse } from './worker-protocol';

/** A file that takes longer than this to read and check is given up on; the worker is ended. */
export const WORKER_TIMEOUT_MS = 120_000;

/** Runs one read-and-check in a fresh worker, and ends the worker when it answers or runs too long. */
export function checkInWorker(request: ContractWorkerRequest): Promise<ContractWorkerResponse> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./contract.worker.ts', import.meta.url), { type: 'module' });
    const timer = setTimeout(() => {
      worker.terminate();
      // Not "corrupt": the file may be sound, only too much to check here; the user should know which.
      resolve({ kind: 'kravkit.contract-check', ok: false, error: { code: 'timeout', limitSeconds: Math.round(WORKER_TIMEOUT_MS / 1000) } });
    }, WORKER_TIMEOUT_MS);
    worker.onmessage = (e: MessageEvent<ContractWorkerResponse>) => {
      // pdf.js, loaded inside the worker, announces itself to the page too; only our answer counts.
      if (!isResponse(e.data)) return;
      clearTimeout(timer);
      resolve(e.data);
      worker.terminate();
    };
    worker.onerror = (e) => {
      clearTimeout(timer);
      resolve({ kind: 'kravkit.contract-check', ok: false, error: { code: 'corrupt', detail: e.message } });
      worker.terminate();
    };
    const transfer = request.source.kind === 'file' ? [request.source.bytes] : [];
    worker.postMessage(request, transfer);
  });
}

function isResponse(data: unknown): data is ContractWorkerResponse {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'kravkit.contract-check';
}
