/**
 * Disk cache of external URL checks: successes only, each for a limited
 * time, so a second run is near-instant and a failing host is asked again.
 * Written atomically (temporary file, then rename).
 */
import { readFileSync } from 'node:fs';
import { writeFileAtomically } from '../run/atomic-write.js';
import type { CheckResult } from './checker.js';

interface Entry {
  status?: number;
  permanentRedirect?: string;
  checkedAt: number;
}

const FORMAT = 1;

export class ExternalCache {
  private entries: Record<string, Entry> = {};
  private dirty = false;

  constructor(
    private readonly file: string,
    private readonly ttlMs: number,
    private readonly now = () => Date.now(),
  ) {
    try {
      const data = JSON.parse(readFileSync(file, 'utf8')) as { format?: number; entries?: Record<string, Entry> };
      if (data.format === FORMAT && data.entries) this.entries = data.entries;
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  get(url: string): CheckResult | undefined {
    const entry = this.entries[url];
    if (!entry || this.now() - entry.checkedAt > this.ttlMs) return undefined;
    return { url, ok: true, status: entry.status, permanentRedirect: entry.permanentRedirect, cached: true };
  }

  /** Keep a success; forget the URL on failure, so it is checked again next time. */
  record(result: CheckResult): void {
    if (result.cached) return;
    if (result.ok) this.entries[result.url] = { status: result.status, permanentRedirect: result.permanentRedirect, checkedAt: this.now() };
    else delete this.entries[result.url];
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    // A temporary file with an unpredictable name, then a rename that replaces (never follows) a link at the cache's path.
    writeFileAtomically(this.file, JSON.stringify({ format: FORMAT, entries: this.entries }), { makeFolder: true });
    this.dirty = false;
  }
}
