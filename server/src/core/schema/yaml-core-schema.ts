import { FAILSAFE_SCHEMA, Type, type Schema } from 'js-yaml';

/**
 * The YAML 1.2 core schema, exactly as the `yaml` library reads it, for
 * js-yaml. js-yaml's own CORE_SCHEMA keeps YAML 1.1 habits (`1_000` is a
 * number there, `0b101` is 5); here both stay text, so the fast reader and
 * the careful one always agree on what a value is.
 */
const NULL = /^(?:~|null|Null|NULL)?$/;
const BOOLEAN = /^(?:true|True|TRUE|false|False|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const INFINITY = /^[-+]?\.(?:inf|Inf|INF)$/;
const NOT_A_NUMBER = /^\.(?:nan|NaN|NAN)$/;

const nullType = new Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || NULL.test(data),
  construct: () => null,
  predicate: (value: unknown) => value === null,
});

const booleanType = new Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && BOOLEAN.test(data),
  construct: (data: string) => data.toLowerCase() === 'true',
  predicate: (value: unknown) => typeof value === 'boolean',
});

const integerType = new Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (DECIMAL.test(data) || OCTAL.test(data) || HEX.test(data)),
  construct: (data: string) =>
    OCTAL.test(data) ? parseInt(data.slice(2), 8) : HEX.test(data) ? parseInt(data.slice(2), 16) : parseInt(data, 10),
  predicate: (value: unknown) => typeof value === 'number' && Number.isInteger(value),
});

const floatType = new Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string | null) =>
    data !== null && (FLOAT.test(data) || INFINITY.test(data) || NOT_A_NUMBER.test(data)),
  construct: (data: string) =>
    NOT_A_NUMBER.test(data)
      ? NaN
      : INFINITY.test(data)
        ? data.startsWith('-')
          ? -Infinity
          : Infinity
        : parseFloat(data),
  predicate: (value: unknown) => typeof value === 'number',
});

export const YAML_1_2_CORE_SCHEMA: Schema = FAILSAFE_SCHEMA.extend({
  implicit: [nullType, booleanType, integerType, floatType],
});
