/**
 * Every relative link resolves the way the site resolves it: Markdown links
 * and images (inside admonitions, collapsibles and tabs too), reference
 * definitions and raw HTML `href`/`src`. Checked on paths only; nothing
 * outside docs/ is ever read.
 */
import { collectLinks, urlPlace } from '../src/parsing/links.js';
import { pageUrl, relativeLink, resolveLink } from '../src/repository/resolve-link.js';
import { defineRule } from '../src/rule-kit/define-rule.js';
import { nearestPaths } from '../src/rule-kit/suggest.js';

export default defineRule(
  {
    id: 'link-target',
    severity: 'error',
    fixable: true,
    description: {
      nl: 'Elke relatieve link wijst naar een bestaande pagina of een bestaand bestand in docs/.',
      en: 'Every relative link points at an existing page or file in docs/.',
    },
    messages: {
      missing: {
        nl: 'De link `{url}` wijst naar `{target}`, maar dat bestand bestaat niet; op de site geeft hij een 404.{hint}',
        en: 'The link `{url}` points at `{target}`, which does not exist; on the site it is a 404.{hint}',
      },
      missingViaUrl: {
        nl: 'De link `{url}` heeft geen `.md`, dus mkdocs zet hem niet om: de browser maakt er `{target}` van, en die pagina bestaat niet.{hint}',
        en: 'The link `{url}` has no `.md`, so mkdocs leaves it alone: the browser makes it `{target}`, which does not exist.{hint}',
      },
      absolute: {
        nl: 'De link `{url}` begint met `/`: mkdocs controleert hem niet en hij werkt alleen als de site op precies dat adres staat.{hint}',
        en: 'The link `{url}` starts with `/`: mkdocs does not check it and it only works when the site is served at exactly that address.{hint}',
      },
      outside: {
        nl: 'De link `{url}` gaat buiten de map docs/ (naar `{target}`); de site kan die niet tonen. Link naar een pagina binnen docs/ of gebruik een volledige URL.',
        en: 'The link `{url}` leaves the docs/ folder (to `{target}`); the site cannot show that. Link to a page inside docs/ or use a full URL.',
      },
      template: {
        nl: "`{url}` bevat `{{ … }}`, maar pagina's zijn geen sjablonen: dit komt letterlijk in de link. Schrijf een relatieve link naar het `.md`-bestand.",
        en: '`{url}` contains `{{ … }}`, but pages are not templates: this ends up in the link literally. Write a relative link to the `.md` file.',
      },
      htmlMd: {
        nl: 'De HTML-link `{url}` wijst naar een `.md`-bestand; mkdocs zet links in HTML niet om, dus op de site is dit een 404. Schrijf een Markdown-link `[tekst]({url})` of link naar de pagina-URL `{pageUrl}`.',
        en: 'The HTML link `{url}` points at a `.md` file; mkdocs does not rewrite links in HTML, so on the site this is a 404. Write a Markdown link `[text]({url})` or link to the page URL `{pageUrl}`.',
      },
      empty: {
        nl: 'Deze link heeft geen doel (`]()`); vul de URL in of maak er gewone tekst van.',
        en: 'This link has no target (`]()`); fill in the URL or make it plain text.',
      },
      placeholder: {
        nl: 'De link `{url}` is een plaatshouder: op de site springt hij naar de bovenkant van de pagina. Vul het echte adres in of maak er gewone tekst van.',
        en: 'The link `{url}` is a placeholder: on the site it jumps to the top of the page. Fill in the real address or make it plain text.',
      },
      folderWithoutIndex: {
        nl: 'De link `{url}` wijst naar de map `{target}`, maar daar staat geen index.md; op de site geeft hij een 404. Link naar een pagina in die map.',
        en: 'The link `{url}` points at the folder `{target}`, which has no index.md; on the site it is a 404. Link to a page in that folder.',
      },
    },
    phrases: {
      writeThis: { nl: ' Schrijf `{relative}`.', en: ' Write `{relative}`.' },
      writeRelative: { nl: ' Schrijf een relatieve link.', en: ' Write a relative link.' },
    },
  },
  ({ tree, page, repository, report, span, source, phrase, didYouMean }) => {
    // A page may repeat a link many times: each distinct one is resolved once.
    const targets = new Map<string, ReturnType<typeof resolveLink>>();
    const nearest = new Map<string, string[]>();
    for (const link of collectLinks(tree, source)) {
      const key = `${link.origin}\0${link.url}`;
      if (!targets.has(key)) targets.set(key, resolveLink(repository, page.docsPath, link));
      const target = targets.get(key)!;
      const destination = urlPlace(link, span);
      // An HTML tag can be long: point at its `href`/`src` value.
      const place = link.origin === 'html' && destination ? destination : span(link.start, link.end);
      const fixWith = (replacement: string | undefined, safe: boolean) =>
        replacement && destination ? { expected: [replacement], actual: link.url, fix: safe, fixPlace: destination } : {};
      switch (target.kind) {
        case 'empty':
          report('empty', place);
          break;
        case 'placeholder':
          // `<a href="#" onclick="…">` is a script's button; `[tekst](#)` is a link left unfinished.
          if (link.origin === 'markdown') report('placeholder', place, { url: link.url.trim() });
          break;
        case 'template':
          report('template', place, { url: link.url });
          break;
        case 'outside':
          report('outside', place, { url: link.url, target: target.resolved });
          break;
        case 'html-md':
          report('htmlMd', place, { url: link.url, pageUrl: `${relativeLink(page.docsPath, target.docsPath).replace(/(index)?\.md$/, '')}` });
          break;
        case 'absolute': {
          const local = target.local;
          const relative = local?.exists && link.origin === 'markdown' ? relativeLink(page.docsPath, local.docsPath, local.fragment) : undefined;
          const hint = relative ? phrase('writeThis', { relative }) : phrase('writeRelative');
          report('absolute', place, { url: link.url, hint }, fixWith(relative, false));
          break;
        }
        case 'local': {
          if (target.exists) break;
          if (target.folder) {
            report('folderWithoutIndex', place, { url: link.url, target: target.docsPath.replace(/(\/index)?\.md$/, '/') });
            break;
          }
          if (!nearest.has(target.docsPath)) nearest.set(target.docsPath, nearestPaths(repository.filePaths(), target.docsPath));
          const options = nearest.get(target.docsPath)!;
          const relatives = options.map((option) => relativeLink(page.docsPath, option, target.fragment));
          const safe = relatives.length === 1 && link.origin === 'markdown';
          if (target.viaUrl) {
            const shown = target.docsPath.endsWith('.md') ? pageUrl(target.docsPath, repository.mkdocs.useDirectoryUrls) : target.docsPath;
            report(
              'missingViaUrl',
              place,
              { url: link.url, target: shown || '/', hint: didYouMean(relatives) },
              fixWith(relatives.length === 1 ? relatives[0] : undefined, false),
            );
          } else {
            report(
              'missing',
              place,
              { url: link.url, target: target.docsPath, hint: didYouMean(relatives) },
              { ...fixWith(relatives[0], safe), expected: relatives },
            );
          }
          break;
        }
        default:
          break;
      }
    }
  },
);
