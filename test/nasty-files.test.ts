/**
 * A catalogue of nasty files: each gets a clear message at file:line:column,
 * never a stack trace, and the run goes on in bounded time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/entries/cli/main.js';
import { ALIASED_ENTRIES } from '../src/repository/files.js';
import { readPageSource } from '../src/repository/source.js';
import { lint } from '../src/run/engine.js';
import { copyOfSample, ROOT } from './helpers/rule-docs.js';

const M = 'docs/voldoen-aan-wetten-en-regels/maatregelen';
let root: string;
let files: VFile[];
let notices: string[] = [];

const PAGES: Record<string, string | Buffer> = {
  [`${M}/1-pba-01-alias-bom.md`]: `---\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n---\n`,
  [`${M}/1-pba-02-groot.md`]: `---\ntitle: Groot\n---\n${'Een regel tekst met een [link](elders.md).\n'.repeat(500_000)}`,
  [`${M}/1-pba-03-binair.md`]: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]),
  [`${M}/1-pba-04-latin1.md`]: Buffer.concat([Buffer.from('---\ntitle: Co'), Buffer.from([0xf6]), Buffer.from('rdinatie\n---\n')]),
  [`${M}/1-pba-05-bom.md`]: `\uFEFF---\ntitle: Met BOM.\n---\n`,
  [`${M}/1-pba-06-crlf.md`]: '---\r\ntitle: Met CRLF\r\nid: urn:nl:ak:mtr:pba-06\r\nbronnen: x\r\n---\r\n\r\n## Maatregel\r\nTekst [kapot](weg.md).\r\n',
  [`${M}/1-pba-07-open.md`]: '---\ntitle: Nooit gesloten\nid: urn:nl:ak:mtr:pba-07\n\n## Maatregel\n',
  [`${M}/1-pba-08-lijst.md`]: '---\n- title\n- id\n---\n',
  [`${M}/1-pba-09-scalar.md`]: '---\nalleen tekst\n---\n',
  [`${M}/1-pba-10-dubbel.md`]: '---\ntitle: Een\ntitle: Twee\n---\n',
  [`${M}/1-pba-11-tabs.md`]: '---\ntitle: x\nrollen:\n\t- jurist\n---\n',
  [`${M}/1-pba-12-leeg.md`]: '',
  [`${M}/1-pba-13-links.md`]: `---\ntitle: Veel links\n---\n\n${Array.from({ length: 950 }, (_, index) => `[link ${index}](../vereisten/index.md) [extern](https://example.org/${index})`).join('\n')}\n\n[kapot](weg.md)\n`,
  [`${M}/1-pba-17-te-veel-links.md`]: `---\ntitle: Te veel links\n---\n\n${'[a](x.md)\n'.repeat(5000)}`,
  [`${M}/1-pba-14-diep.md`]: `---\ntitle: Diep\n---\n\n${Array.from({ length: 300 }, (_, index) => `${' '.repeat(index * 2)}- niveau ${index}`).join('\n')}\n`,
  [`${M}/1-pba-15-citaat.md`]: `---\ntitle: Citaat\n---\n\n${'> '.repeat(5000)}diep\n`,
};

beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ak-nasty-'));
  writeFileSync(path.join(root, 'mkdocs.yml'), 'site_name: nasty\n');
  mkdirSync(path.join(root, M), { recursive: true });
  mkdirSync(path.join(root, 'docs/voldoen-aan-wetten-en-regels/vereisten'), { recursive: true });
  writeFileSync(path.join(root, 'docs/voldoen-aan-wetten-en-regels/vereisten/index.md'), '# Vereisten\n');
  for (const [file, content] of Object.entries(PAGES)) writeFileSync(path.join(root, file), content);
  // A symlink loop under docs/.
  mkdirSync(path.join(root, 'docs/lus'));
  symlinkSync('..', path.join(root, 'docs/lus/terug'), 'dir');
  notices = [];
  ({ files } = await lint({ cwd: root, onNotice: (text) => notices.push(text) }));
}, 120_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

function messagesOf(file: string) {
  const found = files.find((candidate) => candidate.path === file);
  if (!found) throw new Error(`${file} was not linted`);
  return found.messages.map((message) => ({ at: `${message.line}:${message.column}`, rule: message.ruleId, reason: message.reason, fatal: message.fatal }));
}

const hasMessage = (file: string, rule: string, text: string | RegExp) =>
  expect(messagesOf(file)).toContainEqual(
    expect.objectContaining({ rule, reason: typeof text === 'string' ? expect.stringContaining(text) : expect.stringMatching(text) }),
  );

describe('nasty files', () => {
  it('a YAML alias bomb: bounded, reported at the frontmatter', () => {
    hasMessage(`${M}/1-pba-01-alias-bom.md`, 'frontmatter-yaml', 'te veel YAML-aliassen');
  });

  it('a 20 MB page is not parsed and says why', () => {
    hasMessage(`${M}/1-pba-02-groot.md`, 'file-encoding', /Dit bestand is \d+ KB groot \(grens: 128 KB\)/);
  });

  it('a binary file named .md', () => {
    hasMessage(`${M}/1-pba-03-binair.md`, 'file-encoding', 'NUL-byte');
  });

  it('invalid UTF-8 names the byte', () => {
    hasMessage(`${M}/1-pba-04-latin1.md`, 'file-encoding', 'geen geldige UTF-8 (eerste fout bij byte 13)');
  });

  it('a UTF-8 BOM: positions count from after it', () => {
    expect(messagesOf(`${M}/1-pba-05-bom.md`)).toContainEqual(expect.objectContaining({ at: '2:15', rule: 'title-trailing-period' }));
  });

  it('CRLF line endings: positions still right', () => {
    const messages = messagesOf(`${M}/1-pba-06-crlf.md`);
    expect(messages).toContainEqual(expect.objectContaining({ at: '4:1', rule: 'frontmatter-schema', reason: expect.stringContaining('`bronnen`') }));
    expect(messages).toContainEqual(expect.objectContaining({ at: '8:7', rule: 'link-target' }));
  });

  it('unclosed frontmatter', () => {
    hasMessage(`${M}/1-pba-07-open.md`, 'frontmatter-yaml', 'wordt niet afgesloten');
  });

  it('frontmatter that is a list or a scalar', () => {
    hasMessage(`${M}/1-pba-08-lijst.md`, 'frontmatter-yaml', 'maar is een lijst of losse waarde');
    hasMessage(`${M}/1-pba-09-scalar.md`, 'frontmatter-yaml', 'maar is een lijst of losse waarde');
  });

  it('duplicate keys', () => {
    expect(messagesOf(`${M}/1-pba-10-dubbel.md`)).toContainEqual(
      expect.objectContaining({ at: '3:1', rule: 'frontmatter-yaml', reason: expect.stringContaining('`title` staat twee keer') }),
    );
  });

  it('tabs in YAML', () => {
    expect(messagesOf(`${M}/1-pba-11-tabs.md`)).toContainEqual(
      expect.objectContaining({ at: '4:1', rule: 'frontmatter-yaml', reason: expect.stringContaining('een tab als inspringing') }),
    );
  });

  it('an empty file', () => {
    hasMessage(`${M}/1-pba-12-leeg.md`, 'frontmatter-yaml', 'heeft geen frontmatter');
  });

  it('a page with 1 900 links: each link checked, the broken one found', () => {
    const broken = messagesOf(`${M}/1-pba-13-links.md`).filter((message) => message.rule === 'link-target');
    expect(broken).toEqual([expect.objectContaining({ at: '956:1' })]);
  });

  it('a page with 5 000 links is refused with a message, not parsed for minutes', () => {
    hasMessage(`${M}/1-pba-17-te-veel-links.md`, 'file-encoding', '5000 linkopeningen');
  });

  it('deeply nested lists and block quotes are refused with a message, not parsed for minutes', () => {
    hasMessage(`${M}/1-pba-14-diep.md`, 'file-encoding', /Regel \d+ is \d+ niveaus diep genest/);
    hasMessage(`${M}/1-pba-15-citaat.md`, 'file-encoding', 'Regel 5 is 5000 niveaus diep genest');
  });

  it('a symlink loop under docs/ is skipped with a notice', () => {
    expect(notices).toContainEqual(expect.stringMatching(/docs\/lus\/terug overgeslagen.*terugleidt/));
  });

  it('an unreadable file gets a clear message (a folder named .md stands in: root reads anything)', () => {
    expect(readPageSource(path.join(root, 'docs')).problem).toEqual({ code: 'unreadable', detail: 'EISDIR' });
  });

  it('a file without read permission (as an unprivileged user: root reads anything)', () => {
    // A page of a sample copy that this user cannot read (the copy itself can be walked).
    const folder = copyOfSample('eacces');
    const file = path.join(folder, 'docs/voldoen-aan-wetten-en-regels/maatregelen/geheim.md');
    writeFileSync(file, '---\ntitle: x\n---\n');
    chmodSync(file, 0o000);
    chmodSync(folder, 0o755);
    try {
      // The CLI as an unprivileged user (Windows has no such permission bits).
      const asRoot = process.getuid?.() === 0;
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--root', folder, '--reporter', 'json', file], {
        encoding: 'utf8',
        ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      });
      if (process.platform === 'win32') return;
      const [page] = JSON.parse(run.stdout) as Array<{ messages: Array<{ reason: string }> }>;
      expect(page.messages[0].reason).toContain('kan niet worden gelezen (EACCES)');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('the CLI reports them all without a stack trace', async () => {
    let output = '';
    const io = { cwd: root, isTTY: false, env: {}, stdout: (text: string) => (output += text), stderr: (text: string) => (output += text) };
    expect(await main(['--quiet'], io)).toBe(1);
    expect(output).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  }, 60_000);
});

describe('special files', () => {
  it('a FIFO matched by a glob is reported, never read (reading one blocks forever)', () => {
    const folder = copyOfSample('fifo');
    try {
      const fifo = path.join(folder, 'docs/voldoen-aan-wetten-en-regels/maatregelen/9-pijp.md');
      execFileSync('mkfifo', [fifo]);
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bundle/cli.mjs'), '--reporter', 'json', 'docs/**/*.md'], {
        cwd: folder,
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(run.signal).toBeNull(); // finished by itself
      const pipe = (JSON.parse(run.stdout) as Array<{ path: string; messages: Array<{ reason: string }> }>).find((file) => file.path.endsWith('9-pijp.md'));
      expect(pipe?.messages[0].reason).toContain('kan niet worden gelezen (not a regular file)');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('symbolic links that fan out', () => {
  it('are listed a bounded number of times, with a notice, instead of 2^depth copies of the tree', async () => {
    const folder = copyOfSample('fan');
    try {
      // Each level links twice to the next: 24 levels would be 16 million paths to one page.
      const levels = 24;
      for (let level = 0; level <= levels; level++) mkdirSync(path.join(folder, `docs/x/l${level}`), { recursive: true });
      for (let level = 0; level < levels; level++) {
        symlinkSync(`../l${level + 1}`, path.join(folder, `docs/x/l${level}/a`));
        symlinkSync(`../l${level + 1}`, path.join(folder, `docs/x/l${level}/b`));
      }
      writeFileSync(path.join(folder, `docs/x/l${levels}/p.md`), '# Pagina\n');
      const notices: string[] = [];
      const { repository } = await lint({ cwd: folder, only: ['title-trailing-period'], onNotice: (notice) => notices.push(notice) });
      const listed = repository.pagePaths().filter((page) => page.includes('/x/'));
      expect(listed.length).toBeGreaterThan(levels);
      expect(listed.length).toBeLessThan(ALIASED_ENTRIES);
      expect(notices).toContainEqual(expect.stringMatching(/map\(pen\) overgeslagen, de eerste docs\/x\/.*al gelezen/));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
