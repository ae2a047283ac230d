/// <reference lib="webworker" />
/**
 * Reads and checks a contract off the main thread, so a 400-page PDF never freezes the page.
 * pdf.js runs inside this worker with its own worker code loaded in-thread (no nested worker, no
 * eval); it is loaded only when a PDF arrives.
 */
import { checkContract } from '../../domain/contract/check';
import { segmentClauses } from '../../domain/contract/segment';
import type { PdfJs } from './read-pdf';
import { readContractFile } from './read-contract';
import { readTextContract } from './read-text';
import type { ContractWorkerRequest, ContractWorkerResponse } from './worker-protocol';

const loadBrowserPdfJs = async (): Promise<PdfJs> => {
  // Setting globalThis.pdfjsWorker makes pdf.js use its worker code in this thread.
  await import('pdfjs-dist/build/pdf.worker.mjs');
  return (await import('pdfjs-dist')) as unknown as PdfJs;
};

const kind = 'kravkit.contract-check' as const;

self.onmessage = async (event: MessageEvent<ContractWorkerRequest>) => {
  const req = event.data;
  let response: ContractWorkerResponse;
  try {
    const read =
      req.source.kind === 'paste'
        ? readTextContract(req.source.name, req.source.text, 'paste')
        : await readContractFile(req.source.name, new Uint8Array(req.source.bytes), loadBrowserPdfJs);
    response = read.ok
      ? { kind, ok: true, run: checkContract(read.document, req.requirements, req.options), clauses: segmentClauses(read.document.blocks) }
      : { kind, ok: false, error: read.error };
  } catch (e) {
    response = { kind, ok: false, error: { code: 'corrupt', detail: e instanceof Error ? e.message.slice(0, 200) : undefined } };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(response);
};
