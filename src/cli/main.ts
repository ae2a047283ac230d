#!/usr/bin/env node
/**
 * The Kravkit CLI: a thin layer over src/domain and src/io, for batch work and for checking the
 * app from outside. Run as `npm run --silent kravkit -- <command> …`.
 */
import { cliI18n, cliLanguage } from './node-i18n';
import type { CliCommand, CliContext } from './context';

const COMMANDS: Record<string, () => Promise<{ run: CliCommand }>> = {
  validate: () => import('./commands/validate'),
  catalog: () => import('./commands/catalog'),
  new: () => import('./commands/new'),
  export: () => import('./commands/export'),
  check: () => import('./commands/check'),
  pool: () => import('./commands/pool'),
};

/**
 * A reader that stops reading (`kravkit catalog --json | head`) closes the pipe; the next write
 * fails with EPIPE. That is the reader's choice, not an error: stop quietly instead of printing
 * Node's stack trace. Any other stream error is still reported.
 */
function exitQuietlyOnEpipe(stream: NodeJS.WriteStream, exit: (code: number) => void = (code) => process.exit(code)): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') exit(0);
    else throw e;
  });
}

async function main(argv: string[]): Promise<number> {
  const lang = cliLanguage();
  const i18n = await cliI18n(lang);
  const ctx: CliContext = {
    t: i18n.t.bind(i18n),
    lang,
    out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
    err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
  };
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(ctx.t('cli:help'));
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    ctx.err(ctx.t('cli:unknownCommand', { name }));
    ctx.err(ctx.t('cli:help'));
    return 2;
  }
  const { run } = await load();
  return run(rest, ctx);
}

exitQuietlyOnEpipe(process.stdout);
exitQuietlyOnEpipe(process.stderr);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`kravkit: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 70;
  },
);
