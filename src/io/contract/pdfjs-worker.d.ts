// pdf.js ships its worker code without types; importing it only sets globalThis.pdfjsWorker.
declare module 'pdfjs-dist/build/pdf.worker.mjs';
