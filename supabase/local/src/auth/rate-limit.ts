/**
 * GoTrue's rate limits: a token bucket per client address and endpoint group (tollbooth over
 * golang.org/x/time/rate). A bucket holds `burst` requests (30 in GoTrue), starts full and refills
 * at the configured number per five minutes, so a room full of people behind one address can all
 * sign in at once, and then one more every few seconds.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly perFiveMinutes: number,
    private readonly burst: number,
  ) {}

  private level(key: string, now: number) {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.burst;
    // A clock set back (or a request stamped before the last one) refills nothing, and takes nothing away.
    const elapsed = Math.max(0, now - bucket.at);
    return Math.min(this.burst, bucket.tokens + (elapsed * this.perFiveMinutes) / 300_000);
  }

  /** Whether a request may go ahead now, without counting it. */
  allows(key: string, now = Date.now()): boolean {
    return this.level(key, now) >= 1;
  }

  /** Counts a request; false when the bucket is empty (and then nothing is taken). */
  take(key: string, now = Date.now()): boolean {
    const tokens = this.level(key, now);
    if (tokens < 1) return false;
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    return true;
  }
}
