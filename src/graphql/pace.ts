/**
 * Time slices for heavy requests. Node answers every request on one thread, and a
 * heavy query's execution is thousands of field resolutions in a row: run straight
 * through, it would hold the thread for tens of milliseconds while cheap requests
 * wait to be read. Heavy requests therefore pass `pace()` after each of their
 * resolvers (see build-resolvers.ts): within a slice of SLICE_MS it lets them go on at
 * once; past it, they continue on a later turn of the event loop, after the requests
 * that arrived meanwhile have been read. Cheap requests never wait here.
 */
import { performance } from "node:perf_hooks";

/** Longest stretch heavy work runs before letting the event loop turn. */
export const SLICE_MS = 2;

let sliceStart = performance.now();
let scheduled = false;
const waiting: (() => void)[] = [];

function nextSlice(): void {
  scheduled = false;
  sliceStart = performance.now();
  for (const resume of waiting.splice(0)) resume();
}

/** Undefined while the current slice lasts; otherwise a promise of the next slice. */
export function pace(): Promise<void> | undefined {
  if (performance.now() - sliceStart < SLICE_MS) return undefined;
  return new Promise<void>((resolve) => {
    waiting.push(resolve);
    if (!scheduled) {
      scheduled = true;
      setImmediate(nextSlice);
    }
  });
}

/** `value`, or once the next slice has come when the current one is used up. */
export function paced<T>(value: T | Promise<T>): T | Promise<T> {
  if (value instanceof Promise) {
    return value.then((resolved) => {
      const wait = pace();
      return wait ? wait.then(() => resolved) : resolved;
    });
  }
  const wait = pace();
  return wait ? wait.then(() => value) : value;
}
