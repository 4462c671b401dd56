/**
 * The address the add-in is served from, and manifest.xml rewritten for it. Plain CommonJS so
 * that webpack.config.js can require it as it is (types in addin-url.d.ts for the tests).
 *
 * `ADDIN_URL=https://intranet.example/baocao npm run build` writes a dist/manifest.xml whose every
 * URL starts with that address; without ADDIN_URL it keeps the dev server's (npm run dev-server).
 */
"use strict";

/** The dev server's address, the one the source manifest.xml names (webpack.config.js PORT). */
const DEV_ADDIN_URL = "https://localhost:3000";

const EXAMPLE = "ADDIN_URL=https://intranet.example/baocao npm run build";

/**
 * The base URL (no trailing slash) from the ADDIN_URL value; the dev server's when it is unset or
 * empty. Throws, in Vietnamese, when it is not an https address Office can open.
 * @param {string | undefined} value
 * @returns {string}
 */
function addinUrl(value) {
  const text = (value ?? "").trim();
  if (text === "") return DEV_ADDIN_URL;
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`ADDIN_URL "${text}" không phải là một địa chỉ web. Ví dụ: ${EXAMPLE}`);
  }
  if (url.protocol !== "https:")
    throw new Error(
      `ADDIN_URL "${text}" phải bắt đầu bằng https:// — Office chỉ mở phần bổ trợ qua https. Ví dụ: ${EXAMPLE}`
    );
  if (url.username || url.password || url.search || url.hash)
    throw new Error(
      `ADDIN_URL "${text}" chỉ gồm máy chủ và thư mục chứa dist/ (không có tên đăng nhập, "?" hay "#"). Ví dụ: ${EXAMPLE}`
    );
  // The URL parser has percent-encoded spaces and non-ASCII letters; what remains must need no
  // escaping in the manifest's XML attributes, so none is done here.
  if (/[&<>"']/.test(url.pathname))
    throw new Error(
      `ADDIN_URL "${text}" có ký tự & < > " ' trong đường dẫn: hãy đặt thư mục tên không dấu, không ký tự đặc biệt. Ví dụ: ${EXAMPLE}`
    );
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

/**
 * manifest.xml with every URL of the dev server moved to `base` (a value addinUrl returned).
 * Throws when a localhost address would remain in a deployed manifest.
 * @param {string} xml
 * @param {string} base
 * @returns {string}
 */
function manifestForUrl(xml, base) {
  if (base === DEV_ADDIN_URL) return xml;
  const out = xml.split(DEV_ADDIN_URL).join(base);
  if (/localhost/i.test(out))
    throw new Error(
      `manifest.xml còn địa chỉ localhost không thuộc ${DEV_ADDIN_URL}: sửa manifest.xml trước khi build với ADDIN_URL.`
    );
  return out;
}

module.exports = { DEV_ADDIN_URL, addinUrl, manifestForUrl };
