/**
 * External http(s) links answer (`--external` only): the message names the
 * kind of failure — DNS, connection refused or reset, TLS, timeout, HTTP status.
 */
import { externalFindings } from '../src/external/findings.js';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'external-url',
    severity: 'error',
    description: {
      nl: 'Externe links werken (alleen met `--external`).',
      en: 'External links work (only with `--external`).',
    },
    messages: {
      http: {
        nl: '`{url}` geeft HTTP {status} ({text}). Zoek het nieuwe adres van deze bron, of verwijder de link.',
        en: '`{url}` answers HTTP {status} ({text}). Find the new address of this source, or remove the link.',
      },
      dns: {
        nl: 'De host van `{url}` bestaat niet (DNS: {detail}). Controleer de spelling van het domein.',
        en: 'The host of `{url}` does not exist (DNS: {detail}). Check the spelling of the domain.',
      },
      refused: {
        nl: 'De server van `{url}` weigert de verbinding. Controleer het adres, of probeer later opnieuw.',
        en: 'The server of `{url}` refuses the connection. Check the address, or try again later.',
      },
      reset: {
        nl: 'De verbinding met `{url}` werd onderbroken voordat er een antwoord kwam. Probeer later opnieuw.',
        en: 'The connection to `{url}` was reset before an answer came. Try again later.',
      },
      tls: {
        nl: 'De beveiligde verbinding met `{url}` mislukt (TLS: {detail}); bezoekers krijgen een certificaatwaarschuwing.',
        en: 'The secure connection to `{url}` fails (TLS: {detail}); visitors get a certificate warning.',
      },
      timeout: {
        nl: '`{url}` antwoordt niet binnen de tijd ({detail}). Controleer of de site nog bestaat.',
        en: '`{url}` does not answer in time ({detail}). Check whether the site still exists.',
      },
      redirectLoop: {
        nl: '`{url}` stuurt door in een kring (via `{detail}`); de pagina opent nooit.',
        en: '`{url}` redirects in a loop (via `{detail}`); the page never opens.',
      },
      tooManyRedirects: {
        nl: '`{url}` stuurt te vaak door (laatste: `{detail}`).',
        en: '`{url}` redirects too often (last: `{detail}`).',
      },
      internalAddress: {
        nl: '`{url}` wijst naar een intern adres ({detail}) en is niet opgevraagd: lezers van de site kunnen er niet bij. Link naar een openbaar adres (of laat wie de controle start het adres toestaan met `--external-allow-address`).',
        en: '`{url}` points at an internal address ({detail}) and was not requested: readers of the site cannot reach it. Link to a public address (or have whoever runs the check allow the address with `--external-allow-address`).',
      },
      other: {
        nl: '`{url}` is niet bereikbaar ({detail}).',
        en: '`{url}` cannot be reached ({detail}).',
      },
    },
    phrases: {
      status400: { nl: 'ongeldig verzoek', en: 'bad request' },
      status401: { nl: 'inloggen vereist', en: 'unauthorized' },
      status403: { nl: 'geen toegang', en: 'forbidden' },
      status404: { nl: 'niet gevonden', en: 'not found' },
      status410: { nl: 'definitief verwijderd', en: 'gone' },
      status500: { nl: 'serverfout', en: 'server error' },
      status502: { nl: 'foute gateway', en: 'bad gateway' },
      status503: { nl: 'dienst niet beschikbaar', en: 'service unavailable' },
      status504: { nl: 'gateway-time-out', en: 'gateway timeout' },
    },
  },
  ({ tree, source, run, report, span, phrase, hasPhrase }) => {
    for (const { link, result } of externalFindings(tree, source, run)) {
      if (result.ok || result.kind === 'rate-limited') continue;
      const place = span(link.start, link.end);
      const url = link.url.trim();
      const detail = result.detail ?? '';
      switch (result.kind) {
        case 'http':
          report('http', place, { url, status: result.status ?? '?', text: hasPhrase(`status${result.status}`) ? phrase(`status${result.status}`) : 'HTTP' });
          break;
        case 'dns':
          report('dns', place, { url, detail });
          break;
        case 'refused':
          report('refused', place, { url });
          break;
        case 'reset':
          report('reset', place, { url });
          break;
        case 'tls':
          report('tls', place, { url, detail });
          break;
        case 'timeout':
          report('timeout', place, { url, detail: detail || 'timeout' });
          break;
        case 'redirect-loop':
          report('redirectLoop', place, { url, detail });
          break;
        case 'too-many-redirects':
          report('tooManyRedirects', place, { url, detail });
          break;
        case 'private':
          report('internalAddress', place, { url, detail });
          break;
        default:
          report('other', place, { url, detail: detail || String(result.kind) });
      }
    }
  },
);
