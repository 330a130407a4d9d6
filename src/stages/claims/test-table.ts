/**
 * Table-driven tests for the claims stage: one `it` per row. A hit row names the claim by its cue and lists the
 * surface fields it must have; a near-miss row says which claims must not be found; a speaker row lists the
 * resolved speakers of the claims whose content holds some words. Used by the *.test.ts files only.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { type ClaimView, viewsOf } from './test-helpers.js';

export type Want = Partial<ClaimView>;
export type HitRow = readonly [name: string, text: string, cue: string, want: Want];
export type MissRow = readonly [name: string, text: string, absent: (v: ClaimView) => boolean];
export type SpeakerRow = readonly [name: string, text: string, words: string, speakers: readonly (string | null)[]];

/** The first claim whose cue is `cue`, reduced to the fields of `want` (undefined when there is none). */
export function pickByCue(views: readonly ClaimView[], cue: string, want: Want): Want | undefined {
  const v = views.find((x) => x.cue === cue);
  if (!v) return undefined;
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(want)) out[k] = v[k as keyof ClaimView];
  return out as Want;
}

/** One test per row: the claim with the row's cue has the wanted fields. */
export function hitTable(rows: readonly HitRow[]): void {
  for (const [name, text, cue, want] of rows) {
    it(name, () => assert.deepEqual(pickByCue(viewsOf(text), cue, want), want));
  }
}

/** One test per row: no claim of the text matches `absent`. */
export function missTable(rows: readonly MissRow[]): void {
  for (const [name, text, absent] of rows) {
    it(`near miss: ${name}`, () => assert.deepEqual(viewsOf(text).filter(absent), []));
  }
}

/** One test per row: the speakers of the claims whose content holds `words`, in order. */
export function speakerTable(rows: readonly SpeakerRow[]): void {
  for (const [name, text, words, speakers] of rows) {
    it(name, () =>
      assert.deepEqual(
        viewsOf(text)
          .filter((v) => v.content.includes(words))
          .map((v) => v.speaker),
        speakers,
      ),
    );
  }
}
