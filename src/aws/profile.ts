/**
 * The profile a draft asks for in its front matter (`aws-profile: NAME`). Read with a bounded line scan of the
 * front matter only, so it costs nothing on large drafts and needs no YAML parser. Pure.
 */

/** Profile names as the AWS CLI accepts them (letters, digits and a few punctuation marks). */
const PROFILE_LINE = /^aws-profile[ \t]*:[ \t]*(["']?)([\w.@+=,/-]{1,128})\1[ \t]*(?:#.*)?$/;
const MAX_FRONT_MATTER_LINES = 200;

export function frontMatterProfile(text: string): string | undefined {
  if (!/^---[ \t]*\r?\n/.test(text)) return undefined;
  const lines = text.slice(0, 20000).split(/\r?\n/);
  for (let i = 1; i < Math.min(lines.length, MAX_FRONT_MATTER_LINES); i++) {
    const line = lines[i];
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return undefined;
    const m = PROFILE_LINE.exec(line);
    if (m) return m[2];
  }
  return undefined;
}
