/** Where JSON.parse stopped, as `line:column` (Node says "at position N", or "end of JSON input": the end). */
import { location } from 'vfile-location';

export function jsonErrorPlace(text: string, error: unknown): string {
  const message = (error as Error)?.message ?? '';
  const offset = /end of JSON input/.test(message) ? text.length : Number(/position (\d+)/.exec(message)?.[1] ?? 0);
  const point = location(text).toPoint(Math.min(offset, text.length));
  return point ? `${point.line}:${point.column}` : '1:1';
}
