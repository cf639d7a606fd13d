/** The `--external` step of a lint run: gather the pages' http(s) URLs and check them (cache first). */
import path from 'node:path';
import type { Root } from 'mdast';
import { CACHE_REFUSALS, NOTICES, PHRASES, say } from '../errors.js';
import { VERSION } from '../package-info.js';
import { collectLinks } from '../parsing/links.js';
import type { Repository } from '../repository/repository.js';
import { resolveLink } from '../repository/resolve-link.js';
import { format, type Lang, type Localized } from '../rule-kit/i18n.js';
import { ExternalCache } from './cache.js';
import { type CheckProgress, type CheckResult, ExternalChecker } from './checker.js';
import { type ExternalConfig, externalSettings, readMlcConfig, type TrustedExternal, withoutTrustedOnly } from './settings.js';

export interface ExternalRunOptions extends TrustedExternal {
  /** Cache file; default `node_modules/.cache/algoritmekader-lint/external-links.json` in the repository. */
  cacheFile?: string;
  /** After each URL, with the run's language to say it in. */
  onProgress?: (progress: CheckProgress, lang: Lang) => void;
  /** Only these URLs (e.g. those new in a pull request). */
  only?: Set<string>;
  /** Replaces the network check (tests and docs examples); the cache is not used then. */
  check?: (urls: string[]) => Promise<Map<string, CheckResult>>;
  /** Told once when the network is unreachable (then no URL is reported). */
  onNotice?: (text: string) => void;
  lang?: Lang;
}

const UNREACHABLE: Record<Lang, string> = {
  nl: 'het netwerk is niet bereikbaar: geen enkele hostnaam ({hosts}) werd gevonden. Externe links zijn niet gecontroleerd; probeer het opnieuw met netwerk (of stel HTTPS_PROXY in).',
  en: 'the network is unreachable: no host name ({hosts}) could be resolved. External links were not checked; try again with a network (or set HTTPS_PROXY).',
};

/**
 * When not one of several hosts resolves, the network (or its DNS) is down:
 * say so once, instead of telling the author that every site "does not exist".
 */
function withoutUnreachable(checked: Map<string, CheckResult>, options: ExternalRunOptions): Map<string, CheckResult> {
  const results = [...checked.values()];
  const hosts = new Set(results.map((result) => URL.parse(result.url)?.hostname ?? result.url));
  if (hosts.size < 3 || !results.every((result) => !result.ok && result.kind === 'dns')) return checked;
  options.onNotice?.(format(UNREACHABLE[options.lang ?? 'nl'], { hosts: hosts.size }));
  return new Map();
}

export function externalUrlsOf(repository: Repository, page: { docsPath: string; tree: Root; source: string }): string[] {
  return collectLinks(page.tree, page.source)
    .filter((link) => /^https?:\/\//i.test(link.url.trim()) && resolveLink(repository, page.docsPath, link).kind === 'external')
    .map((link) => link.url.trim());
}

/**
 * The settings from mlc_config.json and our configuration, without those a
 * pull request must not decide (each said once), with the trusted ones from
 * whoever started the run on top.
 */
function settingsFor(repository: Repository, options: ExternalRunOptions): ExternalConfig {
  const lang = options.lang ?? 'nl';
  const mlc = readMlcConfig(repository.root, repository.config.external.mlcConfig);
  const found = (file: string | Localized, prefix: string) => (setting: 'allowPrivateAddresses' | 'httpHeaders') =>
    options.onNotice?.(
      say(
        NOTICES.untrustedExternalSetting,
        { setting: `${prefix}${setting}`, file, how: setting === 'httpHeaders' ? PHRASES.howHeaders : PHRASES.howAllowPrivate },
        lang,
      ),
    );
  return {
    ...withoutTrustedOnly(mlc.config, found(mlc.file ?? 'mlc_config.json', '')),
    ...withoutTrustedOnly(repository.config.external, found(PHRASES.theConfiguration, 'external.')),
    allowPrivateAddresses: options.allowPrivateAddresses,
    httpHeaders: options.httpHeaders,
  };
}

export async function checkExternalUrls(repository: Repository, urls: string[], options: ExternalRunOptions = {}): Promise<Map<string, CheckResult>> {
  const settings = externalSettings(settingsFor(repository, options), VERSION);
  const wanted = [...new Set(urls)].filter((url) => !settings.ignore.some((pattern) => pattern.test(url)) && (!options.only || options.only.has(url)));
  if (options.check) return withoutUnreachable(await options.check(wanted), options);
  const cache = new ExternalCache(
    options.cacheFile ?? path.join(repository.root, 'node_modules/.cache/algoritmekader-lint/external-links.json'),
    settings.cacheTtlMs,
  );
  if (cache.refusal) options.onNotice?.(say(NOTICES.cacheIgnored, { reason: CACHE_REFUSALS[cache.refusal] }, options.lang ?? 'nl'));
  const results = new Map<string, CheckResult>();
  const toCheck: string[] = [];
  for (const url of wanted) {
    const hit = cache.get(url);
    if (hit) results.set(url, hit);
    else toCheck.push(url);
  }
  const checker = new ExternalChecker(settings);
  try {
    const { onProgress } = options;
    const progress = onProgress && ((done: CheckProgress) => onProgress(done, options.lang ?? 'nl'));
    const checked = withoutUnreachable(await checker.checkAll(toCheck, progress), options);
    for (const [url, result] of checked) {
      results.set(url, result);
      cache.record(result);
    }
  } finally {
    await checker.close();
    cache.save();
  }
  return results;
}
