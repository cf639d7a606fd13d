import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  pageUrl,
  relativeLink,
  resolveLink
} from "./shared-repository-resolve-link.mjs";
import {
  collectLinks,
  htmlOffsets,
  urlPlace
} from "./shared-parsing-html-links.mjs";
import {
  directivesOf,
  runRuleAlone
} from "./shared-rule-kit-directives.mjs";
import {
  hasEntries
} from "./shared-parsing-frontmatter.mjs";
import {
  isItemKind
} from "./shared-config-config.mjs";
import {
  SchemaError,
  closest,
  closestItemNames,
  knownKeys,
  nearestPaths,
  require_dist,
  schemaMessage
} from "./shared-config-glob-match.mjs";
import {
  MAX_PAGE_BYTES
} from "./shared-repository-source.mjs";
import {
  toString
} from "./shared-mdast-util-to-string.mjs";
import {
  acceptedWords,
  misspelling,
  wordsToJudge
} from "./shared-spelling-judge.mjs";
import {
  nodesOf,
  oncePerTree
} from "./shared-parsing-tree-nodes.mjs";
import {
  capitalized,
  pathInWords
} from "./shared-reporters-printable.mjs";
import {
  __toESM
} from "./shared-runtime.mjs";

// dist/src/external/findings.js
function externalFindings(tree, source, run) {
  const results = run.external;
  if (!results)
    return [];
  const findings = [];
  for (const link of collectLinks(tree, source)) {
    const result = results.get(link.url.trim());
    if (result)
      findings.push({ link, result });
  }
  return findings;
}

// dist/src/rule-kit/define-rule.js
function defineRule(meta, check, checkRun) {
  const rule = function standalone(setting) {
    return (tree, file) => runRuleAlone(rule, setting, tree, file);
  };
  Object.assign(rule, { meta, check, checkRun });
  return rule;
}

// dist/rules/external-url.js
var external_url_default = defineRule({
  id: "external-url",
  severity: "error",
  description: {
    nl: "Externe links werken (alleen met `--external`).",
    en: "External links work (only with `--external`)."
  },
  messages: {
    http: {
      nl: "`{url}` geeft HTTP {status} ({text}). Zoek het nieuwe adres van deze bron, of verwijder de link.",
      en: "`{url}` answers HTTP {status} ({text}). Find the new address of this source, or remove the link."
    },
    dns: {
      nl: "De host van `{url}` bestaat niet (DNS: {detail}). Controleer de spelling van het domein.",
      en: "The host of `{url}` does not exist (DNS: {detail}). Check the spelling of the domain."
    },
    refused: {
      nl: "De server van `{url}` weigert de verbinding. Controleer het adres, of probeer later opnieuw.",
      en: "The server of `{url}` refuses the connection. Check the address, or try again later."
    },
    reset: {
      nl: "De verbinding met `{url}` werd onderbroken voordat er een antwoord kwam. Probeer later opnieuw.",
      en: "The connection to `{url}` was reset before an answer came. Try again later."
    },
    tls: {
      nl: "De beveiligde verbinding met `{url}` mislukt (TLS: {detail}); bezoekers krijgen een certificaatwaarschuwing.",
      en: "The secure connection to `{url}` fails (TLS: {detail}); visitors get a certificate warning."
    },
    timeout: {
      nl: "`{url}` antwoordt niet binnen de tijd ({detail}). Controleer of de site nog bestaat.",
      en: "`{url}` does not answer in time ({detail}). Check whether the site still exists."
    },
    redirectLoop: {
      nl: "`{url}` stuurt door in een kring (via `{detail}`); de pagina opent nooit.",
      en: "`{url}` redirects in a loop (via `{detail}`); the page never opens."
    },
    tooManyRedirects: {
      nl: "`{url}` stuurt te vaak door (laatste: `{detail}`).",
      en: "`{url}` redirects too often (last: `{detail}`)."
    },
    internalAddress: {
      nl: "`{url}` wijst naar een intern adres ({detail}) en is niet opgevraagd: lezers van de site kunnen er niet bij. Link naar een openbaar adres (of laat wie de controle start het adres toestaan met `--external-allow-address`).",
      en: "`{url}` points at an internal address ({detail}) and was not requested: readers of the site cannot reach it. Link to a public address (or have whoever runs the check allow the address with `--external-allow-address`)."
    },
    other: {
      nl: "`{url}` is niet bereikbaar ({detail}).",
      en: "`{url}` cannot be reached ({detail})."
    }
  },
  phrases: {
    status400: { nl: "ongeldig verzoek", en: "bad request" },
    status401: { nl: "inloggen vereist", en: "unauthorized" },
    status403: { nl: "geen toegang", en: "forbidden" },
    status404: { nl: "niet gevonden", en: "not found" },
    status410: { nl: "definitief verwijderd", en: "gone" },
    status500: { nl: "serverfout", en: "server error" },
    status502: { nl: "foute gateway", en: "bad gateway" },
    status503: { nl: "dienst niet beschikbaar", en: "service unavailable" },
    status504: { nl: "gateway-time-out", en: "gateway timeout" }
  }
}, ({ tree, source, run, report, span, phrase, hasPhrase }) => {
  for (const { link, result } of externalFindings(tree, source, run)) {
    if (result.ok || result.kind === "rate-limited")
      continue;
    const place = span(link.start, link.end);
    const url = link.url.trim();
    const detail = result.detail ?? "";
    switch (result.kind) {
      case "http":
        report("http", place, { url, status: result.status ?? "?", text: hasPhrase(`status${result.status}`) ? phrase(`status${result.status}`) : "HTTP" });
        break;
      case "dns":
        report("dns", place, { url, detail });
        break;
      case "refused":
        report("refused", place, { url });
        break;
      case "reset":
        report("reset", place, { url });
        break;
      case "tls":
        report("tls", place, { url, detail });
        break;
      case "timeout":
        report("timeout", place, { url, detail: detail || "timeout" });
        break;
      case "redirect-loop":
        report("redirectLoop", place, { url, detail });
        break;
      case "too-many-redirects":
        report("tooManyRedirects", place, { url, detail });
        break;
      case "private":
        report("internalAddress", place, { url, detail });
        break;
      default:
        report("other", place, { url, detail: detail || String(result.kind) });
    }
  }
});

// dist/rules/external-url-rate-limited.js
var external_url_rate_limited_default = defineRule({
  id: "external-url-rate-limited",
  severity: "warn",
  description: {
    nl: 'Externe links die niet gecontroleerd konden worden omdat de server steeds "te veel verzoeken" (429) antwoordde.',
    en: 'External links that could not be checked because the server kept answering "too many requests" (429).'
  },
  messages: {
    rateLimited: {
      nl: "`{url}` kon niet worden gecontroleerd: de server antwoordt steeds 429 (te veel verzoeken). De link is niet per se kapot; controleer later opnieuw.",
      en: "`{url}` could not be checked: the server keeps answering 429 (too many requests). The link is not necessarily broken; check again later."
    }
  }
}, ({ tree, source, run, report, span }) => {
  for (const { link, result } of externalFindings(tree, source, run)) {
    if (result.kind === "rate-limited")
      report("rateLimited", span(link.start, link.end), { url: link.url.trim() });
  }
});

// dist/rules/external-url-redirect.js
var external_url_redirect_default = defineRule({
  id: "external-url-redirect",
  severity: "warn",
  fixable: true,
  description: {
    nl: "Externe links die permanent doorsturen, wijzen naar het nieuwe adres (alleen met `--external`).",
    en: "External links that redirect permanently point at the new address (only with `--external`)."
  },
  messages: {
    moved: {
      nl: "`{url}` is permanent verhuisd naar `{target}`. Gebruik het nieuwe adres; het oude kan ooit verdwijnen.",
      en: "`{url}` has moved permanently to `{target}`. Use the new address; the old one may disappear."
    }
  }
}, ({ tree, source, run, report, span }) => {
  for (const { link, result } of externalFindings(tree, source, run)) {
    if (!result.ok || !result.permanentRedirect)
      continue;
    const destination = urlPlace(link, span);
    report("moved", span(link.start, link.end), { url: link.url.trim(), target: result.permanentRedirect }, {
      expected: [result.permanentRedirect],
      actual: link.url,
      fix: link.origin === "markdown" && destination !== void 0,
      fixPlace: destination
    });
  }
});

