/** Sign-in and sign-up attempts per client address in a sliding window, as GoTrue limits them. */
export class RateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs = 5 * 60 * 1000,
  ) {}

  /** Counts an attempt; false when the address has used up its attempts. */
  allow(address: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(address) ?? []).filter((time) => now - time < this.windowMs);
    const allowed = recent.length < this.limit;
    if (allowed) recent.push(now);
    this.attempts.set(address, recent);
    return allowed;
  }
}
