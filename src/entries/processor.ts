/**
 * The processor the language server uses: our own remark, loaded by file URL
 * so that a `remark` in the content repository's node_modules is never run.
 */
export { remark } from 'remark';
