// Headless Debian Chromium through playwright-core, set up the same way for the integration tests,
// the end-to-end test and anything else that drives the workbench.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { findChromium } from './provision.mjs';

/** Chromium flags for a quiet, headless, offline-friendly browser. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Launches headless Chromium. HOME, XDG_* and TMPDIR point into `tempRoot`, so Chromium's
 * crash-report folder, dconf cache and singleton socket never land in $HOME or /tmp. Signal
 * handling is left to the caller (Playwright's own handlers would exit before its clean-up).
 * @param {string} tempRoot a folder the caller owns and removes
 * @returns {Promise<import('playwright-core').Browser>}
 */
export async function launchChromium(tempRoot) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('Chromium was not found: install Debian\'s chromium package (apt-get install chromium) or set CHROMIUM_PATH');
  const { chromium } = await import('playwright-core');
  const browserHome = join(tempRoot, 'browser');
  for (const sub of ['config', 'cache', 'tmp']) await mkdir(join(browserHome, sub), { recursive: true });
  return chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    env: {
      ...process.env,
      HOME: browserHome,
      XDG_CONFIG_HOME: join(browserHome, 'config'),
      XDG_CACHE_HOME: join(browserHome, 'cache'),
      TMPDIR: join(browserHome, 'tmp'),
    },
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
