import { Packer, type Document } from 'docx';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** For Node (CLI, tests, bench): the .docx bytes. */
export function toBuffer(doc: Document): Promise<Uint8Array> {
  return Packer.toBuffer(doc);
}

/** For the browser: a Blob to hand to an object URL. */
export function toBlob(doc: Document): Promise<Blob> {
  return Packer.toBlob(doc);
}
