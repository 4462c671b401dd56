/** Types of addin-url.js (plain CommonJS, required by webpack.config.js as it is). */

/** The dev server's address, the one the source manifest.xml names. */
export const DEV_ADDIN_URL: string;

/** The base URL from an ADDIN_URL value (the dev server's when unset); throws unless https. */
export function addinUrl(value: string | undefined): string;

/** manifest.xml with every URL of the dev server moved to `base`. */
export function manifestForUrl(xml: string, base: string): string;
