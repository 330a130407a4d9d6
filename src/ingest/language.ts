import { eld } from 'eld/medium';
import { LANGUAGE_SAMPLE_CHARS } from './limits.js';

/** ISO 639-2/3 codes and English names that metadata sometimes uses instead of ISO 639-1, for common news languages. */
const TO_ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en',
  english: 'en',
  fra: 'fr',
  fre: 'fr',
  french: 'fr',
  deu: 'de',
  ger: 'de',
  german: 'de',
  spa: 'es',
  spanish: 'es',
  ita: 'it',
  italian: 'it',
  por: 'pt',
  portuguese: 'pt',
  nld: 'nl',
  dut: 'nl',
  dutch: 'nl',
  rus: 'ru',
  russian: 'ru',
  ukr: 'uk',
  ukrainian: 'uk',
  pol: 'pl',
  polish: 'pl',
  tur: 'tr',
  turkish: 'tr',
  ara: 'ar',
  arabic: 'ar',
  fas: 'fa',
  per: 'fa',
  persian: 'fa',
  heb: 'he',
  hebrew: 'he',
  kur: 'ku',
  kurdish: 'ku',
  zho: 'zh',
  chi: 'zh',
  chinese: 'zh',
  jpn: 'ja',
  japanese: 'ja',
  kor: 'ko',
  korean: 'ko',
  hin: 'hi',
  hindi: 'hi',
  urd: 'ur',
  urdu: 'ur',
};

/** ICU's language names, used only to tell a real ISO 639-1 code (`ku`) from a made-up one (`xx`). */
const LANGUAGE_NAMES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/**
 * A metadata language tag as ISO 639-1 (`en-GB` → `en`, `fr_FR` → `fr`, `eng` → `en`), or null when it is
 * not one we can map (then the text is detected instead).
 */
export function normaliseLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const primary =
    value
      .trim()
      .toLowerCase()
      .split(/[-_\s]/)[0] ?? '';
  if (/^[a-z]{2}$/.test(primary) && LANGUAGE_NAMES.of(primary) !== undefined) return primary;
  return TO_ISO_639_1[primary] ?? null;
}

/**
 * The language of a text by eld (n-gram detector, medium database) over its first characters, or null when eld
 * itself says the result is unreliable (short or mixed text): a wrong language is worse than none, because
 * language-specific stages would run on the wrong text.
 */
export function detectLanguage(text: string): string | null {
  const result = eld.detect(text.slice(0, LANGUAGE_SAMPLE_CHARS));
  return result.language && result.isReliable() ? result.language : null;
}
