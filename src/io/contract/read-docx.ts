import { Unzip, UnzipInflate } from 'fflate';
import { documentBlocks, parseNumbering } from './docx-xml';
import { LIMITS, fail, type ContractReadResult } from './read-result';

const WANTED = new Set(['word/document.xml', 'word/numbering.xml']);
const CHUNK = 64 * 1024;

/**
 * .docx: the zip is inflated as a stream, and only the entries we read are inflated at all. The
 * running byte count (not the sizes the zip declares, which can lie) and the entry count are capped,
 * so a zip bomb stops at the cap instead of filling memory.
 */
export function readDocxContract(name: string, bytes: Uint8Array): ContractReadResult {
  if (bytes.byteLength > LIMITS.fileBytes) return fail({ code: 'too-large', limitBytes: LIMITS.fileBytes });
  // An encrypted Office file is an OLE compound file, not a zip (so is a legacy .doc).
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return fail({ code: 'encrypted' });
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) return fail({ code: 'corrupt', detail: 'not-a-zip' });

  const parts = new Map<string, Uint8Array[]>();
  const complete = new Set<string>();
  let entries = 0;
  let expanded = 0;
  let bomb = false;
  let broken: string | undefined;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.onfile = (file) => {
    entries++;
    if (entries > LIMITS.docxEntries) {
      bomb = true;
      return;
    }
    if (!WANTED.has(file.name) || bomb) return;
    const chunks: Uint8Array[] = [];
    parts.set(file.name, chunks);
    file.ondata = (err, data, final) => {
      if (err) {
        broken = err.message;
        return;
      }
      expanded += data.byteLength;
      if (expanded > LIMITS.docxExpandedBytes) {
        bomb = true;
        file.terminate();
        return;
      }
      chunks.push(data);
      if (final) complete.add(file.name);
    };
    try {
      file.start();
    } catch (e) {
      broken = e instanceof Error ? e.message : String(e);
    }
  };
  try {
    for (let i = 0; i < bytes.byteLength && !bomb && !broken; i += CHUNK) {
      unzip.push(bytes.subarray(i, Math.min(bytes.byteLength, i + CHUNK)), i + CHUNK >= bytes.byteLength);
    }
  } catch (e) {
    if (!bomb) broken = e instanceof Error ? e.message : String(e);
  }
  if (bomb) return fail({ code: 'zip-bomb', limitBytes: LIMITS.docxExpandedBytes, limitEntries: LIMITS.docxEntries });
  if (broken) return fail({ code: 'corrupt', detail: broken.slice(0, 200) });
  const doc = parts.get('word/document.xml');
  if (!doc) return fail({ code: 'corrupt', detail: 'no-document' });
  // A truncated file inflates part of the document and then stops.
  if (!complete.has('word/document.xml')) return fail({ code: 'corrupt', detail: 'truncated' });
  const decoder = new TextDecoder('utf-8');
  const join = (chunks: Uint8Array[]) => decoder.decode(concat(chunks));
  const xml = join(doc);
  const numberingXml = complete.has('word/numbering.xml') ? parts.get('word/numbering.xml') : undefined;
  const numXml = numberingXml ? join(numberingXml) : '';
  // Entities are where XML bombs and external-entity reads live; a real Word file never declares any.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml) || /<!DOCTYPE|<!ENTITY/i.test(numXml)) return fail({ code: 'entity-tricks' });
  const blocks = documentBlocks(xml, numXml ? parseNumbering(numXml) : new Map());
  if (blocks.length === 0) return fail({ code: 'empty' });
  return { ok: true, document: { name, format: 'docx', blocks } };
}

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
