/**
 * With `--changed-since <ref>` (a pull request's base): every URN that is
 * removed, changed or moved to another file, as a warning with the old and
 * new values; new URNs as information. Downstream tools (the task registry,
 * the algorithm management toolkit) key on URNs, so a reviewer must see this.
 */
import path from 'node:path';
import { defineRule } from '../src/rule-kit/define-rule.js';

export default defineRule(
  {
    id: 'urn-change',
    severity: 'warn',
    kinds: ['maatregel', 'vereiste', 'hulpmiddel'],
    description: {
      nl: "URN's die een wijziging verwijdert, verandert of verplaatst (alleen met `--changed-since`).",
      en: 'URNs that a change removes, changes or moves (only with `--changed-since`).',
    },
    messages: {
      changed: {
        nl: "De URN is gewijzigd van `{old}` in `{urn}` (ten opzichte van `{ref}`). Systemen die URN's gebruiken (takenregister, Algoritme Management Toolkit) vinden {thisKind} dan niet meer onder `{old}`; verander een URN alleen in overleg.",
        en: 'The URN changed from `{old}` to `{urn}` (compared with `{ref}`). Systems that use URNs (task registry, algorithm management toolkit) no longer find {thisKind} under `{old}`; change a URN only by agreement.',
      },
      dropped: {
        nl: 'De URN `{old}` is van {thisKind} verwijderd (ten opzichte van `{ref}`); systemen die hem gebruiken vinden de pagina niet meer. Zet `id: {old}` terug.',
        en: 'The URN `{old}` was removed from {thisKind} (compared with `{ref}`); systems that use it no longer find the page. Put `id: {old}` back.',
      },
      moved: {
        nl: 'URN `{urn}` stond in `{from}` en staat nu in dit bestand (ten opzichte van `{ref}`). Controleer dat systemen die de URN gebruiken de nieuwe pagina verwachten.',
        en: 'URN `{urn}` was in `{from}` and is now in this file (compared with `{ref}`). Check that systems using the URN expect the new page.',
      },
      added: {
        nl: 'Nieuwe URN `{urn}` (niet aanwezig in `{ref}`).',
        en: 'New URN `{urn}` (not present in `{ref}`).',
      },
      removed: {
        nl: 'URN `{urn}` is verwijderd: `{file}` bestaat niet meer (ten opzichte van `{ref}`) en geen andere pagina draagt deze URN. Systemen die hem gebruiken, breken.',
        en: 'URN `{urn}` was removed: `{file}` no longer exists (compared with `{ref}`) and no other page carries this URN. Systems that use it break.',
      },
    },
  },
  ({ page, run, frontmatter, report }) => {
    const changes = run.urnChanges;
    if (!changes?.previous.has(page.path)) return;
    const before = changes.previous.get(page.path);
    const ref = changes.ref;
    const place = frontmatter.positionOf(['id']) ?? frontmatter.blockPosition;
    const urn = page.urn;
    const movedFrom = urn ? changes.baseline.get(urn) : undefined;
    if (urn && movedFrom && movedFrom !== before?.docsPath) {
      report('moved', place, { urn, from: movedFrom, ref });
    } else if (before?.urn && urn && before.urn !== urn) {
      report('changed', place, { old: before.urn, urn, ref }, { expected: [before.urn], actual: urn });
    } else if (before?.urn && !urn) {
      report('dropped', place, { old: before.urn, ref });
    } else if (urn && before && before.docsPath !== page.docsPath && before.urn === urn) {
      report('moved', place, { urn, from: before.docsPath, ref });
    } else if (urn && !before?.urn) {
      report('added', place, { urn, ref }, { info: true });
    }
  },
  // Deleted pages whose URN exists nowhere any more: one finding each, at the top of the gone file.
  (run, repository, out) => {
    for (const { urn, docsPath } of run.urnChanges?.removed ?? []) {
      out.report(path.join(repository.docsDir, docsPath), 'removed', { urn, file: docsPath, ref: run.urnChanges!.ref });
    }
  },
);
