export interface HostileShape {
  name: string;
  /** The parse budget that bounds this shape, when the parser itself is super-linear on it. */
  budget?: string;
  make(size: number): string;
  limit: number;
  beyond?: () => string;
}
export const SHAPES: HostileShape[];
