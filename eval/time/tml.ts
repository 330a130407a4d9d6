/** Minimal TimeML reader: the TEXT element as plain text, its TIMEX3 spans, and the document creation time. */

export interface GoldTimex {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly value: string;
  readonly mod: string | null;
}

export interface TimeMLDoc {
  readonly id: string;
  /** The CREATION_TIME value (e.g. 1998-01-08 or 1998-12-05T09:42). */
  readonly dct: string | null;
  readonly text: string;
  readonly timexes: readonly GoldTimex[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const attr = (tag: string, name: string): string | null => {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(tag);
  return m ? (m[1] ?? null) : null;
};

export function parseTimeML(xml: string, id: string): TimeMLDoc {
  const dctTag = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml)?.[0] ?? null;
  const dct = dctTag ? attr(dctTag, 'value') : null;
  const open = xml.indexOf('<TEXT>');
  const close = xml.indexOf('</TEXT>');
  const body = open >= 0 && close > open ? xml.slice(open + 6, close) : '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let pending: { start: number; tag: string } | null = null;
  for (let i = 0; i < body.length; ) {
    const ch = body[i];
    if (ch === '<') {
      const end = body.indexOf('>', i);
      const tag = body.slice(i, end + 1);
      if (tag.startsWith('<TIMEX3')) pending = { start: text.length, tag };
      else if (tag.startsWith('</TIMEX3') && pending) {
        timexes.push({
          start: pending.start,
          end: text.length,
          type: attr(pending.tag, 'type') ?? '',
          value: attr(pending.tag, 'value') ?? '',
          mod: attr(pending.tag, 'mod'),
        });
        pending = null;
      }
      i = end + 1;
    } else if (ch === '&') {
      const end = body.indexOf(';', i);
      const name = body.slice(i + 1, end);
      text += ENTITIES[name] ?? (name.startsWith('#') ? String.fromCharCode(Number(name.slice(1))) : `&${name};`);
      i = end + 1;
    } else {
      text += ch;
      i++;
    }
  }
  return { id, dct, text, timexes };
}