// dist/rules/file-encoding.js
import path from "node:path";
var file_encoding_default = defineRule(
  {
    id: "file-encoding",
    severity: "error",
    checksUnreadPages: true,
    description: {
      nl: "Een pagina is UTF-8-tekst: geen binair bestand, geen ongeldige tekens.",
      en: "A page is UTF-8 text: not a binary file, no invalid characters."
    },
    messages: {
      binary: {
        nl: "Dit bestand bevat een NUL-byte (positie {offset}) en is dus geen tekstpagina. Is het een afbeelding of document met de extensie `.md`? Geef het de juiste extensie.",
        en: "This file contains a NUL byte (at {offset}), so it is not a text page. Is it an image or document named `.md`? Give it the right extension."
      },
      invalidUtf8: {
        nl: 'Dit bestand is geen geldige UTF-8 (eerste fout bij byte {offset}). Sla het op als UTF-8 (in de meeste editors: "Opslaan met codering").',
        en: 'This file is not valid UTF-8 (first error at byte {offset}). Save it as UTF-8 (in most editors: "Save with encoding").'
      },
      replacement: {
        nl: "Vervangingsteken `\uFFFD` in de tekst: hier is bij het opslaan een teken verloren gegaan. Typ het oorspronkelijke teken opnieuw.",
        en: "Replacement character `\uFFFD` in the text: a character was lost when the file was saved. Type the original character again."
      },
      tooLarge: {
        nl: "Dit bestand is {size} groot (grens: {limit}); zo'n grote pagina wordt niet gecontroleerd. Splits de pagina of verplaats de inhoud naar een bijlage.",
        en: "This file is {size} (limit: {limit}); a page this large is not checked. Split the page or move the content to an attachment."
      },
      tooComplex: {
        nl: "Deze pagina heeft {count} {what} (grens: {limit}); zo'n pagina kost te veel tijd om te controleren en wordt overgeslagen. Splits de pagina.",
        en: "This page has {count} {what} (limit: {limit}); such a page takes too long to check and is skipped. Split the page."
      },
      tooDeep: {
        nl: "Regel {line} is {depth} niveaus diep genest (lijsten of citaten); zo'n pagina wordt niet gecontroleerd en rendert niet zinnig. Maak de nesting ondieper.",
        en: "Line {line} is nested {depth} levels deep (lists or quotes); such a page is not checked and does not render sensibly. Make the nesting shallower."
      },
      tooSlow: {
        nl: "Deze pagina kon niet binnen {seconds} s worden gelezen en is niet gecontroleerd; de andere pagina's wel. Zo'n pagina rendert ook traag: vereenvoudig haar (minder `*`, `_`, `[` of onderstreepte koppen) of splits haar.",
        en: "This page could not be read within {seconds} s and was not checked; the other pages were. Such a page also renders slowly: simplify it (fewer `*`, `_`, `[` or underlined headings) or split it."
      },
      unparsable: {
        nl: "Deze pagina kan niet worden gelezen als Markdown ({detail}); de andere pagina's zijn wel gecontroleerd. Meld dit aan de beheerders van algoritmekader-lint.",
        en: "This page cannot be read as Markdown ({detail}); the other pages were checked. Please report this to the algoritmekader-lint maintainers."
      },
      unreadable: {
        nl: "Dit bestand kan niet worden gelezen ({detail}). Controleer de bestandsrechten.",
        en: "This file cannot be read ({detail}). Check the file permissions."
      },
      extension: {
        nl: "mkdocs bouwt `{file}` als pagina, maar de extensie `{extension}` wordt niet gecontroleerd en de rest van het Algoritmekader leest alleen `.md`. Hernoem het bestand naar `{renamed}`.",
        en: "mkdocs builds `{file}` as a page, but the extension `{extension}` is not checked and the rest of the Algoritmekader reads only `.md`. Rename the file to `{renamed}`."
      }
    },
    phrases: {
      "list-items": { nl: "lijstonderdelen", en: "list items" },
      "link-openings": { nl: "linkopeningen (`](`)", en: "link openings (`](`)" },
      "footnote-references": { nl: "voetnootverwijzingen (`[^`)", en: "footnote references (`[^`)" },
      "table-pipes": { nl: "tabelscheidingen (`|`)", en: "table pipes (`|`)" },
      "emphasis-delimiters": { nl: "nadruktekens (`*` en `_`)", en: "emphasis delimiters (`*` and `_`)" },
      "setext-underlines": { nl: "onderstreepte koppen (regels van `=` of `-`)", en: "underlined headings (lines of `=` or `-`)" },
      "reference-links": { nl: "verwijzingslinks (`][`)", en: "reference links (`][`)" },
      "label-starts": { nl: "openingshaken (`[`)", en: "opening brackets (`[`)" },
      headings: { nl: "koppen (`#`)", en: "headings (`#`)" },
      "link-definitions": { nl: "linkdefinities (`[\u2026]:`)", en: "link definitions (`[\u2026]:`)" }
    }
  },
  ({ file, source, span, report, phrase }) => {
    const problem = file.data.sourceProblem;
    if (problem) {
      switch (problem.code) {
        case "binary":
          return report("binary", void 0, { offset: problem.offset });
        case "invalid-utf8":
          return report("invalidUtf8", void 0, { offset: problem.offset });
        case "too-large":
          return report("tooLarge", void 0, { size: `${Math.ceil(problem.bytes / 1024)} KB`, limit: `${MAX_PAGE_BYTES / 1024} KB` });
        case "unreadable":
          return report("unreadable", void 0, { detail: problem.detail });
        case "too-deep":
          return report("tooDeep", { start: { line: problem.line, column: 1 }, end: { line: problem.line, column: 1 } }, { line: problem.line, depth: problem.depth });
        case "too-complex":
          return report("tooComplex", void 0, { count: problem.count, limit: problem.limit, what: phrase(problem.what) });
        case "unparsable":
          return report("unparsable", void 0, { detail: problem.detail });
        case "timed-out":
          return report("tooSlow", void 0, { seconds: problem.seconds });
      }
    }
    const nul = source.indexOf("\0");
    if (nul !== -1)
      return report("binary", span(nul, nul + 1), { offset: nul });
    const replacement = source.indexOf("\uFFFD");
    if (replacement !== -1)
      report("replacement", span(replacement, replacement + 1));
  },
  // Pages mkdocs builds that we would never read: every built file under the docs folder with another Markdown extension.
  (_run, repository, out) => {
    for (const docsPath of repository.filePaths()) {
      const extension = otherMarkdownExtension(docsPath);
      if (!extension)
        continue;
      const renamed = `${path.posix.basename(docsPath).slice(0, -extension.length)}.md`;
      out.report(path.join(repository.docsDir, docsPath), "extension", { file: docsPath, extension, renamed });
    }
  }
);
var MARKDOWN_EXTENSIONS = /\.(?:markdown|mdown|mkdn|mkd|md)$/i;
function otherMarkdownExtension(docsPath) {
  const match = MARKDOWN_EXTENSIONS.exec(docsPath);
  return match && match[0] !== ".md" ? match[0] : void 0;
}

// dist/rules/frontmatter-schema.js
import path2 from "node:path";
var frontmatter_schema_default = defineRule({
  id: "frontmatter-schema",
  severity: "error",
  fixable: true,
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "De frontmatter voldoet aan het schema van de paginasoort: verplichte velden, types, toegestane waarden.",
    en: "Frontmatter matches the schema of its page kind: required keys, types, allowed values."
  },
  messages: {
    required: {
      nl: "Verplicht veld `{key}` ontbreekt in de frontmatter van {thisKind}. Voeg `{key}:` toe zoals in templates/template-{kind}.md.",
      en: "Required key `{key}` is missing from the frontmatter of {thisKind}. Add `{key}:` as in templates/template-{kind}.md."
    },
    unknownKey: {
      nl: "Onbekend veld `{key}` in de frontmatter van {thisKind}; de site negeert het.{hint}",
      en: "Unknown key `{key}` in the frontmatter of {thisKind}; the site ignores it.{hint}"
    },
    // {where}/{Where}: the key in words (`hide`, "het 2e item onder `hide`"), {Where} at the start of a sentence.
    type: {
      nl: "{Where} moet {expected} zijn, maar is {actual}.",
      en: "{Where} must be {expected}, but is {actual}."
    },
    enum: {
      nl: "`{value}` is geen toegestane waarde voor {where}.{hint} Toegestaan: {allowed}.",
      en: "`{value}` is not an allowed value for {where}.{hint} Allowed: {allowed}."
    },
    pattern: {
      nl: "`{value}` heeft niet de juiste vorm voor {where}. {hint}",
      en: "`{value}` does not have the right form for {where}. {hint}"
    },
    empty: {
      nl: "{Where} is leeg; vul een waarde in (zie het sjabloon).",
      en: "{Where} is empty; fill in a value (see the template)."
    },
    badSchema: {
      nl: "Het schema `{file}` voor {kind} uit de configuratie is ongeldig: {detail}. Herstel het schema of haal het uit `schemas` in de configuratie.",
      en: "The {kind} schema `{file}` from the configuration is invalid: {detail}. Repair the schema or remove it from `schemas` in the configuration."
    },
    other: {
      nl: "{Where}: {detail}.",
      en: "{Where}: {detail}."
    }
  },
  phrases: {
    string: { nl: "een tekst", en: "a text" },
    array: { nl: "een lijst", en: "a list" },
    object: { nl: "een groep sleutels", en: "a mapping" },
    number: { nl: "een getal", en: "a number" },
    null: { nl: "leeg", en: "empty" },
    boolean: { nl: "ja/nee", en: "true/false" },
    either: { nl: "{a} of {b}", en: "{a} or {b}" },
    frontmatter: { nl: "de frontmatter", en: "the frontmatter" }
  }
}, ({ frontmatter, page, repository, report, lang, orList, phrase, didYouMean }) => {
  if (!frontmatter.node || frontmatter.problems.length > 0)
    return;
  const kind = page.kind;
  let validate;
  try {
    validate = repository.schemaValidator(kind);
  } catch (error) {
    if (!(error instanceof SchemaError))
      throw error;
    report("badSchema", fenceLine(frontmatter.blockPosition), { file: path2.relative(repository.root, error.file), detail: error.detail, kind });
    return;
  }
  if (validate(frontmatter.data))
    return;
  const errors = relevantErrors(validate.errors ?? []);
  for (const error of errors) {
    const parts = pathParts(error.instancePath);
    const where = pathInWords(parts, lang, phrase("frontmatter"));
    const at = { where, Where: capitalized(where) };
    const value = valueAt(frontmatter.data, parts);
    const valuePlace = frontmatter.positionOf(parts, "value");
    switch (error.keyword) {
      case "required": {
        const key = error.params.missingProperty;
        report("required", fenceLine(frontmatter.blockPosition), { key, kind });
        break;
      }
      case "additionalProperties": {
        const key = error.params.additionalProperty;
        const suggestions = suggestKey(key, validate);
        const hint = didYouMean(suggestions);
        report("unknownKey", frontmatter.positionOf([...parts, key], "key"), { key, hint }, { expected: suggestions });
        break;
      }
      case "enum": {
        const allowed = error.params.allowedValues.map(String);
        const suggestions = closest(String(value), allowed, { limit: 1 });
        const hint = didYouMean(suggestions);
        report("enum", valuePlace, { value: String(value), ...at, hint, allowed: orList(allowed) }, { expected: suggestions, actual: String(value), fix: suggestions.length === 1 && parts[0] === "hide" });
        break;
      }
      case "pattern":
        report("pattern", valuePlace, { value: String(value), ...at, hint: hintOf(error, lang) });
        break;
      case "minLength":
        report("empty", valuePlace, at);
        break;
      case "type": {
        if (value === null && typeof parts[parts.length - 1] === "number")
          break;
        if ((value === null || value === "") && parts.length === 1) {
          report("empty", valuePlace, at);
          break;
        }
        const expected = describeType(error.params.type, phrase);
        report("type", valuePlace, { ...at, expected, actual: describeValue(value, phrase) });
        break;
      }
      default:
        report("other", valuePlace, { ...at, detail: schemaMessage(error)[lang] });
    }
  }
});
function relevantErrors(errors) {
  const dropped = /* @__PURE__ */ new Set();
  const within = (error, base) => error.instancePath === base || error.instancePath.startsWith(`${base}/`);
  errors.forEach((anyOf, index) => {
    if (anyOf.keyword !== "anyOf")
      return;
    dropped.add(anyOf);
    const branchErrors = [];
    for (let before = index - 1; before >= 0 && within(errors[before], anyOf.instancePath); before--) {
      if (!dropped.has(errors[before]))
        branchErrors.push(errors[before]);
    }
    const depth = (error) => error.instancePath.split("/").length;
    const deepest = Math.max(...branchErrors.map(depth));
    const atDepth = branchErrors.filter((error) => depth(error) === deepest);
    const valueErrors = atDepth.filter((error) => error.keyword !== "type");
    const keep = new Set(valueErrors.length ? valueErrors : atDepth.slice(0, 1));
    for (const error of branchErrors)
      if (!keep.has(error))
        dropped.add(error);
  });
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((error) => {
    const key = `${error.instancePath}|${error.keyword}|${JSON.stringify(error.params)}`;
    if (dropped.has(error) || seen.has(key))
      return false;
    seen.add(key);
    return true;
  });
}
function suggestKey(key, validate) {
  const properties = validate.schema.properties ?? {};
  const byAlias = Object.entries(properties).find(([, property]) => property["x-aliases"]?.includes(key.toLowerCase()));
  return byAlias ? [byAlias[0]] : closest(key, knownKeys(validate), { limit: 1 });
}
function pathParts(pointer) {
  if (!pointer)
    return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^[0-9]+$/.test(part) ? Number(part) : part);
}
function valueAt(data, parts) {
  let current = data;
  for (const part of parts)
    current = current?.[part];
  return current;
}
function hintOf(error, lang) {
  const hint = error.parentSchema?.["x-hint"];
  return hint?.[lang] ?? "";
}
var TYPES = ["string", "array", "object", "number", "null", "boolean"];
function describeType(type, phrase) {
  const names = (Array.isArray(type) ? type : [type]).filter((name) => name !== "null");
  const words = names.map((name) => TYPES.includes(name) ? phrase(name) : name);
  return words.reduce((joined, word) => phrase("either", { a: joined, b: word }));
}
function describeValue(value, phrase) {
  if (value === null || value === void 0)
    return phrase("null");
  if (Array.isArray(value))
    return phrase("array");
  if (typeof value === "object")
    return phrase("object");
  return `${TYPES.includes(typeof value) ? phrase(typeof value) : typeof value} (\`${String(value)}\`)`;
}
function fenceLine(block) {
  const start = block.start;
  return { start, end: { line: start.line, column: start.column + 3, offset: start.offset === void 0 ? void 0 : start.offset + 3 } };
}

