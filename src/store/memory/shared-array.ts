/**
 * Typed arrays in shared memory, for the indexes the worker thread builds
 * (index-worker.ts). V8 counts an ArrayBuffer's bytes as external memory of the thread
 * that holds it, and when well over a hundred megabytes of transferred buffers arrived
 * at once (10^6 nodes) it started a full marking of the receiving thread's 2 GB heap,
 * whose pauses held the event loop for 40–140 ms. A SharedArrayBuffer's bytes are not
 * counted per thread, so arrays made in one arrive without starting a collection.
 * They are made shared where they are built rather than copied there at the end, since
 * the copies' freed originals stayed in the worker's malloc arena: RSS 45 MB higher.
 */

/** A typed array constructor that can view a SharedArrayBuffer. */
interface TypedArrayKind<T> {
  new (buffer: SharedArrayBuffer): T;
  readonly BYTES_PER_ELEMENT: number;
}

/** A new array of `Kind` in shared memory: zeros of the given length, or a copy of `values`. */
export function sharedArray<T extends { set(values: ArrayLike<number>): void }>(
  Kind: TypedArrayKind<T>,
  size: number | ArrayLike<number>,
): T {
  const length = typeof size === "number" ? size : size.length;
  const array = new Kind(new SharedArrayBuffer(length * Kind.BYTES_PER_ELEMENT));
  if (typeof size !== "number") array.set(size);
  return array;
}
