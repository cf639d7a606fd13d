/**
 * Listing the docs folder: every file and folder, symlinks followed (as
 * mkdocs follows them), loops cut. A folder reached again through another
 * link is listed again under that path, but such aliases are bounded: links
 * that fan out (each level linking twice to the next) would otherwise list
 * 2^depth copies of the tree.
 */
import { type Dirent, readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

export interface DocsListing {
  /** Docs-relative POSIX paths of files. */
  files: Set<string>;
  /** Docs-relative POSIX paths of folders (without trailing slash; '' is the docs folder). */
  folders: Set<string>;
  /** Folders skipped because a symlink led back into an ancestor. */
  loops: string[];
  /** Symbolic links skipped because they lead outside the repository. */
  outside: string[];
  /** Folders reached again through a link, skipped once ALIASED_ENTRIES were listed that way. */
  aliasesCut?: string[];
}

/** At most this many files and folders are listed through links to folders listed already. */
export const ALIASED_ENTRIES = 2000;

/** Is `file` the folder `boundary` or inside it? */
export function isWithin(boundary: string, file: string): boolean {
  const relative = path.relative(boundary, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

export function listDocs(docsDir: string, boundary: string): DocsListing {
  const listing: DocsListing = { files: new Set(), folders: new Set(['']), loops: [], outside: [], aliasesCut: [] };
  const realBoundary = realpathSync(boundary);
  const visiting = new Set<string>();
  /** Real folders listed once already: a second path to one is an alias. */
  const listed = new Set<string>();
  let aliasBudget = ALIASED_ENTRIES;

  const walk = (absolute: string, relative: string, aliased = false): void => {
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch {
      return;
    }
    if (visiting.has(real)) {
      listing.loops.push(relative);
      return;
    }
    const alias = aliased || listed.has(real);
    if (alias && aliasBudget <= 0) {
      listing.aliasesCut!.push(relative);
      listing.folders.delete(relative);
      return;
    }
    listed.add(real);
    visiting.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch {
      visiting.delete(real);
      return;
    }
    for (const entry of entries) {
      if (alias && aliasBudget-- <= 0) {
        listing.aliasesCut!.push(relative);
        break;
      }
      const childAbsolute = path.join(absolute, entry.name);
      const childRelative = relative ? `${relative}/${entry.name}` : entry.name;
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          if (!isWithin(realBoundary, realpathSync(childAbsolute))) {
            listing.outside.push(childRelative);
            continue;
          }
          const target = statSync(childAbsolute);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch {
          continue; // dangling link: neither page nor asset
        }
      }
      if (isDirectory) {
        listing.folders.add(childRelative);
        walk(childAbsolute, childRelative, alias);
      } else if (isFile) {
        listing.files.add(childRelative);
      }
    }
    visiting.delete(real);
  };

  walk(docsDir, '');
  return listing;
}
