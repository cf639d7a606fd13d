/** The audit-framework codes a maatregel cites in `sources:` (a single code or a list per framework). */
import type { Frontmatter } from './frontmatter.js';

interface SourceCode {
  framework: string;
  value: unknown;
  path: Array<string | number>;
}

export function sourceCodes(frontmatter: Frontmatter): SourceCode[] {
  const sources = frontmatter.data.sources;
  if (!sources || typeof sources !== 'object' || Array.isArray(sources)) return [];
  const codes: SourceCode[] = [];
  for (const [framework, value] of Object.entries(sources as Record<string, unknown>)) {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        codes.push({ framework, value: item, path: ['sources', framework, index] });
      });
    } else if (value !== null && value !== undefined) codes.push({ framework, value, path: ['sources', framework] });
  }
  return codes;
}
