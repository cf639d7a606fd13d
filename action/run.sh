#!/usr/bin/env bash
# The action's lint step. Inputs arrive as INPUT_* environment variables.
# Content of a pull request is untrusted: no configuration as code is loaded
# (no --allow-code-config), and no input is evaluated by the shell.
set -uo pipefail

args=(--reporter github --reporter pretty --no-color --lang "${INPUT_LANG:-nl}")

# Refuse an input that would be read as something else: a ref that looks like
# a git option, or a newline in a value written to GITHUB_OUTPUT.
refuse() { echo "::error title=algoritmekader-lint::$1"; echo "algoritmekader-lint: $1" >&2; exit 2; }

since="${INPUT_CHANGED_SINCE:-}"
if [ -z "$since" ] && [ -n "${PR_BASE_SHA:-}" ]; then since="$PR_BASE_SHA"; fi
if [ -n "$since" ] && [ "$since" != "none" ]; then
  case "$since" in -* | *[[:space:]]*) refuse "changed-since must be a git ref or commit, not '${since//[$'\n\r']/ }'" ;; esac
  # The base must be in the clone (actions/checkout with fetch-depth: 0, or fetch it).
  git cat-file -e "${since}^{commit}" 2>/dev/null || git fetch --no-tags --depth=1 -- origin "$since" >/dev/null 2>&1 || true
  args+=(--changed-since "$since")
fi

case "${INPUT_EXTERNAL:-false}" in true | yes | 1) args+=(--external --no-progress) ;; esac
case "${INPUT_FAIL_ON:-error}" in
  warning | warnings) args+=(--max-warnings 0) ;;
  error | errors | '') ;;
  *) echo "::error title=algoritmekader-lint::fail-on must be error or warning, not '${INPUT_FAIL_ON}'"; exit 2 ;;
esac
if [ -n "${INPUT_SARIF:-}" ]; then
  case "$INPUT_SARIF" in *$'\n'* | *$'\r'*) refuse "sarif must be a file path on one line" ;; esac
  args+=(--reporter "sarif=${INPUT_SARIF}")
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif=${INPUT_SARIF}" >> "$GITHUB_OUTPUT"
fi

# Paths: split on whitespace only (no globbing by the shell; the linter expands globs).
set -f
read -r -a paths <<< "${INPUT_PATHS:-}"
set +f

node "${AK_LINT_BIN}" "${args[@]}" ${paths[@]+"${paths[@]}"}
