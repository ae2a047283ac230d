/**
 * The i18n catalogue: src/i18n/locales/<lang>/<namespace>.json. Every namespace file found is
 * loaded, so a feature adds its own file without touching a central list.
 */
const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*/*.json', { eager: true });

export type Resources = Record<string, Record<string, Record<string, unknown>>>;

export function bundledResources(): Resources {
  const out: Resources = {};
  for (const [path, mod] of Object.entries(files)) {
    const m = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!m) continue;
    (out[m[1]] ??= {})[m[2]] = mod.default;
  }
  return out;
}
