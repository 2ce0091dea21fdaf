/**
 * Launch the machine's own Chromium for a test file, the way `sourced pdf` does (`src/pdf.ts`):
 * `$CHROME_PATH` or /usr/bin/chromium, never a downloaded browser. Without one the tests fail
 * with how to install it; they are never skipped.
 */
import type { Browser } from "playwright-core";
import { findChromium, launchChromium, NO_CHROMIUM } from "../../src/pdf.ts";

/** Launch headless Chromium, or throw saying how to install it. */
export async function launchBrowser(): Promise<Browser> {
  const path = await findChromium();
  if (!path) throw new Error(`${NO_CHROMIUM}. The browser, preview and PDF tests need it.`);
  return launchChromium(path);
}