// dist/rules/frontmatter-yaml.js
var import_yaml = __toESM(require_dist(), 1);
var EXPLANATIONS = [
  { code: "MISSING_CHAR", match: /quote/, phrase: "missingQuote" },
  { code: "BLOCK_AS_IMPLICIT_KEY", match: /compact mappings/, phrase: "colonInValue" },
  { code: "TAB_AS_INDENT", phrase: "tabIndent" },
  { code: "BAD_SCALAR_START", phrase: "reservedStart" },
  { code: "UNEXPECTED_TOKEN", phrase: "unexpectedToken" },
  { code: "MULTILINE_IMPLICIT_KEY", phrase: "multilineKey" },
  { code: "BAD_INDENT", phrase: "badIndent" }
];
function explain(code, message, phrase) {
  const known = EXPLANATIONS.find((entry) => entry.code === code && (!entry.match || entry.match.test(message)));
  return known ? phrase(known.phrase) : message;
}
var frontmatter_yaml_default = defineRule({
  id: "frontmatter-yaml",
  severity: "error",
  description: {
    nl: "De frontmatter is geldige YAML zonder dubbele sleutels of lege lijstitems.",
    en: "Frontmatter is valid YAML without duplicate keys or empty list items."
  },
  messages: {
    syntax: {
      nl: "De frontmatter is geen geldige YAML: {detail}. Controleer inspringing, dubbele punten en aanhalingstekens op deze plek; de site kan deze pagina niet lezen.",
      en: "The frontmatter is not valid YAML: {detail}. Check indentation, colons and quotes here; the site cannot read this page."
    },
    duplicateKey: {
      nl: "Sleutel `{key}` staat twee keer in de frontmatter; de site gebruikt alleen de laatste en negeert de eerste. Voeg ze samen tot \xE9\xE9n `{key}`.",
      en: "Key `{key}` appears twice in the frontmatter; the site keeps only the last one and drops the first. Merge them into one `{key}`."
    },
    emptyItem: {
      nl: 'Leeg lijstitem in `{key}`: de site toont hier "None". Vul een waarde in of verwijder het streepje.',
      en: 'Empty list item in `{key}`: the site shows "None" here. Fill in a value or remove the dash.'
    },
    notMapping: {
      nl: "De frontmatter moet sleutels met waarden bevatten (`title: \u2026`), maar is een {found}.",
      en: "The frontmatter must hold keys with values (`title: \u2026`), but is a {found}."
    },
    aliasBomb: {
      nl: "De frontmatter gebruikt te veel YAML-aliassen ({detail}); zo'n pagina is niet leesbaar. Schrijf de waarden uit.",
      en: "The frontmatter expands too many YAML aliases ({detail}); such a page cannot be read. Write the values out."
    },
    unclosed: {
      nl: "De frontmatter begint met `---` maar wordt niet afgesloten; de site leest de hele pagina dan als tekst. Zet een regel `---` na het laatste veld.",
      en: "The frontmatter starts with `---` but is never closed; the site then reads the whole page as text. Put a line `---` after the last field."
    },
    siteLineBreak: {
      nl: "De frontmatter bevat het teken {code}, dat de site (PyYAML) als regeleinde leest en wij niet: wat erna staat, is voor de site een nieuwe regel (een verborgen sleutel). Verwijder het teken.",
      en: "The frontmatter holds the character {code}, which the site (PyYAML) reads as a line break and we do not: what follows is a new line to the site (a hidden key). Remove the character."
    },
    siteRefuses: {
      nl: "De frontmatter bevat het stuurteken {code}, dat de site (PyYAML) weigert: de pagina verliest dan al haar velden. Verwijder het teken.",
      en: "The frontmatter holds the control character {code}, which the site (PyYAML) refuses: the page then loses all its fields. Remove the character."
    },
    missing: {
      nl: "{ThisKind} heeft geen frontmatter. Begin het bestand met `---`, de velden uit het sjabloon (templates/template-{kind}.md) en weer `---`.",
      en: "{ThisKind} has no frontmatter. Start the file with `---`, the fields from the template (templates/template-{kind}.md) and `---` again."
    }
  },
  phrases: {
    listOrValue: { nl: "lijst of losse waarde", en: "list or single value" },
    missingQuote: {
      nl: "het aanhalingsteken dat hier opent wordt niet gesloten",
      en: "the quote that opens here is never closed"
    },
    colonInValue: {
      nl: "na `sleutel:` staat nog een dubbele punt met spatie; zet de hele waarde tussen aanhalingstekens",
      en: "after `key:` there is another colon and space; put the whole value in quotes"
    },
    tabIndent: {
      nl: "een tab als inspringing; YAML staat alleen spaties toe",
      en: "a tab as indentation; YAML allows only spaces"
    },
    reservedStart: {
      nl: "een waarde die met een gereserveerd teken begint (`@`, `` ` ``, `%`); zet haar tussen aanhalingstekens",
      en: "a value that starts with a reserved character (`@`, `` ` ``, `%`); put it in quotes"
    },
    unexpectedToken: {
      nl: "onverwachte tekst na een waarde; staat er een aanhalingsteken midden in een waarde tussen aanhalingstekens? Verdubbel het (`''`) of gebruik het andere soort",
      en: "unexpected text after a value; is there a quote inside a quoted value? Double it (`''`) or use the other kind"
    },
    multilineKey: {
      nl: "een sleutel over meer regels; controleer de inspringing",
      en: "a key spanning lines; check the indentation"
    },
    badIndent: {
      nl: "de inspringing klopt niet",
      en: "the indentation is wrong"
    }
  }
}, ({ frontmatter, page, report, tree, phrase, source }) => {
  if (!frontmatter.node && /^---[ \t]*\r?\n/.test(source)) {
    report("unclosed", { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 4, offset: 3 } });
    return;
  }
  if (!frontmatter.node) {
    if (isItemKind(page.kind)) {
      const first = tree.children[0];
      report("missing", first?.position ? { start: first.position.start, end: first.position.start } : void 0, { kind: page.kind });
    }
    return;
  }
  for (const problem of frontmatter.problems) {
    if (problem.code === "DUPLICATE_KEY")
      continue;
    if (problem.code === "PYYAML_BREAK")
      report("siteLineBreak", problem.position, { code: problem.message });
    else if (problem.code === "PYYAML_REFUSED")
      report("siteRefuses", problem.position, { code: problem.message });
    else if (problem.code === "NOT_A_MAPPING")
      report("notMapping", problem.position, { found: phrase("listOrValue") });
    else if (problem.code === "ALIAS_COUNT")
      report("aliasBomb", problem.position, { detail: problem.message });
    else
      report("syntax", problem.position, { detail: explain(problem.code, problem.message, phrase) });
  }
  const document = frontmatter.document;
  if (!document)
    return;
  (0, import_yaml.visit)(document, {
    Map(_key, map) {
      const seen = /* @__PURE__ */ new Set();
      for (const pair of map.items) {
        const keyNode = pair.key;
        const name = typeof keyNode?.value === "symbol" ? "<<" : String(keyNode?.value ?? "");
        if (seen.has(name) && keyNode?.range) {
          report("duplicateKey", { start: frontmatter.pointAt(keyNode.range[0]), end: frontmatter.pointAt(keyNode.range[1]) }, { key: name });
        }
        seen.add(name);
        if (!(0, import_yaml.isSeq)(pair.value))
          continue;
        for (const item of pair.value.items) {
          if (item !== null && !((0, import_yaml.isScalar)(item) && item.value === null))
            continue;
          const at = emptyItemOffset(frontmatter.node.value, item?.range?.[0] ?? pair.value.range?.[0] ?? 0);
          report("emptyItem", { start: frontmatter.pointAt(at), end: frontmatter.pointAt(at + 1) }, { key: name });
        }
      }
    }
  });
});
function emptyItemOffset(yamlText, itemOffset) {
  const dash = yamlText.lastIndexOf("-", itemOffset);
  return dash === -1 ? itemOffset : dash;
}

// dist/rules/label-values.js
var label_values_default = defineRule({
  id: "label-values",
  severity: "error",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "Labels in `levenscyclus`, `onderwerp` en `rollen` zijn bestaande waarden uit hun vocabulaire.",
    en: "Labels in `levenscyclus`, `onderwerp` and `rollen` are existing values of their vocabulary."
  },
  messages: {
    unknown: {
      nl: "`{value}` is geen bekende waarde voor `{key}` (er is geen pagina {folder}/{value}.md).{hint}",
      en: "`{value}` is not a known value for `{key}` (there is no page {folder}/{value}.md).{hint}"
    },
    duplicate: {
      nl: "`{value}` staat twee keer in `{key}`; verwijder de tweede.",
      en: "`{value}` appears twice in `{key}`; remove the second one."
    }
  },
  phrases: {
    allowed: { nl: " Toegestaan: {values}.", en: " Allowed: {values}." }
  }
}, ({ frontmatter, repository, report, phrase, orList, didYouMean }) => {
  for (const [key, folder] of Object.entries(repository.config.vocabularies)) {
    const allowed = repository.vocabulary(key);
    const values = frontmatter.data[key];
    if (!allowed || !Array.isArray(values))
      continue;
    const seen = /* @__PURE__ */ new Set();
    values.forEach((value, index) => {
      if (typeof value !== "string")
        return;
      const place = frontmatter.positionOf([key, index]);
      if (seen.has(value))
        report("duplicate", place, { value, key });
      seen.add(value);
      if (allowed.has(value))
        return;
      const suggestions = closest(value, allowed, { limit: 3 });
      const hint = didYouMean(suggestions) || phrase("allowed", { values: orList([...allowed].sort()) });
      report("unknown", place, { value, key, folder, hint }, { expected: suggestions, actual: value });
    });
  }
});

