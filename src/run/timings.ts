/**
 * Where a run's time went (`--timing`, after ESLint's TIMING): each stage's
 * wall time, the Markdown parse within them, and each rule's time summed
 * over the pages it checked (with what it made the model read on demand).
 */
import type { Lang, Localized } from '../rule-kit/i18n.js';

export type TimedStage =
  | 'start'
  | 'resolve'
  | 'select'
  | 'replay'
  | 'loadFacts'
  | 'narrow'
  | 'external'
  | 'check'
  | 'finish'
  | 'baseline'
  | 'suppress'
  | 'narrowToNew'
  | 'report';

const STAGE_NAMES: Record<TimedStage | 'parse', Localized> = {
  start: { nl: 'Node starten, modules laden', en: 'start Node, load modules' },
  resolve: { nl: 'sessie (configuratie, mkdocs.yml, bestanden)', en: 'session (configuration, mkdocs.yml, files)' },
  select: { nl: "pagina's kiezen", en: 'select pages' },
  replay: { nl: 'vorige rapport (cache)', en: 'last report (cache)' },
  loadFacts: { nl: 'feiten van elke pagina', en: "every page's facts" },
  narrow: { nl: "gewijzigde pagina's en wie ernaar wijst", en: 'changed pages and what points at them' },
  external: { nl: 'externe links', en: 'external links' },
  check: { nl: 'regels per pagina', en: 'rules per page' },
  finish: { nl: 'afronden (cache bewaren)', en: 'finish (keep the cache)' },
  baseline: { nl: 'vergelijken met de basis (pull request)', en: 'compare with the base (pull request)' },
  suppress: { nl: 'onderdrukkingen toepassen', en: 'apply suppressions' },
  narrowToNew: { nl: 'alleen wat de wijziging bracht (pull request)', en: 'only what the change brought (pull request)' },
  report: { nl: 'rapport schrijven', en: 'write the report' },
  parse: { nl: 'waarvan Markdown lezen', en: 'of which parsing Markdown' },
};

const SPELLING_WAIT: Localized = { nl: 'waarvan wachten op de spellingthread', en: 'of which waiting for the spelling thread' };

const HEADINGS: Record<'stages' | 'rules' | 'total', Localized> = {
  stages: { nl: 'Tijd per stap', en: 'Time per stage' },
  rules: { nl: "Tijd per regel, over alle pagina's", en: 'Time per rule, over all pages' },
  total: { nl: 'totaal', en: 'total' },
};

export class Timings {
  readonly stages = new Map<TimedStage, number>();
  readonly rules = new Map<string, number>();
  /** Markdown parsing, by the stage it happened in. */
  readonly parseIn = new Map<TimedStage, number>();
  /** The check stage waited this long for the spelling worker's answers. */
  spellingWait = 0;

  /** Timings of a command-line run: the time before it (Node's start, our modules) is its first stage. */
  static sinceProcessStart(): Timings {
    const timings = new Timings();
    timings.stages.set('start', performance.now());
    return timings;
  }

  /** Run a stage and add its wall time. */
  async stage<T>(name: TimedStage, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.stages.set(name, (this.stages.get(name) ?? 0) + performance.now() - start);
    }
  }

  rule(id: string, ms: number): void {
    this.rules.set(id, (this.rules.get(id) ?? 0) + ms);
  }

  /** A table for stderr: the stages in run order, then the rules, slowest first. */
  format(lang: Lang): string {
    const total = [...this.stages.values()].reduce((sum, ms) => sum + ms, 0);
    const rulesTotal = [...this.rules.values()].reduce((sum, ms) => sum + ms, 0);
    const line = (name: string, ms: number, of: number) =>
      `  ${name.padEnd(46)} ${ms.toFixed(1).padStart(9)} ms ${of > 0 ? `${((100 * ms) / of).toFixed(1).padStart(5)} %` : ''}`.trimEnd();
    const lines = [`${HEADINGS.stages[lang]}:`];
    for (const [stage, ms] of this.stages) {
      lines.push(line(STAGE_NAMES[stage][lang], ms, total));
      if (stage === 'loadFacts' || stage === 'check') {
        const parse = this.parseIn.get(stage) ?? 0;
        if (parse > 0) lines.push(line(`  ${STAGE_NAMES.parse[lang]}`, parse, total));
      }
      if (stage === 'check' && this.spellingWait > 0) lines.push(line(`  ${SPELLING_WAIT[lang]}`, this.spellingWait, total));
    }
    lines.push(line(HEADINGS.total[lang], total, total));
    if (this.rules.size) {
      lines.push('', `${HEADINGS.rules[lang]}:`);
      for (const [id, ms] of [...this.rules].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) lines.push(line(id, ms, rulesTotal));
      lines.push(line(HEADINGS.total[lang], rulesTotal, rulesTotal));
    }
    return `${lines.join('\n')}\n`;
  }

  /** Time a parse done in `stage`. */
  parse<T>(stage: TimedStage, work: () => T): T {
    const start = performance.now();
    const add = () => this.parseIn.set(stage, (this.parseIn.get(stage) ?? 0) + performance.now() - start);
    const result = work();
    // A parse in a worker ends when its promise does.
    if (result instanceof Promise) return result.finally(add) as T;
    add();
    return result;
  }
}

/** `work`, timed as a parse in `stage` when the run is timed. */
export function timedParse<T>(timings: Timings | undefined, stage: TimedStage, work: () => T): T {
  return timings ? timings.parse(stage, work) : work();
}
