// Writes the files generated from the rule metadata (after a build): rules/index.ts, the rule docs' tables, the README's rule table.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { rules } from '../dist/rules/index.js';
import { generatedFiles } from '../dist/src/rule-kit/generated-docs.js';

for (const [file, text] of generatedFiles(process.cwd(), rules)) {
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) {
    writeFileSync(file, text);
    console.log(`generated ${file}`);
  }
}