// dist/rules/link-anchor.js
var link_anchor_default = defineRule({
  id: "link-anchor",
  severity: "error",
  description: {
    nl: "Een anker in een link (`#\u2026`) bestaat op de pagina waar de link naartoe gaat.",
    en: "An anchor in a link (`#\u2026`) exists on the page the link goes to."
  },
  messages: {
    missing: {
      nl: "Het anker `#{fragment}` bestaat niet op {where}; de link opent de pagina bovenaan.{hint}",
      en: "The anchor `#{fragment}` does not exist on {where}; the link opens the page at the top.{hint}"
    },
    caseDiffers: {
      nl: "Het anker `#{fragment}` bestaat niet op {where}, wel `#{expected}`: ankers zijn hoofdlettergevoelig. Schrijf `#{expected}`.",
      en: "The anchor `#{fragment}` does not exist on {where}, but `#{expected}` does: anchors are case-sensitive. Write `#{expected}`."
    }
  },
  phrases: {
    thisPage: { nl: "deze pagina", en: "this page" },
    headingsThere: { nl: " Koppen daar: {headings}.", en: " Headings there: {headings}." }
  }
}, ({ tree, page, repository, report, span, source, phrase, orList, didYouMean }) => {
  for (const link of collectLinks(tree, source)) {
    const target = resolveLink(repository, page.docsPath, link);
    let targetPage;
    let fragment;
    if (target.kind === "fragment") {
      targetPage = page;
      fragment = target.fragment;
    } else if (target.kind === "local" && target.exists) {
      targetPage = target.page;
      fragment = target.fragment;
    } else if ((target.kind === "live-site" || target.kind === "absolute") && target.local?.exists) {
      targetPage = target.local.page;
      fragment = target.local.fragment;
    }
    if (!targetPage || !fragment || targetPage.anchors.has(fragment))
      continue;
    const where = targetPage === page ? phrase("thisPage") : `\`${targetPage.docsPath}\``;
    const hash = link.url.indexOf("#");
    const fragmentPlace = link.urlStart !== void 0 && hash !== -1 ? span(link.urlStart + hash + 1, link.urlEnd ?? link.urlStart + link.url.length) : void 0;
    const sameButCase = [...targetPage.anchors].find((anchor) => anchor.toLowerCase() === fragment.toLowerCase());
    if (sameButCase) {
      report("caseDiffers", span(link.start, link.end), { fragment, where, expected: sameButCase }, { expected: [sameButCase], actual: fragment, fixPlace: fragmentPlace });
      continue;
    }
    const extended = [...targetPage.anchors].filter((anchor) => anchor.startsWith(`${fragment}-`) || fragment.startsWith(`${anchor}-`));
    const options = [.../* @__PURE__ */ new Set([...closest(fragment, targetPage.anchors, { limit: 3 }), ...extended])].slice(0, 3);
    const headings = targetPage.headings.slice(0, 6).map((heading) => `#${heading.anchor}`);
    const hint = didYouMean(options.map((option) => `#${option}`)) || (headings.length ? phrase("headingsThere", { headings: orList(headings) }) : "");
    report("missing", span(link.start, link.end), { fragment, where, hint }, { expected: options, actual: fragment, fixPlace: fragmentPlace });
  }
});

// dist/rules/link-live-site.js
var link_live_site_default = defineRule({
  id: "link-live-site",
  severity: "warn",
  fixable: true,
  description: {
    nl: "Links naar de eigen site zijn relatieve links naar het `.md`-bestand.",
    en: "Links to the site itself are relative links to the `.md` file."
  },
  messages: {
    useRelative: {
      nl: "Deze link gaat naar de gepubliceerde site zelf; mkdocs controleert hem niet en hij breekt als de pagina verhuist. Schrijf de relatieve link `{relative}`.",
      en: "This link goes to the published site itself; mkdocs does not check it and it breaks when the page moves. Write the relative link `{relative}`."
    },
    useAnchor: {
      nl: "Deze link gaat via de gepubliceerde site naar deze pagina zelf; mkdocs controleert hem niet en in een lokale preview of na een verhuizing gaat hij naar de verkeerde plek. Schrijf alleen het anker `{relative}`.",
      en: "This link goes through the published site to this page itself; mkdocs does not check it, and in a local preview or after a move it goes to the wrong place. Write just the anchor `{relative}`."
    },
    missing: {
      nl: "Deze link gaat naar de gepubliceerde site, naar `{target}`, maar die pagina bestaat niet in docs/.{hint}",
      en: "This link goes to the published site, to `{target}`, but that page does not exist in docs/.{hint}"
    }
  }
}, ({ tree, page, repository, report, span, source, didYouMean }) => {
  for (const link of collectLinks(tree, source)) {
    const target = resolveLink(repository, page.docsPath, link);
    if (target.kind !== "live-site" || !target.local)
      continue;
    const place = span(link.start, link.end);
    const destination = urlPlace(link, span);
    if (target.local.exists) {
      const toItself = target.local.docsPath === page.docsPath && Boolean(target.fragment);
      const relative = toItself ? `#${target.fragment}` : relativeLink(page.docsPath, target.local.docsPath, target.fragment);
      const safe = link.origin === "markdown" && destination !== void 0;
      report(toItself ? "useAnchor" : "useRelative", place, { relative }, { expected: [relative], actual: link.url, fix: safe, fixPlace: destination });
      continue;
    }
    const options = nearestPaths(repository.filePaths(), target.local.docsPath).map((option) => relativeLink(page.docsPath, option, target.fragment));
    const hint = didYouMean(options);
    report("missing", place, { target: target.sitePath || "/", hint }, { expected: options, actual: link.url, fixPlace: destination });
  }
});

// dist/rules/link-target.js
var link_target_default = defineRule({
  id: "link-target",
  severity: "error",
  fixable: true,
  description: {
    nl: "Elke relatieve link wijst naar een bestaande pagina of een bestaand bestand in docs/.",
    en: "Every relative link points at an existing page or file in docs/."
  },
  messages: {
    missing: {
      nl: "De link `{url}` wijst naar `{target}`, maar dat bestand bestaat niet; op de site geeft hij een 404.{hint}",
      en: "The link `{url}` points at `{target}`, which does not exist; on the site it is a 404.{hint}"
    },
    missingViaUrl: {
      nl: "De link `{url}` heeft geen `.md`, dus mkdocs zet hem niet om: de browser maakt er `{target}` van, en die pagina bestaat niet.{hint}",
      en: "The link `{url}` has no `.md`, so mkdocs leaves it alone: the browser makes it `{target}`, which does not exist.{hint}"
    },
    absolute: {
      nl: "De link `{url}` begint met `/`: mkdocs controleert hem niet en hij werkt alleen als de site op precies dat adres staat.{hint}",
      en: "The link `{url}` starts with `/`: mkdocs does not check it and it only works when the site is served at exactly that address.{hint}"
    },
    outside: {
      nl: "De link `{url}` gaat buiten de map docs/ (naar `{target}`); de site kan die niet tonen. Link naar een pagina binnen docs/ of gebruik een volledige URL.",
      en: "The link `{url}` leaves the docs/ folder (to `{target}`); the site cannot show that. Link to a page inside docs/ or use a full URL."
    },
    template: {
      nl: "`{url}` bevat `{{ \u2026 }}`, maar pagina's zijn geen sjablonen: dit komt letterlijk in de link. Schrijf een relatieve link naar het `.md`-bestand.",
      en: "`{url}` contains `{{ \u2026 }}`, but pages are not templates: this ends up in the link literally. Write a relative link to the `.md` file."
    },
    htmlMd: {
      nl: "De HTML-link `{url}` wijst naar een `.md`-bestand; mkdocs zet links in HTML niet om, dus op de site is dit een 404. Schrijf een Markdown-link `[tekst]({url})` of link naar de pagina-URL `{pageUrl}`.",
      en: "The HTML link `{url}` points at a `.md` file; mkdocs does not rewrite links in HTML, so on the site this is a 404. Write a Markdown link `[text]({url})` or link to the page URL `{pageUrl}`."
    },
    empty: {
      nl: "Deze link heeft geen doel (`]()`); vul de URL in of maak er gewone tekst van.",
      en: "This link has no target (`]()`); fill in the URL or make it plain text."
    },
    placeholder: {
      nl: "De link `{url}` is een plaatshouder: op de site springt hij naar de bovenkant van de pagina. Vul het echte adres in of maak er gewone tekst van.",
      en: "The link `{url}` is a placeholder: on the site it jumps to the top of the page. Fill in the real address or make it plain text."
    },
    folderWithoutIndex: {
      nl: "De link `{url}` wijst naar de map `{target}`, maar daar staat geen index.md; op de site geeft hij een 404. Link naar een pagina in die map.",
      en: "The link `{url}` points at the folder `{target}`, which has no index.md; on the site it is a 404. Link to a page in that folder."
    }
  },
  phrases: {
    writeThis: { nl: " Schrijf `{relative}`.", en: " Write `{relative}`." },
    writeRelative: { nl: " Schrijf een relatieve link.", en: " Write a relative link." }
  }
}, ({ tree, page, repository, report, span, source, phrase, didYouMean }) => {
  const targets = /* @__PURE__ */ new Map();
  const nearest = /* @__PURE__ */ new Map();
  for (const link of collectLinks(tree, source)) {
    const key = `${link.origin}\0${link.url}`;
    if (!targets.has(key))
      targets.set(key, resolveLink(repository, page.docsPath, link));
    const target = targets.get(key);
    const destination = urlPlace(link, span);
    const place = link.origin === "html" && destination ? destination : span(link.start, link.end);
    const fixWith = (replacement, safe) => replacement && destination ? { expected: [replacement], actual: link.url, fix: safe, fixPlace: destination } : {};
    switch (target.kind) {
      case "empty":
        report("empty", place);
        break;
      case "placeholder":
        if (link.origin === "markdown")
          report("placeholder", place, { url: link.url.trim() });
        break;
      case "template":
        report("template", place, { url: link.url });
        break;
      case "outside":
        report("outside", place, { url: link.url, target: target.resolved });
        break;
      case "html-md":
        report("htmlMd", place, { url: link.url, pageUrl: `${relativeLink(page.docsPath, target.docsPath).replace(/(index)?\.md$/, "")}` });
        break;
      case "absolute": {
        const local = target.local;
        const relative = local?.exists && link.origin === "markdown" ? relativeLink(page.docsPath, local.docsPath, local.fragment) : void 0;
        const hint = relative ? phrase("writeThis", { relative }) : phrase("writeRelative");
        report("absolute", place, { url: link.url, hint }, fixWith(relative, false));
        break;
      }
      case "local": {
        if (target.exists)
          break;
        if (target.folder) {
          report("folderWithoutIndex", place, { url: link.url, target: target.docsPath.replace(/(\/index)?\.md$/, "/") });
          break;
        }
        if (!nearest.has(target.docsPath))
          nearest.set(target.docsPath, nearestPaths(repository.filePaths(), target.docsPath));
        const options = nearest.get(target.docsPath);
        const relatives = options.map((option) => relativeLink(page.docsPath, option, target.fragment));
        const safe = relatives.length === 1 && link.origin === "markdown";
        if (target.viaUrl) {
          const shown = target.docsPath.endsWith(".md") ? pageUrl(target.docsPath, repository.mkdocs.useDirectoryUrls) : target.docsPath;
          report("missingViaUrl", place, { url: link.url, target: shown || "/", hint: didYouMean(relatives) }, fixWith(relatives.length === 1 ? relatives[0] : void 0, false));
        } else {
          report("missing", place, { url: link.url, target: target.docsPath, hint: didYouMean(relatives) }, { ...fixWith(relatives[0], safe), expected: relatives });
        }
        break;
      }
      default:
        break;
    }
  }
});

