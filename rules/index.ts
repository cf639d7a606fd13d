/** Every rule, in the order they run and are documented. */
import type { Rule } from '../src/rule-kit/define-rule.js';
import externalUrl from './external-url.js';
import externalUrlRateLimited from './external-url-rate-limited.js';
import externalUrlRedirect from './external-url-redirect.js';
import fileEncoding from './file-encoding.js';
import frontmatterSchema from './frontmatter-schema.js';
import frontmatterYaml from './frontmatter-yaml.js';
import labelValues from './label-values.js';
import linkAnchor from './link-anchor.js';
import linkLiveSite from './link-live-site.js';
import linkTarget from './link-target.js';
import referenceDuplicate from './reference-duplicate.js';
import referenceExists from './reference-exists.js';
import requiredSections from './required-sections.js';
import sectionEmpty from './section-empty.js';
import sectionOrder from './section-order.js';
import siteMarkers from './site-markers.js';
import sourcesCodeExists from './sources-code-exists.js';
import sourcesCodeQuoted from './sources-code-quoted.js';
import titleTrailingPeriod from './title-trailing-period.js';
import toelichtingMaxWords from './toelichting-max-words.js';
import urnChange from './urn-change.js';
import urnMatchesFilename from './urn-matches-filename.js';
import urnUnique from './urn-unique.js';
import vereisteUnreferenced from './vereiste-unreferenced.js';

export const rules: Rule[] = [
  fileEncoding,
  frontmatterYaml,
  frontmatterSchema,
  titleTrailingPeriod,
  toelichtingMaxWords,
  sourcesCodeQuoted,
  sourcesCodeExists,
  urnUnique,
  urnMatchesFilename,
  labelValues,
  referenceExists,
  referenceDuplicate,
  vereisteUnreferenced,
  siteMarkers,
  requiredSections,
  sectionOrder,
  sectionEmpty,
  linkTarget,
  linkAnchor,
  linkLiveSite,
  externalUrl,
  externalUrlRedirect,
  externalUrlRateLimited,
  urnChange,
];

export {
  fileEncoding,
  frontmatterSchema,
  frontmatterYaml,
  labelValues,
  sourcesCodeExists,
  sourcesCodeQuoted,
  titleTrailingPeriod,
  toelichtingMaxWords,
  urnMatchesFilename,
  urnUnique,
};
