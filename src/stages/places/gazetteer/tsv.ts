/** One data row of a TSV file, with its 1-based line number for error messages. */
export interface TsvRow {
  readonly line: number;
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * Reads a tab-separated file whose first non-comment line is a header. Lines starting with # and blank lines are
 * skipped. Throws "<source>:<line>: …" when a row has the wrong number of fields or a required column is missing.
 */
export function parseTsv(text: string, source: string, required: readonly string[]): TsvRow[] {
  const rows: TsvRow[] = [];
  let header: string[] | null = null;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cells = raw.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      const missing = required.filter((r) => !header?.includes(r));
      if (missing.length) throw new Error(`${source}:${i + 1}: header lacks column(s) ${missing.join(', ')}`);
      continue;
    }
    if (cells.length > header.length) {
      throw new Error(`${source}:${i + 1}: ${cells.length} fields, the header has ${header.length}`);
    }
    const fields: Record<string, string> = {};
    header.forEach((h, j) => {
      fields[h] = (cells[j] ?? '').trim();
    });
    rows.push({ line: i + 1, fields });
  }
  if (!header) throw new Error(`${source}: no header line`);
  return rows;
}

export const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);
