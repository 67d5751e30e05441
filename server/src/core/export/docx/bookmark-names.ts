/** Word's limit on a bookmark's name; a longer one is cut short, and two IDs could meet in one. */
const MAX_LENGTH = 40;

/**
 * Word bookmark names for the anchors of a paper's IDs. A name starts with a
 * letter and holds only letters, digits and underscores, at most 40 of them,
 * or Word drops the bookmark and every link to it breaks. An ID written in
 * letters and digits (F1, R12) is named `ID_F1`, so a reader who opens
 * Word's bookmark list sees which is which; any other anchor is named from
 * its letters and a hash of the whole. Each anchor keeps one name, and no two
 * anchors share one: a clash takes a counter.
 */
export class BookmarkNames {
  private readonly byAnchor = new Map<string, string>();
  private readonly taken = new Set<string>();

  /** The name of `anchor` (the HTML export's `anchorId`), the same every time it is asked. */
  nameOf(anchor: string, id: string): string {
    const known = this.byAnchor.get(anchor);
    if (known !== undefined) return known;
    const wanted = /^[A-Za-z0-9]+$/.test(id) && id.length <= MAX_LENGTH - 3 ? `ID_${id}` : hashedName(anchor);
    let name = wanted;
    for (let count = 2; this.taken.has(name); count++) {
      const suffix = `_${count}`;
      name = wanted.slice(0, MAX_LENGTH - suffix.length) + suffix;
    }
    this.byAnchor.set(anchor, name);
    this.taken.add(name);
    return name;
  }
}

/** `ID_` and the anchor's letters and digits, cut to fit, then an FNV-1a hash of the whole anchor. */
function hashedName(anchor: string): string {
  const hash = fnv1a(anchor).toString(16).padStart(8, '0');
  const readable = anchor.replace(/[^A-Za-z0-9]+/g, '_').slice(0, MAX_LENGTH - 'ID_'.length - hash.length - 1);
  return `ID_${readable}_${hash}`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
