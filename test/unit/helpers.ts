// Shared helpers for core unit tests: build a register from YAML text.
import { parseRegister, type Register } from '../../server/src/core';

export function register(yaml: string): Register {
  const { register, ok } = parseRegister(yaml);
  if (!ok) throw new Error('test register does not parse: ' + register.problems.map((p) => p.message).join('; '));
  return register;
}

/** The text of every span, for readable assertions. */
export function texts(text: string, spans: { start: number; end: number }[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