// dist/src/rule-kit/rule-ids.js
var RULE_IDS = [
  "external-url",
  "external-url-rate-limited",
  "external-url-redirect",
  "file-encoding",
  "frontmatter-schema",
  "frontmatter-yaml",
  "label-values",
  "link-anchor",
  "link-live-site",
  "link-target",
  "lint-directives",
  "reference-duplicate",
  "reference-exists",
  "required-sections",
  "section-empty",
  "section-order",
  "site-markers",
  "sources-code-exists",
  "sources-code-quoted",
  "spelling",
  "title-trailing-period",
  "toelichting-max-words",
  "urn-change",
  "urn-matches-filename",
  "urn-unique",
  "vereiste-unreferenced"
];

// dist/rules/lint-directives.js
var KEYWORDS = ["disable", "enable", "ignore"];
var lint_directives_default = defineRule({
  id: "lint-directives",
  severity: "warn",
  description: {
    nl: "Elk `<!-- lint disable|enable|ignore \u2026 -->`-commentaar noemt bestaande regels en zet ook echt een melding uit.",
    en: "Every `<!-- lint disable|enable|ignore \u2026 -->` comment names existing rules and does silence a message."
  },
  messages: {
    unused: {
      nl: "`{comment}` zet geen melding uit: hier is niets om uit te zetten. Verwijder het commentaar, of zet het vlak v\xF3\xF3r wat het moet uitzetten.",
      en: "`{comment}` silences nothing: there is nothing here to silence. Remove the comment, or put it right before what it should silence."
    },
    unknownRule: {
      nl: "`{rule}` in `{comment}` is geen regel van algoritmekader-lint, dus het commentaar zet niets uit.{hint}",
      en: "`{rule}` in `{comment}` is not an algoritmekader-lint rule, so the comment silences nothing.{hint}"
    },
    unknownKeyword: {
      nl: "`{comment}`: `{keyword}` is geen opdracht; gebruik `disable`, `enable` of `ignore`.{hint}",
      en: "`{comment}`: `{keyword}` is not a command; use `disable`, `enable` or `ignore`.{hint}"
    }
  }
}, ({ tree, report, didYouMean, span }) => {
  for (const directive of directivesOf(tree)) {
    const { node } = directive;
    const comment = node.value.trim();
    const at = (word) => {
      const start = node.position?.start.offset;
      const index = node.value.indexOf(` ${word}`, node.value.indexOf("lint") + 4);
      return start === void 0 || index === -1 ? node : span(start + index + 1, start + index + 1 + word.length);
    };
    if (!KEYWORDS.includes(directive.keyword)) {
      report("unknownKeyword", at(directive.keyword), { comment, keyword: directive.keyword, hint: didYouMean(closest(directive.keyword, KEYWORDS)) });
      continue;
    }
    for (const rule of directive.rules) {
      if (!RULE_IDS.includes(rule))
        report("unknownRule", at(rule), { comment, rule, hint: didYouMean(closest(rule, RULE_IDS)) });
    }
  }
});

// dist/rules/reference-duplicate.js
var reference_duplicate_default = defineRule({
  id: "reference-duplicate",
  severity: "warn",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "Een naam staat maar \xE9\xE9n keer in een `vereiste:`- of `maatregel:`-lijst.",
    en: "A name appears only once in a `vereiste:` or `maatregel:` list."
  },
  messages: {
    duplicate: {
      nl: "`{name}` staat al eerder onder `{key}:` (regel {firstLine}); de site toont hem dan twee keer. Verwijder deze regel.",
      en: "`{name}` is already listed under `{key}:` (line {firstLine}); the site then shows it twice. Remove this line."
    }
  }
}, ({ frontmatter, repository, report }) => {
  for (const key of Object.keys(repository.config.references)) {
    const entries = frontmatter.data[key];
    if (!Array.isArray(entries))
      continue;
    const first = /* @__PURE__ */ new Map();
    entries.forEach((entry, index) => {
      if (typeof entry !== "string")
        return;
      const earlier = first.get(entry);
      if (earlier === void 0) {
        first.set(entry, index);
        return;
      }
      const firstLine = frontmatter.positionOf([key, earlier])?.start.line ?? "?";
      report("duplicate", frontmatter.positionOf([key, index]), { name: entry, key, firstLine });
    });
  }
});

// dist/rules/reference-exists.js
import path3 from "node:path";
var reference_exists_default = defineRule({
  id: "reference-exists",
  severity: "error",
  fixable: true,
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "Elke naam onder `vereiste:` en `maatregel:` is de bestandsnaam (zonder `.md`) van een bestaande pagina.",
    en: "Every name under `vereiste:` and `maatregel:` is the file name (without `.md`) of an existing page."
  },
  messages: {
    unknown: {
      nl: "`{name}` onder `{key}:` is geen bestaande {target}; de site toont hier een rij zonder link.{hint}",
      en: "`{name}` under `{key}:` is not an existing {target}; the site shows a row without a link here.{hint}"
    },
    wrongForm: {
      nl: "`{name}` onder `{key}:` is {form}; schrijf alleen de bestandsnaam zonder `.md`: `{expected}`.",
      en: "`{name}` under `{key}:` is {form}; write only the file name without `.md`: `{expected}`."
    }
  },
  phrases: {
    urn: { nl: "een URN", en: "a URN" },
    path: { nl: "een pad", en: "a path" },
    withMd: { nl: "geschreven met `.md`", en: "written with `.md`" },
    otherForm: { nl: "anders geschreven", en: "written differently" }
  }
}, ({ frontmatter, repository, report, phrase, didYouMean }) => {
  for (const [key, target] of Object.entries(repository.config.references)) {
    const entries = frontmatter.data[key];
    if (!Array.isArray(entries))
      continue;
    entries.forEach((entry, index) => {
      if (typeof entry !== "string" || repository.findByName(target, entry))
        return;
      const place = frontmatter.positionOf([key, index]);
      const corrected = normalForm(entry, target, repository);
      if (corrected) {
        const form = phrase(formOf(entry));
        report("wrongForm", place, { name: entry, key, form, expected: corrected }, { expected: [corrected], actual: entry, fix: true });
        return;
      }
      const suggestions = closestItemNames(entry, repository.namesOf(target));
      const hint = didYouMean(suggestions);
      const safe = suggestions.length === 1 && closest(entry, suggestions).length === 1;
      report("unknown", place, { name: entry, key, target, hint }, { expected: suggestions, actual: entry, fix: safe });
    });
  }
});
function normalForm(entry, target, repository) {
  const trimmed = entry.trim();
  if (trimmed.startsWith("urn:")) {
    const page = repository.pagesWithUrn(trimmed).find((candidate) => candidate.kind === target);
    return page?.name;
  }
  const name = path3.posix.basename(trimmed.replace(/\\/g, "/")).replace(/\.md$/i, "");
  if (name !== entry && repository.findByName(target, name))
    return name;
  return void 0;
}
function formOf(entry) {
  if (entry.startsWith("urn:"))
    return "urn";
  if (/[\\/]/.test(entry))
    return "path";
  if (/\.md$/i.test(entry))
    return "withMd";
  return "otherForm";
}

// dist/src/parsing/mkdocs/slug.js
function slugify(text) {
  const ascii = text.normalize("NFKD").replace(/[^\p{ASCII}]/gu, "");
  const kept = ascii.replace(/[^\w\s-]/g, "").trim().toLowerCase();
  return kept.replace(/[-\s]+/g, "-");
}
var COUNTED = /^(.*)_([0-9]+)$/;
var walks = /* @__PURE__ */ new WeakMap();
function uniqueId(id, used) {
  let resumed = walks.get(used);
  if (!resumed) {
    resumed = /* @__PURE__ */ new Map();
    walks.set(used, resumed);
  }
  let candidate = resumed.get(id) ?? id;
  while (used.has(candidate) || candidate === "") {
    const match = COUNTED.exec(candidate);
    candidate = match ? `${match[1]}_${Number(match[2]) + 1}` : `${candidate}_1`;
  }
  used.add(candidate);
  resumed.set(id, candidate);
  return candidate;
}

// dist/src/parsing/mkdocs/anchors.js
var HTML_ID = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
function headingText(heading) {
  return toString(heading, { includeHtml: false });
}
function collectAnchors(tree) {
  const used = /* @__PURE__ */ new Set();
  const headings = [];
  for (const { node } of nodesOf(tree)) {
    switch (node.type) {
      case "heading":
        if (node.data?.mkdocsIgnored)
          break;
        headings.push(node);
        if (node.data?.attrList?.id)
          used.add(node.data.attrList.id);
        break;
      case "html":
        for (const match of node.value.matchAll(HTML_ID))
          used.add(match[1] ?? match[2]);
        break;
      case "footnoteDefinition":
        used.add(`fn:${node.label ?? node.identifier}`);
        break;
      case "footnoteReference":
        used.add(`fnref:${node.label ?? node.identifier}`);
        break;
      default:
        break;
    }
  }
  const infos = headings.map((node) => {
    const text = headingText(node);
    const explicit = node.data?.attrList?.id;
    return { depth: node.depth, text, anchor: explicit ?? uniqueId(slugify(text), used), node };
  });
  return { anchors: used, headings: infos };
}

// dist/src/parsing/sections.js
var sectionsOf = oncePerTree(gatherSections);
function gatherSections(tree) {
  const sections = [];
  let current;
  for (const node of tree.children) {
    if (node.type === "heading" && !node.data?.mkdocsIgnored && node.depth <= 2) {
      current = node.depth === 2 ? { heading: node, title: normalizeTitle(headingText(node)), content: [] } : void 0;
      if (current)
        sections.push(current);
      continue;
    }
    current?.content.push(node);
  }
  return sections;
}
function normalizeTitle(text) {
  return text.replace(/\s+/g, " ").trim();
}
function isSection(title, config) {
  return title === config.title || (config.aliases ?? []).includes(title);
}
function isCommentOnly(node) {
  return node.type === "html" && node.value.replace(/<!--[\s\S]*?(?:-->|$)/g, "").trim() === "";
}

