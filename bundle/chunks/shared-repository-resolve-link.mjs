import { createRequire as __akRequire } from 'node:module'; const require = __akRequire(import.meta.url);

// dist/src/repository/resolve-link.js
import path from "node:path";
var SCHEME = /^[a-z][a-z0-9+.-]*:/i;
function splitUrl(url) {
  const hash = url.indexOf("#");
  const beforeHash = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? void 0 : url.slice(hash + 1);
  const query = beforeHash.indexOf("?");
  return { pathPart: query === -1 ? beforeHash : beforeHash.slice(0, query), fragment };
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
function pageUrlDir(docsPath, directoryUrls = true) {
  const dir = path.posix.dirname(docsPath) === "." ? "" : path.posix.dirname(docsPath);
  const base = path.posix.basename(docsPath, ".md");
  return base === "index" || !directoryUrls ? dir : dir ? `${dir}/${base}` : base;
}
function pageUrl(docsPath, directoryUrls = true) {
  if (!directoryUrls)
    return docsPath.replace(/\.md$/, ".html");
  const dir = pageUrlDir(docsPath);
  return dir ? `${dir}/` : "";
}
function fileForUrlPath(repository, urlPath) {
  const clean = urlPath.replace(/^\/+/, "").replace(/\/+$/, "");
  const extension = path.posix.extname(clean);
  if (extension && extension !== ".html")
    return { docsPath: clean, exists: repository.hasFile(clean), folder: false };
  const stem = extension === ".html" ? clean.slice(0, -5).replace(/(^|\/)index$/, "") : clean;
  const candidates = stem ? [`${stem}.md`, `${stem}/index.md`] : ["index.md"];
  const found = candidates.find((candidate) => repository.hasFile(candidate));
  return { docsPath: found ?? candidates[0], exists: Boolean(found), folder: !found && repository.hasFolder(stem) };
}
function local(repository, docsPath, fragment, viaUrl, folder = false) {
  const exists = repository.hasFile(docsPath);
  const page = docsPath.endsWith(".md") ? repository.page(path.join(repository.docsDir, docsPath)) : void 0;
  return { kind: "local", docsPath, exists, page, fragment: fragment === void 0 ? void 0 : decode(fragment), viaUrl, folder };
}
function resolveLink(repository, fromDocsPath, link) {
  const url = link.url.trim();
  if (url === "")
    return { kind: "empty" };
  if (url.includes("{{") || url.includes("{%"))
    return { kind: "template" };
  const siteUrl = repository.siteUrl?.replace(/\/?$/, "/");
  const prefixes = siteUrl ? [siteUrl, siteUrl.replace(/^https:/, "http:"), siteUrl.replace(/\/$/, "")] : [];
  for (const prefix of prefixes) {
    if (url === prefix || url.startsWith(prefix.endsWith("/") ? prefix : `${prefix}/`) || url.startsWith(`${prefix}#`)) {
      const { pathPart: pathPart2, fragment: fragment2 } = splitUrl(url.slice(prefix.length));
      const file2 = fileForUrlPath(repository, decode(pathPart2));
      return {
        kind: "live-site",
        sitePath: pathPart2,
        fragment: fragment2,
        local: { ...local(repository, file2.docsPath, fragment2, true, file2.folder), exists: file2.exists }
      };
    }
  }
  if (url.startsWith("//") || SCHEME.test(url))
    return /^(https?|ftp):/i.test(url) || url.startsWith("//") ? { kind: "external" } : { kind: "skip" };
  const { pathPart, fragment } = splitUrl(url);
  if (pathPart === "")
    return fragment ? { kind: "fragment", fragment: decode(fragment) } : fragment === "" ? { kind: "placeholder" } : { kind: "skip" };
  const decoded = decode(pathPart);
  if (decoded.startsWith("/")) {
    const sitePath = siteUrl ? new URL(siteUrl).pathname : "/";
    const withinSite = decoded.startsWith(sitePath) ? decoded.slice(sitePath.length) : decoded.slice(1);
    const file2 = fileForUrlPath(repository, withinSite);
    return { kind: "absolute", local: { ...local(repository, file2.docsPath, fragment, true, file2.folder), exists: file2.exists } };
  }
  const fileRelative = path.posix.normalize(path.posix.join(path.posix.dirname(fromDocsPath), decoded));
  const isMarkdownFile = /\.md$/i.test(decoded);
  if (link.origin === "html" && isMarkdownFile)
    return { kind: "html-md", docsPath: fileRelative };
  if (link.origin === "markdown" && (isMarkdownFile || path.posix.extname(decoded) && path.posix.extname(decoded) !== ".html")) {
    if (fileRelative === ".." || fileRelative.startsWith("../"))
      return { kind: "outside", resolved: fileRelative };
    return local(repository, fileRelative, fragment, false);
  }
  const urlResolved = path.posix.normalize(path.posix.join(pageUrlDir(fromDocsPath, repository.mkdocs.useDirectoryUrls) || ".", decoded));
  if (urlResolved === ".." || urlResolved.startsWith("../"))
    return { kind: "outside", resolved: urlResolved };
  const file = fileForUrlPath(repository, urlResolved === "." ? "" : urlResolved);
  return { ...local(repository, file.docsPath, fragment, true, file.folder), exists: file.exists };
}
function relativeLink(fromDocsPath, toDocsPath, fragment) {
  const relative = path.posix.relative(path.posix.dirname(fromDocsPath), toDocsPath) || path.posix.basename(toDocsPath);
  return fragment ? `${relative}#${fragment}` : relative;
}

export {
  pageUrl,
  resolveLink,
  relativeLink
};
