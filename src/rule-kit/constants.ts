/** Names every message carries. Kept apart so reporters need not load the rules. */
export const SOURCE = 'algoritmekader-lint';
export const DOCS_BASE = 'https://github.com/MinBZK/algoritmekader-lint/blob/main/docs/rules/';
