/**
 * Disk cache of external URL checks: successes only, each for a limited
 * time, so a second run is near-instant and a failing host is asked again.
 * Written atomically (temporary file, then rename).
 */
import { type CacheRefusal, readSignedJson, writeSignedJson } from '../run/signed-file.js';
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
  /** Why the stored file was not used, if it was refused. */
  readonly refusal?: CacheRefusal;

  constructor(
    private readonly file: string,
    private readonly ttlMs: number,
    private readonly now = () => Date.now(),
  ) {
    // Signed like the lint cache: a committed, linked or edited file would call dead links alive.
    const read = readSignedJson(file);
    if (read && 'refused' in read) this.refusal = read.refused;
    const data = read && 'data' in read ? (read.data as { format?: number; entries?: Record<string, Entry> } | null) : undefined;
    if (data?.format === FORMAT && typeof data.entries === 'object' && data.entries !== null) this.entries = data.entries;
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
    try {
      writeSignedJson(this.file, { format: FORMAT, entries: this.entries });
      this.dirty = false;
    } catch {
      // A cache that cannot be written only costs the next run time.
    }
  }
}
