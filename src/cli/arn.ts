/** `casedraft arn`: placeholder until the ARN classifier lands (issue 4). */
import type { Lang } from "../core/types";

export async function runArn(_args: string[], lang: Lang, _out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  err.write(lang === "ja" ? "casedraft arn はまだ実装されていません。\n" : "casedraft arn is not implemented yet.\n");
  return 2;
}
