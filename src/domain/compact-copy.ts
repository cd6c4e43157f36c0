/**
 * Copies of plain objects that hold every property in the object itself.
 *
 * Why: V8 gives an object made by a spread (`{ ...node, validity }`), `Object.assign` or
 * a literal given more properties later room for four properties in the object and puts
 * the rest in a separate property array: one more heap object, about 40 bytes, per node
 * and relationship, 6·10^6 of them at 10^6 nodes, each one more thing the collector
 * marks. An object literal that names every key is sized for all of them. Datasets have
 * a handful of shapes (which optional fields are present), so one literal per shape is
 * compiled, once, and the copies are made by it.
 */

type Plain = Record<string, unknown>;
type Build = (source: Plain, value: unknown) => Plain;

/** Keys that the generated literal can name as they are: no `__proto__`, which sets a prototype. */
const PLAIN_KEY = /^(?!__proto__$)[\s\S]*$/;

export class CompactCopier {
  /** One builder per distinct list of keys: bounded by the shapes the dataset's types allow. */
  private readonly builders = new Map<string, Build>();

  /**
   * `{ ...object, [key]: value }` (its own enumerable string keys in the same order,
   * `key` last unless the object has it), with every property in the object itself.
   */
  with<T extends object, K extends string, V>(object: T, key: K, value: V): T & { [P in K]: V } {
    const keys = Object.keys(object);
    if (!Object.hasOwn(object, key)) keys.push(key);
    const signature = keys.join("\n");
    let build = this.builders.get(signature);
    if (!build) {
      build = builderFor(keys, key);
      this.builders.set(signature, build);
    }
    return build(object as Plain, value) as T & { [P in K]: V };
  }
}

/**
 * A function returning one object literal with these keys, in this order: each key is
 * written as a JSON string (so no key can be read as code), and its value taken from the
 * source, or the new value for `key`.
 */
function builderFor(keys: readonly string[], key: string): Build {
  if (!keys.every((k) => PLAIN_KEY.test(k))) {
    return (source, value) => ({ ...source, [key]: value });
  }
  const properties = keys.map((k) => {
    const name = JSON.stringify(k);
    return `${name}: ${k === key ? "value" : `source[${name}]`}`;
  });
  // graphql-jit compiles queries the same way; here the keys are the dataset's own fields.
  // Where code generation is disallowed (--disallow-code-generation-from-strings), the
  // spread gives the same object, only with a property array.
  try {
    return new Function("source", "value", `return { ${properties.join(", ")} };`) as Build;
  } catch {
    return (source, value) => ({ ...source, [key]: value });
  }
}
