/**
 * The values of promises seen to resolve, so that a step every request takes can use a
 * value it already has without awaiting it again. Each `await` costs a turn of the
 * microtask queue and a promise; a lookup makes few enough of everything else that a
 * handful of them per request showed in its profile. Keyed by the promise itself, so
 * the answer is exactly what awaiting it would give, and nothing outlives the promise.
 */
export class SettledValues<T> {
  private readonly values = new WeakMap<Promise<T>, T>();

  /** The value of `promise` if it has been seen to resolve, else undefined. */
  peek(promise: Promise<T>): T | undefined {
    return this.values.get(promise);
  }

  /** The value of `promise`: at once if it is known, otherwise awaited and then remembered. */
  read(promise: Promise<T>): T | Promise<T> {
    const known = this.values.get(promise);
    if (known !== undefined) return known;
    return promise.then((value) => {
      this.values.set(promise, value);
      return value;
    });
  }
}
