/**
 * The moment the extension's bundle starts to run. Imported first by the entry points, so its top-level line is
 * the bundle's first statement: activation time = end of `activate` minus this (module evaluation included).
 */
export const LOAD_START = performance.now();