// dist/rules/required-sections.js
var required_sections_default = defineRule({
  id: "required-sections",
  severity: "error",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "De verplichte `##`-secties uit het sjabloon staan op de pagina, elk \xE9\xE9n keer.",
    en: "The required `##` sections of the template are on the page, once each."
  },
  messages: {
    missing: {
      nl: "{ThisKind} mist de sectie `## {section}`. Voeg die toe {where}, zoals in templates/template-{kind}.md.",
      en: "{ThisKind} lacks the section `## {section}`. Add it {where}, as in templates/template-{kind}.md."
    },
    misspelt: {
      nl: "`## {found}` lijkt de sectie `## {section}` van het sjabloon, anders gespeld. Noem de kop `{section}`.",
      en: "`## {found}` looks like the template section `## {section}`, spelt differently. Name the heading `{section}`."
    },
    duplicate: {
      nl: "De sectie `## {section}` staat twee keer op de pagina (ook op regel {firstLine}). Voeg de twee samen.",
      en: "The section `## {section}` appears twice on the page (also on line {firstLine}). Merge the two."
    }
  },
  phrases: {
    before: { nl: "v\xF3\xF3r `## {section}`", en: "before `## {section}`" },
    after: { nl: "na `## {section}`", en: "after `## {section}`" },
    top: { nl: "onder de frontmatter", en: "below the frontmatter" }
  }
}, ({ tree, page, frontmatter, repository, report, phrase }) => {
  const kind = page.kind;
  const configured = repository.config.kinds[kind].sections;
  const sections = sectionsOf(tree);
  const unknown = sections.filter((section) => !configured.some((config) => isSection(section.title, config)));
  configured.forEach((config, index) => {
    if (config.optional)
      return;
    if (config.when && !hasEntries(frontmatter.data, config.when))
      return;
    const present = sections.filter((section) => isSection(section.title, config));
    if (present.length > 1) {
      report("duplicate", present[1].heading.position, { section: config.title, firstLine: present[0].heading.position?.start.line ?? "?" });
    }
    if (present.length > 0)
      return;
    const nearMiss = findNearMiss(config, unknown);
    if (nearMiss) {
      unknown.splice(unknown.indexOf(nearMiss), 1);
      report("misspelt", headingTextPosition(nearMiss.heading), { found: nearMiss.title, section: config.title }, { expected: [config.title], actual: nearMiss.title });
      return;
    }
    const next = configured.slice(index + 1).map((later) => sections.find((section) => isSection(section.title, later))).find(Boolean);
    const previous = configured.slice(0, index).reverse().map((earlier) => sections.find((section) => isSection(section.title, earlier))).find(Boolean);
    const where = next ? phrase("before", { section: next.title }) : previous ? phrase("after", { section: previous.title }) : phrase("top");
    const place = next?.heading.position ?? previous?.heading.position ?? frontmatter.blockPosition;
    report("missing", place, { section: config.title, where, kind });
  });
});
function findNearMiss(config, candidates) {
  const names = [config.title, ...config.aliases ?? []];
  const lower = names.map((name) => name.toLowerCase());
  return candidates.find((section) => lower.includes(section.title.toLowerCase())) ?? candidates.find((section) => {
    const title = section.title.toLowerCase();
    return title.length >= 4 && lower.some((name) => name.startsWith(title) || title.startsWith(name));
  }) ?? candidates.find((section) => closest(section.title, names, { limit: 1 }).length > 0);
}
function headingTextPosition(heading) {
  const first = heading.children[0]?.position;
  const last = heading.children[heading.children.length - 1]?.position;
  return first && last ? { start: first.start, end: last.end } : heading.position;
}

// dist/rules/section-empty.js
var section_empty_default = defineRule({
  id: "section-empty",
  severity: "error",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "Secties met de inhoud van de pagina (zoals `## Maatregel`, `## Toelichting`, `## Risico`) zijn niet leeg.",
    en: "Sections that carry the page content (such as `## Maatregel`, `## Toelichting`, `## Risico`) are not empty."
  },
  messages: {
    empty: {
      nl: "De sectie `## {section}` is leeg (alleen commentaar telt niet). Schrijf de tekst voor deze sectie, of verwijder de kop als de sectie niet verplicht is.",
      en: "The section `## {section}` is empty (comments alone do not count). Write the text of this section, or remove the heading if the section is optional."
    }
  }
}, ({ tree, page, repository, report }) => {
  const configured = repository.config.kinds[page.kind].sections.filter((config) => config.nonEmpty);
  for (const section of sectionsOf(tree)) {
    const config = configured.find((candidate) => isSection(section.title, candidate));
    if (!config)
      continue;
    if (section.content.every(isCommentOnly))
      report("empty", section.heading.position, { section: section.title });
  }
});

// dist/rules/section-order.js
var section_order_default = defineRule({
  id: "section-order",
  severity: "warn",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "De secties uit het sjabloon staan in de volgorde van het sjabloon.",
    en: "The template sections are in the template order."
  },
  messages: {
    order: {
      nl: "`## {section}` staat na `## {previous}`, maar komt in het sjabloon erv\xF3\xF3r. Zet de secties in de volgorde van templates/template-{kind}.md: {order}.",
      en: "`## {section}` comes after `## {previous}`, but precedes it in the template. Put the sections in the order of templates/template-{kind}.md: {order}."
    }
  }
}, ({ tree, page, repository, report }) => {
  const kind = page.kind;
  const configured = repository.config.kinds[kind].sections;
  const order = configured.map((config) => config.title).join(", ");
  let highest = -1;
  let highestTitle = "";
  for (const section of sectionsOf(tree)) {
    const index = configured.findIndex((config) => isSection(section.title, config));
    if (index === -1)
      continue;
    if (index < highest) {
      report("order", section.heading.position, { section: section.title, previous: highestTitle, kind, order });
      continue;
    }
    highest = index;
    highestTitle = section.title;
  }
});

// dist/src/parsing/markers.js
var COMMENT = /<!--([\s\S]*?)-->/g;
function markersOf(tree, source) {
  const markers = [];
  const offsets = htmlOffsets(source);
  let section = "";
  for (const { node } of nodesOf(tree)) {
    if (node.type === "heading" && node.depth === 2 && !node.data?.mkdocsIgnored) {
      section = normalizeTitle(headingText(node));
      continue;
    }
    if (node.type !== "html")
      continue;
    const toOffset = offsets(node);
    for (const match of node.value.matchAll(COMMENT)) {
      const words = [...match[1].matchAll(/\S+/g)];
      if (words.length === 0)
        continue;
      const at = match.index ?? 0;
      markers.push({
        name: words[0][0],
        args: words.slice(1).map((word) => word[0]),
        start: toOffset(at),
        end: toOffset(at + match[0].length),
        argOffsets: words.slice(1).map((word) => toOffset(at + 4 + (word.index ?? 0))),
        section
      });
    }
  }
  return markers;
}

// dist/rules/site-markers.js
var WRONG_LABEL = {
  nl: "`{found}` in `<!-- {marker} \u2026 -->` moet deze pagina zelf zijn: `{expected}`. Nu toont de site hier de {items} van een ander label (gekopieerd van een andere pagina?).",
  en: "`{found}` in `<!-- {marker} \u2026 -->` must be this page itself: `{expected}`. Now the site shows the {items} of another label here (copied from another page?)."
};
var site_markers_default = defineRule({
  id: "site-markers",
  severity: "error",
  fixable: true,
  kinds: ["maatregel", "vereiste", "hulpmiddel", "page"],
  description: {
    nl: "De HTML-commentaren die de site vervangt (`<!-- tags -->`, `<!-- list_\u2026 -->`) staan er, op de goede plek en met de goede naam.",
    en: "The HTML comments the site replaces (`<!-- tags -->`, `<!-- list_\u2026 -->`) are present, in the right place, with the right name."
  },
  messages: {
    missing: {
      nl: "`<!-- {marker} -->` ontbreekt in {thisKind}; de site {effect}. Zet `{example}` {where}, zoals in templates/template-{kind}.md.",
      en: "`<!-- {marker} -->` is missing from {thisKind}; the site {effect}. Put `{example}` {where}, as in templates/template-{kind}.md."
    },
    wrongSection: {
      nl: "`<!-- {marker} -->` staat onder `## {found}`, maar hoort onder `## {section}`. Verplaats de regel naar die sectie.",
      en: "`<!-- {marker} -->` is under `## {found}`, but belongs under `## {section}`. Move the line to that section."
    },
    wrongName: {
      nl: "`{found}` in `<!-- {marker} \u2026 -->` moet de eigen bestandsnaam van deze {kind} zijn: `{expected}`. Nu toont de site de maatregelen van een andere {kind} (het sjabloon bevat een voorbeeldnaam).",
      en: "`{found}` in `<!-- {marker} \u2026 -->` must be this {kind}'s own file name: `{expected}`. Now the site shows the maatregelen of another {kind} (the template holds an example name)."
    },
    wrongLabel: WRONG_LABEL,
    unknownName: {
      nl: "`{found}` in `<!-- {marker} \u2026 -->` is geen bestaande {kind}, dus de site toont hier geen maatregelen. {advice}",
      en: "`{found}` in `<!-- {marker} \u2026 -->` is not an existing {kind}, so the site shows no maatregelen here. {advice}"
    },
    missingName: {
      nl: "`<!-- {marker} -->` noemt geen {kind}; schrijf `<!-- {marker} {expected} -->` zodat de site de goede maatregelen toont.",
      en: "`<!-- {marker} -->` names no {kind}; write `<!-- {marker} {expected} -->` so the site shows the right maatregelen."
    }
  },
  phrases: {
    under: { nl: "onder `## {section}`", en: "under `## {section}`" },
    top: { nl: "onder de frontmatter", en: "below the frontmatter" },
    // What the reader misses when a marker is absent, per marker.
    tags: { nl: "toont dan geen labelknoppen (levenscyclus, onderwerp, rollen)", en: "then shows no label buttons (levenscyclus, onderwerp, rollen)" },
    list_vereisten_on_maatregelen_page: { nl: "toont dan de bijbehorende vereisten niet", en: "then does not show the related vereisten" },
    "tags-ai-act": { nl: "toont dan de labels uit de AI-verordening niet", en: "then does not show the AI Act labels" },
    list_maatregelen: { nl: "toont dan de maatregelen bij deze vereiste niet", en: "then does not show the maatregelen of this vereiste" },
    list_maatregelen_on_hulpmiddelen_page: { nl: "toont dan de bijbehorende maatregelen niet", en: "then does not show the related maatregelen" },
    // After unknownName: a typo of the page's own name, or any other name.
    ownNameTypo: { nl: "Bedoel je `{expected}`, de eigen bestandsnaam van deze {kind}?", en: "Did you mean `{expected}`, this {kind}'s own file name?" },
    writeOwnName: { nl: "Schrijf de eigen bestandsnaam van deze {kind}: `{expected}`.", en: "Write this {kind}'s own file name: `{expected}`." },
    otherMarker: { nl: "vult deze plek dan niet", en: "then leaves this place empty" }
  }
}, (context) => {
  const { tree, page, frontmatter, repository, report, span, source, phrase, hasPhrase } = context;
  if (page.kind === "page")
    return checkLabelPage(context);
  const kind = page.kind;
  const settings = repository.config.kinds[kind];
  const markers = markersOf(tree, source);
  const sections = sectionsOf(tree);
  const sectionConfig = (title) => settings.sections.find((section) => section.title === title);
  const id = frontmatter.data.id;
  for (const marker of settings.markers) {
    if (marker.when && !hasEntries(frontmatter.data, marker.when))
      continue;
    const required = marker.idPrefix === void 0 || typeof id === "string" && id.startsWith(marker.idPrefix);
    const found = markers.filter((candidate) => candidate.name === marker.name);
    const expectedName = `${kind}/${page.name}`;
    if (found.length === 0) {
      if (!required)
        continue;
      const wanted2 = marker.section ? sectionConfig(marker.section) : void 0;
      const section = wanted2 ? sections.find((candidate) => isSection(candidate.title, wanted2)) : void 0;
      const place = section?.heading.position ?? sections[0]?.heading.position ?? frontmatter.blockPosition;
      const example = `<!-- ${marker.name}${marker.ownName ? ` ${expectedName}` : ""} -->`;
      const where = marker.section ? phrase("under", { section: marker.section }) : phrase("top");
      const effect = phrase(hasPhrase(marker.name) ? marker.name : "otherMarker");
      report("missing", place, { marker: marker.name, effect, example, where, kind });
      continue;
    }
    const wanted = marker.section ? sectionConfig(marker.section) : void 0;
    if (wanted && !found.some((candidate) => isSection(candidate.section, wanted))) {
      const first = found[0];
      report("wrongSection", span(first.start, first.end), { marker: marker.name, found: first.section || "(begin)", section: wanted.title });
    }
    if (!marker.ownName)
      continue;
    for (const candidate of found) {
      const name = candidate.args[0];
      if (name === expectedName)
        continue;
      if (name === void 0 || !name.includes("/")) {
        report("missingName", span(candidate.start, candidate.end), { marker: marker.name, kind, expected: expectedName });
        continue;
      }
      const at = candidate.argOffsets[0];
      const fix = { expected: [expectedName], actual: name, fix: true };
      const named = name.startsWith(`${kind}/`) ? name.slice(kind.length + 1) : void 0;
      if (named !== void 0 && !repository.findByName(kind, named)) {
        const typo = closest(named, [page.name], { limit: 1 }).length > 0;
        const advice = phrase(typo ? "ownNameTypo" : "writeOwnName", { expected: expectedName, kind });
        report("unknownName", span(at, at + name.length), { marker: marker.name, found: name, kind, advice }, fix);
        continue;
      }
      report("wrongName", span(at, at + name.length), { marker: marker.name, found: name, expected: expectedName, kind }, fix);
    }
  }
});
var LISTS = { list_vereisten: "vereisten", list_maatregelen: "maatregelen", list_hulpmiddelen: "hulpmiddelen" };
function checkLabelPage({ tree, page, repository, report, span, source }) {
  const folder = page.docsPath.split("/").slice(0, -1).join("/");
  const key = Object.entries(repository.config.vocabularies).find(([, vocabularyFolder]) => vocabularyFolder === folder)?.[0];
  if (page.name === "index" || key === void 0)
    return;
  const expected = `${key}/${page.name}`;
  for (const marker of markersOf(tree, source)) {
    const name = marker.args[0];
    if (!LISTS[marker.name] || name === void 0 || name === expected)
      continue;
    const at = marker.argOffsets[0];
    report("wrongLabel", span(at, at + name.length), { marker: marker.name, found: name, expected, items: LISTS[marker.name] }, { expected: [expected], actual: name, fix: true });
  }
}

