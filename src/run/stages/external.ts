/** Stage 4, external: with `--external`, check the http(s) URLs of the selected pages (in a pull request only the new ones) and hand the results to the run. */
import type { ExternalRunOptions } from '../../external/run.js';
import type { ChangeSet } from '../changes.js';
import type { Session } from '../session.js';
import type { PageState } from './load-facts.js';

export async function checkExternal(
  session: Session,
  pages: Map<string, PageState>,
  selected: string[],
  options: ExternalRunOptions | true,
  changes: ChangeSet | undefined,
): Promise<void> {
  // The network client loads only when asked for.
  const { checkExternalUrls, externalUrlsOf } = await import('../../external/run.js');
  const { repository } = session;
  const external = options === true ? {} : options;
  const urls = selected.flatMap((file) => {
    const { tree, value } = pages.get(file)!;
    return tree ? externalUrlsOf(repository, { docsPath: repository.docsPathOf(file), tree, source: value ?? '' }) : [];
  });
  const previous = changes?.previousUrls();
  const only = previous ? new Set(urls.filter((url) => !previous.has(url))) : external.only;
  session.run.external = await checkExternalUrls(repository, urls, { ...external, only, onNotice: session.onNotice, lang: session.lang });
}
