/**
 * How strongly each kind of evidence says "this outlet published the text". Only the order matters; the gaps leave
 * room for corroboration. Calibration: ordered by how often each cue names someone other than the publisher in
 * news copy — a "Source: example.co.uk" line or a "Discover more from X" box never does; an "X could not verify"
 * disclaimer almost never does; a copyright line may name the wire that supplied the copy; "he told X" is said of
 * the publisher's own reporter but also re-reports other outlets' interviews.
 */
export const SOURCE_LINE_RANK = 100;
export const FOLLOW_RANK = 90;
export const VERIFY_RANK = 85;
export const COPYRIGHT_RANK = 75;
/** A newsletter named after a known outlet in full ("Valdoria Ledger newsletters"). */
export const NEWSLETTER_NAME_RANK = 60;
/** "he told The Valdoria Ledger": the interviewer of a source, when it is not a wire agency. */
export const TOLD_RANK = 50;
/** A disclaimer by a name that neither is a known outlet nor sounds like a publication ("Korvet24 could not verify"). */
export const VERIFY_UNKNOWN_RANK = 45;
/** "New MEE newsletter" when the text also names the outlet in full: resolves to the full name. */
export const NEWSLETTER_ABBR_RANK = 40;
/** An abbreviation alone ("New VDR newsletter"): reported as written, when nothing better exists. */
export const UNCONFIRMED_ABBR_RANK = 30;
/** Lowest score reported at all. */
export const MIN_REPORTED_RANK = 30;

/** Each further independent signal for the same name adds this much (so corroboration breaks ties, never ranks). */
export const CORROBORATION_BONUS = 3;
/** At most this many further signals count. */
export const MAX_CORROBORATING = 3;
/** Most words of the setting kept after "told X" in the evidence ("from inside the city"). */
export const TOLD_TAIL_MAX_WORDS = 6;
