/**
 * The processors the language server uses, loaded by file URL so that a
 * `remark` or `unified` in the content repository's node_modules is never
 * run: a bare one for checking in a worker (the default), and remark for
 * workspaces whose remark configuration the user allowed.
 */
export { remark } from 'remark';
export { unified } from 'unified';
