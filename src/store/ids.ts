/** A short random id for projects, requirements and runs (URL- and schema-safe). */
export function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(36).padStart(2, '0')).join('').slice(0, 16);
}

export function nowIso(): string {
  return new Date().toISOString();
}
