// The add-in manifest for a deployment: manifest.xml (which points at the dev server, https://localhost:3000/)
// with every address moved to the base the pane is served from. Used by webpack.config.js
// (`npm run build -- --env url=https://…/`) and checked by tests/releaseManifest.test.ts.
"use strict";

const DEV_BASE = "https://localhost:3000/";

/** "https://host.example/thi-dua" → "https://host.example/thi-dua/"; throws for anything but an https address. */
function normaliseBase(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--env url=${url}: không phải một địa chỉ web (cần dạng https://may-chu/thu-muc/).`);
  }
  if (parsed.protocol !== "https:") throw new Error(`--env url=${url}: Office chỉ nạp phần bổ trợ qua https.`);
  if (parsed.search !== "" || parsed.hash !== "") throw new Error(`--env url=${url}: địa chỉ gốc không được có ? hay #.`);
  return parsed.href.endsWith("/") ? parsed.href : `${parsed.href}/`;
}

/** The manifest text with the dev base replaced by `base`, and AppDomains naming the base's origin. */
function releaseManifest(devManifest, base) {
  const target = normaliseBase(base);
  if (!devManifest.includes(DEV_BASE)) throw new Error(`manifest.xml has no ${DEV_BASE} address to replace`);
  const origin = new URL(target).origin;
  return devManifest
    .split(DEV_BASE)
    .join(target)
    .replace(/<AppDomain>[^<]*<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

module.exports = { DEV_BASE, normaliseBase, releaseManifest };
