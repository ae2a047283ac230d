import type { TFunction } from 'i18next';
import type { Language } from '../domain/model';

/** What every CLI command gets: translated text, the language, and where to write. */
export interface CliContext {
  t: TFunction;
  lang: Language;
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A command: parses its own arguments, returns the process exit code. */
export type CliCommand = (args: string[], ctx: CliContext) => Promise<number>;

/** Splits `--name value` and `--flag` options from positional arguments. Repeated options collect. */
export function parseArgs(args: string[], flags: readonly string[] = []): { positional: string[]; options: Map<string, string[]> } {
  const positional: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a.startsWith('--')) {
      const [name, inline] = a.slice(2).split('=', 2);
      const value = inline ?? (flags.includes(name) ? 'true' : args[++i]);
      options.set(name, [...(options.get(name) ?? []), value ?? '']);
    } else positional.push(a);
  }
  return { positional, options };
}
