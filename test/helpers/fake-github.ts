/**
 * A fake GitHub REST API on 127.0.0.1 for the Action's pull-request
 * feedback. Every request is checked against GitHub's own OpenAPI
 * description (@octokit/openapi, api.github.com): the path and method must
 * be an operation, path and query parameters and the JSON body must match
 * its schemas (ajv); so must every answer the fake gives, which it builds
 * from the description's own examples. What does not match is recorded in
 * `violations` and answered 422. The fake keeps one pull request with its
 * review comments and issue comments, checks that a review comment is on a
 * line of the pull request's diff, as GitHub does, and can refuse writes
 * (a read-only token) or answer them with a rate limit.
 */

import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import formats from 'ajv-formats';

type Json = any;

const require = createRequire(import.meta.url);
const SPEC: Json = JSON.parse(readFileSync(path.join(path.dirname(require.resolve('@octokit/openapi/package.json')), 'generated/api.github.com.json'), 'utf8'));

/** `#/components/...` references replaced by what they name (a reference back into itself is left open). */
function resolved(node: Json, trail: string[] = []): Json {
  if (Array.isArray(node)) return node.map((item) => resolved(item, trail));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (trail.includes(node.$ref)) return {};
    const target = node.$ref
      .slice(2)
      .split('/')
      .reduce((at: Json, key: string) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], SPEC);
    return resolved(target, [...trail, node.$ref]);
  }
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, resolved(value, trail)]));
}

// OpenAPI 3.0 schemas: ajv's draft-07 with `nullable`, which it knows; the description's own keywords (example, …) are not errors.
const ajv = new Ajv({ strict: false, allErrors: true });
(formats as unknown as { default: (ajv: Ajv) => void }).default(ajv);
const validators = new Map<object, ValidateFunction>();
function check(schema: Json, value: unknown): string | undefined {
  const validate = validators.get(schema) ?? ajv.compile(schema);
  validators.set(schema, validate);
  return validate(value) ? undefined : ajv.errorsText(validate.errors);
}

interface Operation {
  template: string;
  method: string;
  operationId: string;
  parameters: Json[];
  body?: { required: boolean; schema: Json };
  responses: Record<string, Json>;
}

