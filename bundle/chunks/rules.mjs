import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  external_url_default,
  external_url_rate_limited_default,
  external_url_redirect_default,
  file_encoding_default,
  frontmatter_schema_default,
  frontmatter_yaml_default,
  label_values_default,
  link_anchor_default,
  link_live_site_default,
  link_target_default,
  lint_directives_default,
  reference_duplicate_default,
  reference_exists_default,
  required_sections_default,
  rules,
  section_empty_default,
  section_order_default,
  site_markers_default,
  sources_code_exists_default,
  sources_code_quoted_default,
  spelling_default,
  title_trailing_period_default,
  toelichting_max_words_default,
  urn_change_default,
  urn_matches_filename_default,
  urn_unique_default,
  vereiste_unreferenced_default
} from "./shared-rules-external-url-rate-limited.mjs";
import "./shared-repository-resolve-link.mjs";
import "./shared-parsing-html-links.mjs";
import "./shared-rule-kit-directives.mjs";
import "./shared-parsing-frontmatter.mjs";
import "./shared-rule-kit-constants.mjs";
import "./shared-config-config.mjs";
import "./shared-config-glob-match.mjs";
import "./shared-package-info.mjs";
import "./shared-balanced-match-dist-esm.mjs";
import "./shared-repository-source.mjs";
import "./shared-repository-files.mjs";
import "./shared-mdast-util-to-string.mjs";
import "./shared-spelling-judge.mjs";
import "./shared-spelling-dictionary.mjs";
import "./shared-parsing-tree-nodes.mjs";
import "./shared-errors.mjs";
import "./shared-reporters-printable.mjs";
import "./shared-runtime.mjs";
export {
  external_url_default as externalUrl,
  external_url_rate_limited_default as externalUrlRateLimited,
  external_url_redirect_default as externalUrlRedirect,
  file_encoding_default as fileEncoding,
  frontmatter_schema_default as frontmatterSchema,
  frontmatter_yaml_default as frontmatterYaml,
  label_values_default as labelValues,
  link_anchor_default as linkAnchor,
  link_live_site_default as linkLiveSite,
  link_target_default as linkTarget,
  lint_directives_default as lintDirectives,
  reference_duplicate_default as referenceDuplicate,
  reference_exists_default as referenceExists,
  required_sections_default as requiredSections,
  rules,
  section_empty_default as sectionEmpty,
  section_order_default as sectionOrder,
  site_markers_default as siteMarkers,
  sources_code_exists_default as sourcesCodeExists,
  sources_code_quoted_default as sourcesCodeQuoted,
  spelling_default as spelling,
  title_trailing_period_default as titleTrailingPeriod,
  toelichting_max_words_default as toelichtingMaxWords,
  urn_change_default as urnChange,
  urn_matches_filename_default as urnMatchesFilename,
  urn_unique_default as urnUnique,
  vereiste_unreferenced_default as vereisteUnreferenced
};
