/**
 * Where the plan's text comes from in the add-on: a Google Doc named by its link or id. The
 * id is the long token after "/d/" in a Docs link ("…/document/d/<id>/edit"), or the "id="
 * of an open link ("https://docs.google.com/open?id=<id>", what Document.getUrl() gives).
 */
const DOC_LINK = /\/d\/([-\w]{25,})|[?&]id=([-\w]{25,})/;
const BARE_ID = /^[-\w]{25,}$/;

export function docIdOf(urlOrId: string): string | undefined {
  const text = urlOrId.trim();
  const link = DOC_LINK.exec(text);
  return link ? link[1] ?? link[2] : BARE_ID.test(text) ? text : undefined;
}

/**
 * A document's text with its tables as tab-separated rows. Google Docs gives the body's text
 * with every table cell on a line of its own; each table's own text is found there and
 * replaced by its rows (cells joined by tabs), which the importer reads as tables.
 */
export function withTableRows(bodyText: string, tables: readonly { readonly text: string; readonly rows: readonly (readonly string[])[] }[]): string {
  let out = '';
  let rest = bodyText;
  for (const table of tables) {
    const at = table.text === '' ? -1 : rest.indexOf(table.text);
    const rows = table.rows.map((cells) => cells.map((c) => c.replace(/\s*\n\s*/g, ' ')).join('\t')).join('\n');
    if (at < 0) {
      // Not found where expected (an unusual table): keep its rows after the text rather than lose them.
      rest += `\n${rows}`;
      continue;
    }
    out += rest.slice(0, at) + rows;
    rest = rest.slice(at + table.text.length);
  }
  return out + rest;
}
