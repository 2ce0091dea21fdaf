/**
 * The one rule for URLs that reach a page, used by the front matter, the sources section and the body's
 * links alike. Schemes are read as a browser reads them (leading controls and spaces dropped, tabs and
 * newlines ignored), so `java\tscript:` is `javascript:` here too.
 *
 * - Front matter (`source_url`, `retrieved_from`, a source's `url`): an absolute `http:` or `https:` URL
 *   with a host, nothing else; it is percent-encoded for the page (`encodeUrlForPage`).
 * - The body's links and images: the same, or a relative URL, or a `mailto:` address.
 */

/** Where a URL appears: front matter (and the sources section made from it), or the article's body. */
export type UrlPlace = "front-matter" | "body";

/** The schemes each place allows; `body` also allows relative URLs. */
const SCHEMES: Record<UrlPlace, readonly string[]> = {
  "front-matter": ["http", "https"],
  body: ["http", "https", "mailto"],
};

/** The scheme of a URL as a browser reads it, lower-cased; `undefined` for a relative URL. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+/, "").replace(/[\t\n\r]/g, "");
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1]?.toLowerCase();
}

/** Whether `url` may be linked to from `place` (see the module comment). */
export function isSafeUrl(url: string, place: UrlPlace): boolean {
  const scheme = urlScheme(url);
  if (scheme === undefined) return place === "body";
  if (!SCHEMES[place].includes(scheme)) return false;
  if (place === "body") return true;
  // Front matter: an absolute URL with a host, and no control character anywhere.
  if (/[\u0000-\u001f\u007f]/.test(url)) return false;
  return URL.canParse(url.trim()) && new URL(url.trim()).host !== "";
}

/** Whether a character may stand in a valid URL as written (WHATWG "URL code points"; `%` is checked apart). */
const URL_CODE_POINT = /[A-Za-z0-9!$&'()*+,\-./:;=?@_~\u00a0-\u{10fffd}]/u;

/**
 * Percent-encode what may not stand in a valid URL (space, `"`, `<`, `>`, `` ` ``, `{`, `}`, `|`, `\`,
 * `^`, a second `#`, a `%` that starts no escape), so that validators accept the page; everything else,
 * including non-ASCII letters, stays as written.
 */
export function encodeUrlForPage(url: string): string {
  const text = url.trim();
  const authorityEnd = text.search(/^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/) === 0 ? /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(text)![0].length : 0;
  let out = "";
  let hashSeen = false;
  for (let i = 0; i < text.length; ) {
    const char = String.fromCodePoint(text.codePointAt(i)!);
    const keep =
      URL_CODE_POINT.test(char) ||
      (char === "%" && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) ||
      (char === "#" && !hashSeen) ||
      ((char === "[" || char === "]") && i < authorityEnd);
    if (char === "#") hashSeen = true;
    out += keep ? char : [...new TextEncoder().encode(char)].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    i += char.length;
  }
  return out;
}