// dist/src/parsing/sources.js
function sourceCodes(frontmatter) {
  const sources = frontmatter.data.sources;
  if (!sources || typeof sources !== "object" || Array.isArray(sources))
    return [];
  const codes = [];
  for (const [framework, value] of Object.entries(sources)) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        codes.push({ framework, value: item, path: ["sources", framework, index] });
      });
    } else if (value !== null && value !== void 0)
      codes.push({ framework, value, path: ["sources", framework] });
  }
  return codes;
}

// dist/rules/sources-code-exists.js
var sources_code_exists_default = defineRule({
  id: "sources-code-exists",
  severity: "error",
  kinds: ["maatregel"],
  description: {
    nl: "Elke code in `sources:` staat in de lijst met codes van het toetsingskader (script/maatregelen-adr-ark.csv).",
    en: "Every code in `sources:` is in the list of audit-framework codes (script/maatregelen-adr-ark.csv)."
  },
  messages: {
    unknownCode: {
      nl: "`{code}` is geen bekende {framework}-code (zie {file}).{hint}",
      en: "`{code}` is not a known {framework} code (see {file}).{hint}"
    },
    unknownFramework: {
      nl: "`sources.{framework}` is geen bekend toetsingskader; gebruik `ADR` of `ARK`.",
      en: "`sources.{framework}` is not a known audit framework; use `ADR` or `ARK`."
    }
  }
}, ({ frontmatter, repository, report, source, didYouMean }) => {
  const codes = repository.auditCodes;
  if (!codes)
    return;
  for (const code of sourceCodes(frontmatter)) {
    const known = code.framework === "ADR" || code.framework === "ARK" ? codes[code.framework] : void 0;
    if (!known) {
      report("unknownFramework", frontmatter.positionOf(["sources", code.framework], "key"), { framework: code.framework });
      continue;
    }
    const place = frontmatter.positionOf(code.path);
    let text = String(code.value);
    if (typeof code.value === "number" && place?.start.offset !== void 0 && place.end.offset !== void 0) {
      text = source.slice(place.start.offset, place.end.offset);
    }
    if (typeof code.value !== "string" && typeof code.value !== "number")
      continue;
    if (known.has(text) || known.has(String(code.value)))
      continue;
    const suggestions = closest(text, known, { limit: 3 });
    const hint = didYouMean(suggestions);
    report("unknownCode", place, { code: text, framework: code.framework, file: codes.file, hint }, { expected: suggestions });
  }
});

// dist/rules/sources-code-quoted.js
var sources_code_quoted_default = defineRule({
  id: "sources-code-quoted",
  severity: "error",
  fixable: true,
  kinds: ["maatregel"],
  description: {
    nl: "Codes in `sources:` die YAML als getal leest (`3.10` wordt 3.1) staan tussen aanhalingstekens.",
    en: "Codes in `sources:` that YAML reads as a number (`3.10` becomes 3.1) are quoted."
  },
  messages: {
    coerced: {
      nl: "`{text}` onder `sources.{framework}` wordt gelezen als het getal {read}; de site toont dan code {read}. Zet de code tussen aanhalingstekens: `{quoted}`.",
      en: "`{text}` under `sources.{framework}` is read as the number {read}; the site then shows code {read}. Quote the code: `{quoted}`."
    }
  }
}, ({ frontmatter, report, source }) => {
  for (const code of sourceCodes(frontmatter)) {
    if (typeof code.value !== "number")
      continue;
    const place = frontmatter.positionOf(code.path);
    if (place?.start.offset === void 0 || place.end.offset === void 0)
      continue;
    const text = source.slice(place.start.offset, place.end.offset);
    if (String(code.value) === text)
      continue;
    const quoted = `'${text}'`;
    report("coerced", place, { text, framework: code.framework, read: String(code.value), quoted }, { expected: [quoted], actual: text, fix: true });
  }
});

// dist/rules/spelling.js
var REPOSITORY_PATH = { type: "string", minLength: 1, not: { pattern: "^[\\\\/]|^[A-Za-z]:|(^|[\\\\/])\\.\\.([\\\\/]|$)" } };
var spelling_default = defineRule({
  id: "spelling",
  severity: "warn",
  description: {
    nl: "Elk woord van de tekst staat in het Nederlandse of Engelse woordenboek, of in de woordenlijst van de repository.",
    en: "Every word of the prose is in the Dutch or English dictionary, or in the repository\u2019s word list."
  },
  options: {
    type: "object",
    properties: {
      words: {
        type: "array",
        items: REPOSITORY_PATH,
        description: "More word files (one word a line, `#` comments), paths from the repository root; `.algoritmekader-lint-words.txt` is always read."
      },
      glossaries: {
        type: "array",
        items: REPOSITORY_PATH,
        description: "Files whose `*[term]: \u2026` lines define terms whose words are accepted."
      },
      suggestions: { type: "integer", minimum: 0, maximum: 10, description: "How many suggestions a message names." }
    },
    additionalProperties: false
  },
  defaults: { words: [], glossaries: ["includes/begrippenlijst.md"], suggestions: 3 },
  messages: {
    unknown: {
      nl: "`{word}` staat niet in het woordenboek; bedoel je {suggestions}?",
      en: "`{word}` is not in the dictionary; did you mean {suggestions}?"
    },
    unknownNoSuggestion: {
      nl: "`{word}` staat niet in het woordenboek en niet in de woordenlijst van de repository. Is het goed gespeld, zet het dan in `.algoritmekader-lint-words.txt`.",
      en: "`{word}` is in neither the dictionary nor the repository\u2019s word list. If it is spelt right, add it to `.algoritmekader-lint-words.txt`."
    }
  }
}, ({ tree, source, frontmatter, repository, spelling, options, report, span, orList }) => {
  const found = wordsToJudge(tree, source, frontmatter);
  if (found.length === 0)
    return;
  const words = acceptedWords(spelling, repository, options, source);
  const dictionary = spelling.dictionary();
  for (const { word, start, end, next } of found) {
    const suggestions = misspelling(word, next, words, dictionary, options.suggestions);
    if (!suggestions)
      continue;
    const extra = { expected: suggestions, actual: word };
    if (suggestions.length)
      report("unknown", span(start, end), { word, suggestions: orList(suggestions) }, extra);
    else
      report("unknownNoSuggestion", span(start, end), { word }, extra);
  }
});

// dist/rules/title-trailing-period.js
var title_trailing_period_default = defineRule({
  id: "title-trailing-period",
  severity: "warn",
  fixable: true,
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "De `title` eindigt niet op een punt.",
    en: "The `title` does not end with a period."
  },
  messages: {
    period: {
      nl: "De `title` van {thisKind} eindigt op een punt; het sjabloon zegt: geen punt achter de titel. Verwijder de punt.",
      en: "The `title` of {thisKind} ends with a period; the template says: no period after the title. Remove the period."
    }
  }
}, ({ frontmatter, report, source, span }) => {
  const title = frontmatter.data.title;
  if (typeof title !== "string" || !/[^.]\.\s*$/.test(title))
    return;
  const place = frontmatter.positionOf(["title"]);
  const start = place?.start.offset;
  const end = place?.end.offset;
  if (start === void 0 || end === void 0)
    return report("period", place);
  const dot = source.lastIndexOf(".", end - 1);
  if (dot < start)
    return report("period", place);
  report("period", span(dot, dot + 1), {}, { expected: [""], fix: true });
});

