/** Test helper: the project's Chromium launcher (src/scripts/chromium.ts). */
export { CHROMIUM, launchChromium } from "../../src/scripts/chromium";
