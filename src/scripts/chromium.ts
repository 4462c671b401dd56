/**
 * Debian's Chromium driven by playwright-core (it never downloads a browser), with the flags this
 * machine needs: no background networking on a closed network. Used by the browser tests and the
 * bench. Throws, in Vietnamese, when Chromium is missing.
 */
import { existsSync } from "node:fs";
import { Browser, chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Không có Chromium ở ${CHROMIUM}: cài bằng "apt-get install -y chromium" (scripts/ensure-chromium.sh làm việc này).`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
