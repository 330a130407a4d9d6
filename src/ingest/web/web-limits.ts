/**
 * Limits for reading from the web. Named here so the CLI, the watch loop and the tests share them.
 */

/**
 * How long connecting (DNS already done, TCP + TLS) may take: 10 s. A healthy news site connects in well under a
 * second even across continents; ten seconds tolerates a slow mobile uplink without hanging a batch.
 */
export const CONNECT_TIMEOUT_MS = 10_000;

/**
 * How long one URL may take in total, redirects and body included: 30 s (`--timeout` changes it). An article page
 * of a few hundred kilobytes downloads in seconds; a server dribbling bytes to hold us open is cut off here.
 */
export const TOTAL_TIMEOUT_MS = 30_000;

/**
 * Largest body read from one URL, after decompression: 5 MiB (`--max-bytes` changes it). Article pages with inline
 * scripts and styles run to 1-2 MB; feeds are smaller. The body is streamed and the download aborted past the cap.
 */
export const WEB_MAX_BYTES = 5 * 1024 * 1024;

/** Redirects followed for one URL: 5. Browsers allow about 20, but news links need 1-3 (http→https, short link, slash). */
export const MAX_REDIRECTS = 5;

/** Items read from one feed: 200. A busy outlet's feed carries 20-100; beyond that it is an archive, not a feed. */
export const MAX_FEED_ITEMS = 200;

/** Sent with every request, so site operators can tell who is reading. */
export const USER_AGENT = 'sitrep/0.1 (news situation reports; +https://example.invalid/sitrep)';
