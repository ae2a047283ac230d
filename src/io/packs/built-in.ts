import type { TemplatePackFile } from '../../domain/model';

/**
 * The built-in packs, loaded on demand so the first page does not carry the whole library.
 * They are validated by the test suite and by scripts/check-packs.ts, not again at run time.
 */
export async function loadBuiltInPacks(): Promise<TemplatePackFile[]> {
  const modules = await Promise.all([
    import('../../../templates/kravkit-foundation.json'),
    import('../../../templates/kravkit-privacy-security.json'),
    import('../../../templates/kravkit-service-commercial.json'),
    import('../../../templates/kravkit-interop-functional.json'),
  ]);
  return modules.map((m) => (m.default ?? m) as unknown as TemplatePackFile);
}
