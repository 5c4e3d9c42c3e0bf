// Modules every workflow shares in the worker's reusable V8 context (the SDK's `preloadModules`): the
// libraries and the pure machines, instantiated once per worker instead of once for every cached workflow.
import { z } from 'zod';
import { setup } from 'xstate';
import * as machines from '../machines';

/**
 * The SDK deep-freezes whatever shared modules export, after loading them. zod builds some members of a
 * schema on first read (bound methods such as `safeParse`, internals such as an object's `propValues`) and
 * stores them on the schema, which a frozen schema refuses. So every schema reachable from the exports is
 * read in full and parsed once here, before the freeze: afterwards parsing only reads. Pure and deterministic: what is
 * built depends on the schemas alone, never on a workflow.
 */
function buildLazyMembers(root: object): number {
  const seen = new WeakSet<object>();
  const stack: object[] = [root];
  let schemas = 0;
  const readInherited = (target: object): void => {
    for (let proto = Object.getPrototypeOf(target) as object | null; proto !== null && proto !== Object.prototype; proto = Object.getPrototypeOf(proto) as object | null) {
      for (const key of Reflect.ownKeys(proto)) {
        if (key === 'constructor') continue;
        try {
          void Reflect.get(target, key);
        } catch {
          // a member that cannot be built for this kind of schema is not used by its parse either
        }
      }
    }
  };
  while (stack.length > 0) {
    const value = stack.pop()!;
    if (seen.has(value)) continue;
    seen.add(value);
    if (isZodNode(value)) shareablePattern(value._zod.def);
    if (value instanceof z.ZodType) {
      schemas++;
      readInherited(value);
      readInherited(value._zod);
      // a first parse settles what zod decides on first use (its memoizer drops itself from a schema
      // that cannot recurse); any input does, and a refusal is as good as an answer
      value.safeParse(undefined);
    }
    for (const key of Reflect.ownKeys(value)) {
      let child: unknown;
      try {
        child = Reflect.get(value, key);
      } catch {
        continue;
      }
      if (typeof child === 'object' && child !== null) stack.push(child);
    }
  }
  return schemas;
}

/** a schema or a check: zod's nodes carry their definition under `_zod.def` */
const isZodNode = (value: object): value is { _zod: { def: { pattern?: unknown } } } =>
  '_zod' in value && typeof value._zod === 'object' && value._zod !== null && 'def' in value._zod;

/**
 * A format check resets `pattern.lastIndex` before each test, which a frozen RegExp refuses: the pattern
 * becomes an object whose `lastIndex` is an accessor (a frozen accessor still runs its setter) around the
 * a copy of the expression, kept in a closure the freeze does not reach. Only in the workflow bundle's copy.
 */
function shareablePattern(def: { pattern?: unknown }): void {
  const original = def.pattern;
  if (!(original instanceof RegExp)) return;
  // a copy: zod's own exported expressions (its `regexes`) are frozen with the rest of zod
  const re = new RegExp(original.source, original.flags);
  def.pattern = {
    source: re.source,
    flags: re.flags,
    get lastIndex(): number {
      return 0;
    },
    set lastIndex(_: number) {
      // each test below starts from 0 anyway
    },
    test: (text: string): boolean => {
      re.lastIndex = 0;
      return re.test(text);
    },
    toString: (): string => re.toString(),
  };
}

/** how many schemas were made ready to share (read by a test) */
export const sharedSchemas = buildLazyMembers(machines);
export const sharedModules = [z, setup, machines] as const;
