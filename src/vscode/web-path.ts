/**
 * `node:path` in the web bundle. secretlint's preset imports it only to name a file in its messages
 * (`path.basename`), and the core never gives it a file name; this is that one function, for any separator.
 */
export function basename(p: string): string {
  return p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);
}

export default { basename };
