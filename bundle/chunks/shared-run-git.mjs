import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);
import {
  ERRORS,
  UsageError
} from "./shared-errors.mjs";

// dist/src/run/git.js
import { execFileSync } from "node:child_process";
import path from "node:path";
function git(cwd, args, allowFailure = false) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    if (allowFailure)
      return void 0;
    const stderr = String(error.stderr ?? "").trim().split("\n")[0];
    const command = args.find((arg, index) => !arg.startsWith("-") && args[index - 1] !== "-c") ?? args[0];
    throw new UsageError(ERRORS.gitFailed, { command, detail: stderr || error.message });
  }
}
function isPlainRef(ref) {
  return ref !== "" && !/^[-+]|[:\\*?[\s\p{Cc}]/u.test(ref);
}
var neutralized = /* @__PURE__ */ new Map();
function withoutDrivers(top) {
  let options = neutralized.get(top);
  if (!options) {
    const names = (git(top, ["config", "-z", "--name-only", "--get-regexp", "^filter\\."], true) ?? "").split("\0").filter(Boolean);
    const drivers = new Set(names.map((name) => /^filter\.(.+)\.[^.]+$/s.exec(name)?.[1]).filter((name) => !!name));
    options = [...drivers].flatMap((driver) => ["clean", "smudge", "process"].flatMap((key) => ["-c", `filter.${driver}.${key}=`]).concat("-c", `filter.${driver}.required=false`));
    options.push("-c", "diff.external=");
    neutralized.set(top, options);
  }
  return options;
}
function gitTopLevel(cwd) {
  const top = git(cwd, ["rev-parse", "--show-toplevel"], true);
  if (!top)
    throw new UsageError(ERRORS.notInGit, { cwd });
  return top.trim();
}
function comparisonBase(top, ref) {
  if (!isPlainRef(ref))
    throw new UsageError(ERRORS.notARef, { ref });
  const commit = git(top, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], true)?.trim();
  if (!commit)
    throw new UsageError(isShallow(top) ? ERRORS.notACommitShallow : ERRORS.notACommit, { ref });
  const base = git(top, ["merge-base", commit, "HEAD"], true)?.trim();
  if (base)
    return base;
  if (parentsOf(top, "HEAD").includes(commit))
    return commit;
  if (isShallow(top))
    throw new UsageError(ERRORS.noMergeBaseShallow, { ref });
  return commit;
}
function isShallow(top) {
  return git(top, ["rev-parse", "--is-shallow-repository"], true)?.trim() === "true";
}
function parentsOf(top, commit) {
  const text = git(top, ["cat-file", "commit", commit], true) ?? "";
  const header = text.slice(0, text.indexOf("\n\n") === -1 ? void 0 : text.indexOf("\n\n"));
  return [...header.matchAll(/^parent ([0-9a-f]+)$/gm)].map((match) => match[1]);
}
function mergeBase(top, commit) {
  return git(top, ["merge-base", commit, "HEAD"], true)?.trim() || (parentsOf(top, "HEAD").includes(commit) ? commit : void 0);
}
function changedFiles(top, base, staged = false) {
  const changes = [];
  const side = staged ? ["--cached"] : [];
  const diff = git(top, [...withoutDrivers(top), "diff", ...side, "--no-ext-diff", "--no-textconv", "--name-status", "-M", "-z", base, "--"]) ?? "";
  const fields = diff.split("\0").filter(Boolean);
  for (let index = 0; index < fields.length; ) {
    const code = fields[index++];
    if (code.startsWith("R")) {
      const oldPath = fields[index++];
      changes.push({ status: "renamed", oldPath, path: fields[index++] });
    } else {
      const file = fields[index++];
      changes.push({ status: code.startsWith("A") ? "added" : code.startsWith("D") ? "deleted" : "modified", path: file });
    }
  }
  if (staged)
    return changes;
  for (const file of untrackedFiles(top))
    changes.push({ status: "added", path: file });
  return changes;
}
function untrackedFiles(top) {
  return (git(top, ["ls-files", "--others", "--exclude-standard", "-z"], true) ?? "").split("\0").filter(Boolean);
}
function stagedTree(top) {
  const tree = {};
  const unstaged = (git(top, [...withoutDrivers(top), "diff", "--no-ext-diff", "--no-textconv", "--name-only", "-z", "--"]) ?? "").split("\0").filter(Boolean);
  const texts = filesAt(top, "", unstaged);
  for (const file of unstaged)
    tree[path.join(top, file)] = texts.get(file) ?? null;
  for (const file of untrackedFiles(top))
    tree[path.join(top, file)] = null;
  return tree;
}
function hasHead(top) {
  return git(top, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], true) !== void 0;
}
function filesAt(top, base, files) {
  const texts = /* @__PURE__ */ new Map();
  const batched = files.filter((file) => !/[\r\n]/.test(file));
  for (const file of files.filter((file2) => /[\r\n]/.test(file2))) {
    const text = fileAt(top, base, file);
    if (text !== void 0)
      texts.set(file, text);
  }
  if (batched.length === 0)
    return texts;
  const out = execFileSync("git", ["cat-file", "--batch"], {
    cwd: top,
    input: batched.map((file) => `${base}:${file.split(path.sep).join("/")}
`).join(""),
    maxBuffer: 1024 * 1024 * 1024,
    stdio: ["pipe", "pipe", "pipe"]
  });
  let at = 0;
  for (const file of batched) {
    const newline = out.indexOf(10, at);
    if (newline === -1)
      break;
    const header = out.subarray(at, newline).toString("latin1");
    at = newline + 1;
    const size = / blob (\d+)$/.exec(header)?.[1];
    if (size === void 0)
      continue;
    texts.set(file, out.subarray(at, at + Number(size)).toString("utf8"));
    at += Number(size) + 1;
  }
  return texts;
}
function fileAt(top, ref, file) {
  return git(top, ["cat-file", "blob", `${ref}:${file.split(path.sep).join("/")}`], true);
}
function diffFileName(written) {
  const text = written.endsWith("	") ? written.slice(0, -1) : written;
  if (text.length < 2 || !text.startsWith('"') || !text.endsWith('"'))
    return text;
  const ESCAPES = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  const body = Buffer.from(text.slice(1, -1), "utf8");
  const bytes = [];
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== 92) {
      bytes.push(body[i]);
      continue;
    }
    const octal = body.subarray(i + 1, i + 4).toString("latin1");
    const next = String.fromCharCode(body[i + 1] ?? 0);
    if (/^[0-3][0-7]{2}$/.test(octal)) {
      bytes.push(Number.parseInt(octal, 8));
      i += 3;
    } else if (next in ESCAPES) {
      bytes.push(ESCAPES[next]);
      i += 1;
    } else
      bytes.push(92);
  }
  return Buffer.from(bytes).toString("utf8");
}
function changedLines(top, base, staged = false) {
  const ranges = /* @__PURE__ */ new Map();
  let current;
  const diff = git(top, [
    ...withoutDrivers(top),
    "-c",
    "core.quotePath=false",
    "diff",
    ...staged ? ["--cached"] : [],
    "-U0",
    "-b",
    "--no-color",
    "--no-ext-diff",
    "--no-textconv",
    "--src-prefix=a/",
    "--dst-prefix=b/",
    "-M",
    base,
    "--"
  ]) ?? "";
  let header = false;
  for (const line of diff.split("\n")) {
    if (line.startsWith("diff --git ")) {
      header = true;
      current = void 0;
      continue;
    }
    if (header && line.startsWith("@@"))
      header = false;
    if (header && line.startsWith("+++ ")) {
      const file = diffFileName(line.slice(4));
      current = file.startsWith("b/") ? [] : void 0;
      if (current)
        ranges.set(path.join(top, file.slice(2)), current);
      continue;
    }
    const hunk = current && /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const first = Number(hunk[1]);
      const count = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      if (count > 0)
        current.push([first, first + count - 1]);
    }
  }
  if (!staged)
    for (const file of untrackedFiles(top))
      ranges.set(path.join(top, file), [[1, Number.MAX_SAFE_INTEGER]]);
  return ranges;
}

export {
  isPlainRef,
  gitTopLevel,
  comparisonBase,
  isShallow,
  parentsOf,
  mergeBase,
  changedFiles,
  stagedTree,
  hasHead,
  filesAt,
  fileAt,
  diffFileName,
  changedLines
};