// dist/rules/toelichting-max-words.js
var toelichting_max_words_default = defineRule({
  id: "toelichting-max-words",
  severity: "warn",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "De `toelichting` telt niet meer woorden dan het sjabloon toestaat (40; in te stellen met `max`).",
    en: "The `toelichting` has no more words than the template allows (40; set with `max`)."
  },
  options: {
    type: "object",
    properties: { max: { type: "integer", minimum: 1, description: "Most words allowed." } },
    additionalProperties: false
  },
  defaults: { max: 40 },
  messages: {
    tooLong: {
      nl: "De `toelichting` van {thisKind} telt {count} woorden; het sjabloon staat er hoogstens {max} toe. Kort de samenvatting in en zet details onder `## Toelichting`.",
      en: "The `toelichting` of {thisKind} has {count} words; the template allows at most {max}. Shorten the summary and move details to `## Toelichting`."
    }
  }
}, ({ frontmatter, options, report }) => {
  const text = frontmatter.data.toelichting;
  if (typeof text !== "string")
    return;
  const count = text.split(/\s+/).filter(Boolean).length;
  const { max } = options;
  if (count > max)
    report("tooLong", frontmatter.positionOf(["toelichting"]), { count, max });
});

// dist/rules/urn-change.js
import path4 from "node:path";
var urn_change_default = defineRule(
  {
    id: "urn-change",
    severity: "warn",
    kinds: ["maatregel", "vereiste", "hulpmiddel"],
    description: {
      nl: "URN's die een wijziging verwijdert, verandert of verplaatst (alleen met `--changed-since`).",
      en: "URNs that a change removes, changes or moves (only with `--changed-since`)."
    },
    messages: {
      changed: {
        nl: "De URN is gewijzigd van `{old}` in `{urn}` (ten opzichte van `{ref}`). Systemen die URN's gebruiken (takenregister, Algoritme Management Toolkit) vinden {thisKind} dan niet meer onder `{old}`; verander een URN alleen in overleg.",
        en: "The URN changed from `{old}` to `{urn}` (compared with `{ref}`). Systems that use URNs (task registry, algorithm management toolkit) no longer find {thisKind} under `{old}`; change a URN only by agreement."
      },
      dropped: {
        nl: "De URN `{old}` is van {thisKind} verwijderd (ten opzichte van `{ref}`); systemen die hem gebruiken vinden de pagina niet meer. Zet `id: {old}` terug.",
        en: "The URN `{old}` was removed from {thisKind} (compared with `{ref}`); systems that use it no longer find the page. Put `id: {old}` back."
      },
      moved: {
        nl: "URN `{urn}` stond in `{from}` en staat nu in dit bestand (ten opzichte van `{ref}`). Controleer dat systemen die de URN gebruiken de nieuwe pagina verwachten.",
        en: "URN `{urn}` was in `{from}` and is now in this file (compared with `{ref}`). Check that systems using the URN expect the new page."
      },
      added: {
        nl: "Nieuwe URN `{urn}` (niet aanwezig in `{ref}`).",
        en: "New URN `{urn}` (not present in `{ref}`)."
      },
      removed: {
        nl: "URN `{urn}` is verwijderd: `{file}` bestaat niet meer (ten opzichte van `{ref}`) en geen andere pagina draagt deze URN. Systemen die hem gebruiken, breken.",
        en: "URN `{urn}` was removed: `{file}` no longer exists (compared with `{ref}`) and no other page carries this URN. Systems that use it break."
      }
    }
  },
  ({ page, run, frontmatter, report }) => {
    const changes = run.urnChanges;
    if (!changes?.previous.has(page.path))
      return;
    const before = changes.previous.get(page.path);
    const ref = changes.ref;
    const place = frontmatter.positionOf(["id"]) ?? frontmatter.blockPosition;
    const urn = page.urn;
    const movedFrom = urn ? changes.baseline.get(urn) : void 0;
    if (urn && movedFrom && movedFrom !== before?.docsPath) {
      report("moved", place, { urn, from: movedFrom, ref });
    } else if (before?.urn && urn && before.urn !== urn) {
      report("changed", place, { old: before.urn, urn, ref }, { expected: [before.urn], actual: urn });
    } else if (before?.urn && !urn) {
      report("dropped", place, { old: before.urn, ref });
    } else if (urn && before && before.docsPath !== page.docsPath && before.urn === urn) {
      report("moved", place, { urn, from: before.docsPath, ref });
    } else if (urn && !before?.urn) {
      report("added", place, { urn, ref }, { info: true });
    }
  },
  // Deleted pages whose URN exists nowhere any more: one finding each, at the top of the gone file.
  (run, repository, out) => {
    for (const { urn, docsPath } of run.urnChanges?.removed ?? []) {
      out.report(path4.join(repository.docsDir, docsPath), "removed", { urn, file: docsPath, ref: run.urnChanges.ref });
    }
  }
);

// dist/rules/urn-matches-filename.js
var FILE_NAME = /^(?:([0-9])-)?([a-z]+)-([0-9]{2})(?:-|$)/;
var urn_matches_filename_default = defineRule({
  id: "urn-matches-filename",
  severity: "error",
  kinds: ["maatregel", "vereiste"],
  description: {
    nl: "De bestandsnaam en de `id` (URN) hebben dezelfde code en hetzelfde nummer.",
    en: "The file name and the `id` (URN) have the same code and number."
  },
  messages: {
    mismatch: {
      nl: "De URN `{urn}` past niet bij de bestandsnaam `{file}` (code `{fileCode}`). Maak de `id` `{expected}`, of hernoem het bestand als de URN juist is (let op: andere systemen gebruiken de URN).",
      en: "URN `{urn}` does not match the file name `{file}` (code `{fileCode}`). Make the `id` `{expected}`, or rename the file if the URN is right (mind: other systems use the URN)."
    },
    badFileName: {
      nl: "De bestandsnaam `{file}` volgt niet het patroon `{pattern}` van een {kind}. Hernoem het bestand, bijvoorbeeld naar `{example}`.",
      en: "The file name `{file}` does not follow the {kind} pattern `{pattern}`. Rename the file, for example to `{example}`."
    },
    phase: {
      nl: "De bestandsnaam `{file}` begint met fase {digit}, maar code `{code}` hoort bij fase {expectedDigit}. Hernoem het bestand naar `{expected}`.",
      en: "The file name `{file}` starts with phase {digit}, but code `{code}` belongs to phase {expectedDigit}. Rename the file to `{expected}`."
    }
  }
}, ({ page, repository, frontmatter, report, tree }) => {
  const kind = page.kind;
  const settings = repository.config.kinds[kind];
  const prefix = settings.urnPrefix;
  const urn = page.urn;
  const head = tree.children[0]?.position;
  const fileName = `${page.name}.md`;
  const match = FILE_NAME.exec(page.name);
  if (!match || settings.phaseDigit && !match[1]) {
    const pattern = settings.phaseDigit ? "<fase>-<code>-<nn>-<naam>.md" : "<code>-<nn>-<naam>.md";
    const code2 = urn && prefix && urn.startsWith(prefix) ? urn.slice(prefix.length) : "code-01";
    const digit2 = settings.phaseDigit ? `${Math.max(0, settings.codes.indexOf(code2.split("-")[0]))}-` : "";
    report("badFileName", head, { file: fileName, pattern, kind, example: `${digit2}${code2}-${page.name.toLowerCase()}.md` });
    return;
  }
  const [, digit, code, number] = match;
  if (settings.phaseDigit && digit !== void 0) {
    const phase = settings.codes.indexOf(code);
    if (phase !== -1 && String(phase) !== digit) {
      report("phase", head, { file: fileName, digit, code, expectedDigit: phase, expected: `${phase}${fileName.slice(1)}` });
    }
  }
  if (!prefix || !urn || !new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[a-z]+-[0-9]{2}$`).test(urn))
    return;
  const urnCode = urn.slice(prefix.length);
  const fileCode = `${code}-${number}`;
  if (urnCode === fileCode)
    return;
  const expected = `${prefix}${fileCode}`;
  report("mismatch", frontmatter.positionOf(["id"]), { urn, file: fileName, fileCode, expected }, { expected: [expected], actual: urn });
});

// dist/rules/urn-unique.js
var urn_unique_default = defineRule({
  id: "urn-unique",
  severity: "error",
  kinds: ["maatregel", "vereiste", "hulpmiddel"],
  description: {
    nl: "Elke `id` (URN) komt in de hele repository maar \xE9\xE9n keer voor.",
    en: "Every `id` (URN) occurs only once in the whole repository."
  },
  messages: {
    duplicate: {
      nl: "URN `{urn}` wordt ook gebruikt door {others}. Een URN hoort bij precies \xE9\xE9n pagina: geef {thisKind} het volgende vrije nummer, of verwijder de dubbele pagina.",
      en: "URN `{urn}` is also used by {others}. A URN belongs to exactly one page: give {thisKind} the next free number, or remove the duplicate page."
    }
  }
}, ({ page, repository, frontmatter, report }) => {
  if (!page.urn)
    return;
  const others = repository.pagesWithUrn(page.urn).filter((other) => other.path !== page.path);
  if (others.length === 0)
    return;
  report("duplicate", frontmatter.positionOf(["id"]), {
    urn: page.urn,
    others: others.map((other) => `\`${other.docsPath}\``).join(", ")
  });
});

// dist/rules/vereiste-unreferenced.js
var vereiste_unreferenced_default = defineRule({
  id: "vereiste-unreferenced",
  severity: "off",
  kinds: ["vereiste"],
  description: {
    nl: "Elke vereiste wordt door ten minste \xE9\xE9n maatregel genoemd (standaard uit).",
    en: "Every vereiste is listed by at least one maatregel (off by default)."
  },
  messages: {
    unreferenced: {
      nl: "Geen enkele maatregel noemt deze vereiste onder `vereiste:`; onder `## Maatregelen` staat op de site dan een lege lijst. Voeg `{name}` toe aan de maatregelen die bij deze vereiste horen.",
      en: "No maatregel lists this vereiste under `vereiste:`; the `## Maatregelen` list on the site is then empty. Add `{name}` to the maatregelen that belong to this vereiste."
    }
  }
}, ({ page, repository, frontmatter, report }) => {
  if (repository.referencesTo("maatregel", "vereiste", page.name).length > 0)
    return;
  report("unreferenced", frontmatter.positionOf(["id"]) ?? frontmatter.positionOf(["title"]) ?? frontmatter.blockPosition, { name: page.name }, { info: true });
});

// dist/rules/index.js
var rules = [
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
];

export {
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
  slugify,
  collectAnchors,
  required_sections_default,
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
  vereiste_unreferenced_default,
  rules
};
