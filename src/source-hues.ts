/**
 * One colour per source, for the "who said what" switch: a rule per source, for the page's `<head>`,
 * that gives its statements, card, sidenote, note and comparison row the custom properties `--tint`
 * and `--line` of one palette entry (layouts/style.css `--tint-N`, `--line-N`). Kept out of the
 * article's HTML so the markup stays what the pipeline makes; sources are coloured in the order of
 * their notes, and past `HUES` they share colours in turn.
 */

/** Colours in the palette; sources past it share colours in turn. */
export const HUES = 8;

/** A source id safe to put inside a quoted CSS string and an id selector (the resolver's slugs are). */
const SAFE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The CSS that colours each source of an article's body HTML, in the order of its notes (`<li id="fn-…">`). */
export function sourceHueCss(html: string): string {
  const ids = [...new Set([...html.matchAll(/<li id="fn-([^"]+)"/g)].map((match) => match[1]!))].filter((id) => SAFE_ID.test(id));
  return ids
    .map((id, index) => {
      const n = (index % HUES) + 1;
      return `[data-source="${id}"],#fn-${id},tr:has(> th a[href="#fn-${id}"]){--tint:var(--tint-${n});--line:var(--line-${n})}`;
    })
    .join("\n");
}
