import { load } from 'js-yaml';
import { YAML_1_2_CORE_SCHEMA } from '../schema/yaml-core-schema';

/** Anchors and aliases go the careful way, where `yaml` caps how far they expand. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s]/;

/**
 * Reads YAML quickly with js-yaml, in YAML 1.2's core schema as the `yaml`
 * library reads it. Returns `{ ok: false }` for anything js-yaml refuses, or
 * that uses anchors, so the caller can ask `yaml` for positioned errors.
 */
export function readYamlQuickly(text: string): { ok: true; value: unknown } | { ok: false } {
  if (ANCHOR_OR_ALIAS.test(text)) return { ok: false };
  try {
    return { ok: true, value: load(text, { schema: YAML_1_2_CORE_SCHEMA, json: false }) };
  } catch {
    return { ok: false };
  }
}

export function isPlainMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