const ROUTES = Object.entries(SPEC.paths as Record<string, Json>).map(([template, item]) => ({
  template,
  literal: template.split('/').filter((part) => part && !part.startsWith('{')).length,
  pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '([^/]+)')}$`),
  names: [...template.matchAll(/\{([^}]+)\}/g)].map((found) => found[1]),
  item,
}));
const operations = new Map<string, Operation>();

/** The operation for a request, its path parameters; undefined when GitHub has none there. */
function operationFor(method: string, pathname: string): { operation: Operation; params: Record<string, string> } | undefined {
  const matches = ROUTES.filter((route) => route.pattern.test(pathname) && route.item[method]).sort((a, b) => b.literal - a.literal);
  const route = matches[0];
  if (!route) return undefined;
  const key = `${method} ${route.template}`;
  if (!operations.has(key)) {
    const raw = route.item[method];
    const content = raw.requestBody && resolved(raw.requestBody);
    operations.set(key, {
      template: route.template,
      method,
      operationId: raw.operationId,
      parameters: resolved([...(route.item.parameters ?? []), ...(raw.parameters ?? [])]),
      body: content && { required: content.required === true, schema: content.content['application/json']?.schema },
      responses: raw.responses,
    });
  }
  const values = route.pattern.exec(pathname)!.slice(1).map(decodeURIComponent);
  return { operation: operations.get(key)!, params: Object.fromEntries(route.names.map((name, index) => [name, values[index]])) };
}

const responseSchemas = new Map<string, Json>();
function responseSchema(operation: Operation, status: number): Json {
  const key = `${operation.operationId} ${status}`;
  if (!responseSchemas.has(key)) responseSchemas.set(key, resolved(operation.responses[status]?.content?.['application/json']?.schema));
  return responseSchemas.get(key);
}

/** A parameter's text as its schema's type. */
function typed(schema: Json, value: string): unknown {
  if (schema?.type === 'integer' || schema?.type === 'number') return /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  if (schema?.type === 'boolean') return value === 'true' ? true : value === 'false' ? false : value;
  return value;
}

function requestProblems(operation: Operation, params: Record<string, string>, query: URLSearchParams, body: unknown): string[] {
  const problems: string[] = [];
  for (const parameter of operation.parameters) {
    const value = parameter.in === 'path' ? params[parameter.name] : parameter.in === 'query' ? query.get(parameter.name) : undefined;
    if (value === undefined || value === null) {
      if (parameter.required && parameter.in !== 'header') problems.push(`missing ${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    const problem = check(parameter.schema, typed(parameter.schema, value));
    if (problem) problems.push(`${parameter.in} parameter ${parameter.name}: ${problem}`);
  }
  const known = new Set(operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
  for (const name of query.keys()) if (!known.has(name)) problems.push(`unknown query parameter ${name}`);
  if (body === undefined) {
    if (operation.body?.required) problems.push('missing request body');
  } else if (!operation.body?.schema) {
    problems.push('a body where the operation takes none');
  } else {
    const problem = check(operation.body.schema, body);
    if (problem) problems.push(`body: ${problem}`);
  }
  return problems;
}

const example = (name: string): Json => structuredClone(SPEC.components.examples[name].value);
const ACTIONS_BOT = { ...example('pull-request-review-comment').user, login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

export interface RecordedRequest {
  method: string;
  path: string;
  operationId?: string;
  token?: string;
  body?: Json;
  status: number;
}

export interface PullFile {
  filename: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  patch?: string;
}

export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  violations: string[];
  reviewComments: Json[];
  issueComments: Json[];
  /** The pull request's head and its files (as `git diff base...head` gives them). */
  setPull(headSha: string, files: PullFile[]): void;
  /** Tokens the fake accepts, and whether they may write. */
  tokens: Map<string, 'write' | 'read'>;
  /** Answer every write with this status and `retry-after` (seconds), as GitHub's secondary rate limit does. */
  limitWrites?: { status: 403 | 429; retryAfter: number };
  /** A hostile or broken API: every listing has a next page, without end. */
  endlessPages?: boolean;
  /** A hostile or broken API: every listing is a JSON array of this many bytes (white space), sent as fast as it is read. */
  hugeBody?: number;
  /** Bytes of `hugeBody` answers the client read before it hung up. */
  bytesSent: number;
  close(): Promise<void>;
}

/** The lines of the head side that a comment may be on: those of a hunk (added or context). */
function diffLines(patch: string | undefined): Map<number, string> {
  const lines = new Map<number, string>();
  let line = 0;
  for (const row of (patch ?? '').split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(row);
    if (header) line = Number(header[1]);
    else if (line && (row.startsWith('+') || row.startsWith(' '))) lines.set(line++, row.slice(1));
  }
  return lines;
}

export async function startFakeGitHub(owner: string, repo: string, pullNumber: number): Promise<FakeGitHub> {
  let sequence = 1000;
  let head = '';
  let files: PullFile[] = [];
  const api = (rest: string) => `${fake.url}/repos/${owner}/${repo}${rest}`;

  function reviewComment(input: Json, reviewId: number): Json | string {
    const lines = diffLines(files.find((file) => file.filename === input.path)?.patch);
    const first = input.start_line ?? input.line;
    if (input.side !== 'RIGHT' || !lines.has(input.line) || !lines.has(first) || first > input.line)
      return `pull_request_review_thread.line must be part of the diff`;
    const id = ++sequence;
    return {
      ...example('pull-request-review-comment'),
      url: api(`/pulls/comments/${id}`),
      id,
      pull_request_review_id: reviewId,
      path: input.path,
      body: input.body,
      commit_id: input.commit_id ?? head,
      original_commit_id: input.commit_id ?? head,
      in_reply_to_id: undefined,
      user: ACTIONS_BOT,
      line: input.line,
      original_line: input.line,
      start_line: input.start_line ?? null,
      original_start_line: input.start_line ?? null,
      side: 'RIGHT',
      // GitHub answers null for a one-line comment's start_side, which its description does not allow: left out here.
      start_side: input.start_line ? 'RIGHT' : undefined,
      author_association: 'NONE',
    };
  }

  /** The fake's answer to a valid request: status and JSON body. */
  function answer(operation: Operation, params: Record<string, string>, body: Json): [number, Json] {
    const byId = (list: Json[]) => list.findIndex((comment) => String(comment.id) === params.comment_id);
    switch (operation.operationId) {
      case 'pulls/list-files':
        return [200, files.map((file) => ({ ...example('diff-entry-items')[0], ...file, additions: 1, deletions: 1, changes: 2 }))];
      case 'pulls/list-review-comments':
        return [200, fake.reviewComments];
      case 'issues/list-comments':
        return [200, fake.issueComments];
      case 'pulls/create-review': {
        const reviewId = ++sequence;
        const created = (body.comments ?? []).map((comment: Json) => reviewComment({ ...comment, commit_id: body.commit_id }, reviewId));
        const refused = created.find((comment: Json) => typeof comment === 'string');
        if (refused) return [422, { message: 'Unprocessable Entity', errors: [refused], documentation_url: 'https://docs.github.com/rest', status: '422' }];
        fake.reviewComments.push(...created);
        return [
          200,
          { ...example('pull-request-review'), id: reviewId, body: body.body ?? '', state: 'COMMENTED', commit_id: body.commit_id ?? head, user: ACTIONS_BOT },
        ];
      }
      case 'pulls/create-review-comment': {
        const created = reviewComment(body, ++sequence);
        if (typeof created === 'string')
          return [422, { message: 'Validation Failed', errors: [created], documentation_url: 'https://docs.github.com/rest', status: '422' }];
        fake.reviewComments.push(created);
        return [201, created];
      }
      case 'pulls/delete-review-comment': {
        const index = byId(fake.reviewComments);
        if (index < 0) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }];
        fake.reviewComments.splice(index, 1);
        return [204, undefined];
      }
      case 'pulls/update-review-comment': {
        const comment = fake.reviewComments[byId(fake.reviewComments)];
        Object.assign(comment, { body: body.body, updated_at: '2026-01-02T00:00:00Z' });
        return [200, comment];
      }
      case 'issues/create-comment': {
        const id = ++sequence;
        const comment = { ...example('issue-comment'), id, url: api(`/issues/comments/${id}`), body: body.body, user: ACTIONS_BOT, author_association: 'NONE' };
        fake.issueComments.push(comment);
        return [201, comment];
      }
      case 'issues/update-comment': {
        const comment = fake.issueComments[byId(fake.issueComments)];
        if (!comment) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }];
        Object.assign(comment, { body: body.body, updated_at: '2026-01-02T00:00:00Z' });
        return [200, comment];
      }
      default:
        fake.violations.push(`the fake does not serve ${operation.operationId}`);
        return [501, { message: 'Not Implemented' }];
    }
  }

  /** The fake's answer, before it is checked against the description. */
  function respond(request: IncomingMessage, text: string, record: RecordedRequest): { status: number; body?: Json; headers?: Record<string, string> } {
    const url = new URL(request.url ?? '/', 'http://fake');
    const method = (request.method ?? 'GET').toLowerCase();
    const found = operationFor(method, url.pathname);
    if (!found) {
      fake.violations.push(`${method.toUpperCase()} ${url.pathname} is no operation of the GitHub API`);
      return { status: 404, body: { message: 'Not Found' } };
    }
    record.operationId = found.operation.operationId;
    let body: Json;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      fake.violations.push(`${record.operationId}: the body is not JSON`);
      return { status: 400, body: { message: 'Problems parsing JSON' } };
    }
    record.body = body;
    const problems = requestProblems(found.operation, found.params, url.searchParams, body);
    if (problems.length) {
      fake.violations.push(...problems.map((problem) => `${record.operationId}: ${problem}`));
      return { status: 422, body: { message: 'Validation Failed', errors: problems, documentation_url: 'https://docs.github.com/rest', status: '422' } };
    }
    if (
      found.params.owner !== owner ||
      found.params.repo !== repo ||
      (found.params.pull_number ?? found.params.issue_number ?? String(pullNumber)) !== String(pullNumber)
    ) {
      return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
    }
    const permission = record.token ? fake.tokens.get(record.token) : undefined;
    if (!permission) return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest', status: '401' } };
    const writes = method !== 'get';
    if (writes && permission === 'read') {
      return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' } };
    }
    if (writes && fake.limitWrites) {
      const message = 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.';
      return {
        status: fake.limitWrites.status,
        body: { message, documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api', status: String(fake.limitWrites.status) },
        headers: { 'retry-after': String(fake.limitWrites.retryAfter) },
      };
    }
    const [status, answered] = answer(found.operation, found.params, body);
    const schema = responseSchema(found.operation, status);
    const problem = status < 300 && schema ? check(schema, answered) : undefined;
    if (problem) fake.violations.push(`the fake's own answer to ${record.operationId} does not match the description: ${problem}`);
    return { status, body: answered };
  }

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const auth = /^(?:token|bearer) (.+)$/i.exec(request.headers.authorization ?? '');
      const record: RecordedRequest = {
        method: request.method ?? 'GET',
        path: new URL(request.url ?? '/', 'http://fake').pathname,
        token: auth?.[1],
        status: 0,
      };
      const { status, body, headers } = respond(request, Buffer.concat(chunks).toString('utf8'), record);
      record.status = status;
      fake.requests.push(record);
      const listing = request.method === 'GET' && status === 200 && Array.isArray(body);
      if (listing && fake.endlessPages) {
        const url = new URL(request.url ?? '/', fake.url);
        url.searchParams.set('page', String(Number(url.searchParams.get('page') ?? 1) + 1));
        response.setHeader('link', `<${url}>; rel="next"`);
      }
      if (listing && fake.hugeBody) return void sendHuge(response, fake.hugeBody);
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    });
  });
  /** `[`, `size` bytes of white space, `]`, in 64 KiB writes that wait for the client to read; stops when it hangs up. */
  async function sendHuge(response: ServerResponse, size: number) {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.write('[');
    const chunk = Buffer.alloc(64 * 1024, ' ');
    for (let sent = 0; sent < size && !response.destroyed; sent += chunk.length) {
      fake.bytesSent += chunk.length;
      if (!response.write(chunk)) await new Promise((resolve) => response.once('drain', resolve).once('close', resolve));
    }
    response.end(']');
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const fake: FakeGitHub = {
    bytesSent: 0,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests: [],
    violations: [],
    reviewComments: [],
    issueComments: [],
    tokens: new Map(),
    setPull(headSha, pullFiles) {
      head = headSha;
      files = pullFiles;
      // As on GitHub: a comment whose line is no longer in the diff is outdated (its line becomes null).
      for (const comment of fake.reviewComments) {
        const lines = diffLines(files.find((file) => file.filename === comment.path)?.patch);
        // (GitHub answers null for line and position then; the description allows only integers, so they are left out.)
        if (!lines.has(comment.line)) Object.assign(comment, { line: undefined, start_line: null, position: undefined });
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return fake;
}
