import { existsSync } from 'node:fs';

/** Where a Chromium may be on this machine, in the order we try them. */
export const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome'];

export const INSTALL_HINT =
  'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome binary. A browser download by playwright does not work here.';

/** The browser is found by path: CHROMIUM_PATH, else the usual system locations. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return existsSync(env.CHROMIUM_PATH) ? env.CHROMIUM_PATH : undefined;
  return CANDIDATES.find((p) => existsSync(p));
}
