/**
 * Partitions and Regions, from the AWS SDK's own partition data (generated into ./generated/arn-data.ts).
 * Pure: no node built-ins, no SDK import, so the lint core may use it.
 */
import type { Localized } from "../core/types";
import { PARTITIONS, type PartitionData } from "./generated/arn-data";

/** Display names of the partitions (the SDK data has ids only). */
const PARTITION_NAMES: Record<string, Localized> = {
  aws: { ja: "AWS 商用リージョン", en: "AWS commercial Regions" },
  "aws-cn": { ja: "AWS 中国リージョン", en: "AWS China Regions" },
  "aws-us-gov": { ja: "AWS GovCloud (US)", en: "AWS GovCloud (US)" },
  "aws-iso": { ja: "AWS ISO (US)", en: "AWS ISO (US)" },
  "aws-iso-b": { ja: "AWS ISOB (US)", en: "AWS ISOB (US)" },
  "aws-iso-e": { ja: "AWS ISOE (欧州)", en: "AWS ISOE (Europe)" },
  "aws-iso-f": { ja: "AWS ISOF (US)", en: "AWS ISOF (US)" },
  "aws-eusc": { ja: "AWS European Sovereign Cloud", en: "AWS European Sovereign Cloud" },
};

const byId = new Map<string, PartitionData>(PARTITIONS.map((p) => [p.id, p]));
let regionPatterns: { partition: PartitionData; pattern: RegExp }[] | undefined;

export function partitionIds(): string[] {
  return PARTITIONS.map((p) => p.id);
}

export function isPartition(id: string): boolean {
  return byId.has(id);
}

export function partitionName(id: string): Localized | undefined {
  return byId.has(id) ? PARTITION_NAMES[id] ?? { ja: id, en: id } : undefined;
}

/** The SDK's name of a Region ("Asia Pacific (Tokyo)"), or undefined for a code it does not know. */
export function regionName(code: string): string | undefined {
  for (const p of PARTITIONS) {
    const name = p.regions[code];
    if (name !== undefined) return name;
  }
  return undefined;
}

/** The partition a known Region belongs to. */
export function partitionOfRegion(code: string): string | undefined {
  return PARTITIONS.find((p) => Object.prototype.hasOwnProperty.call(p.regions, code))?.id;
}

/** The partition whose Region pattern a code fits (new Regions fit before the SDK lists them). */
export function partitionByPattern(code: string): string | undefined {
  regionPatterns ??= PARTITIONS.map((p) => ({ partition: p, pattern: new RegExp(p.regionRegex) }));
  // aws's pattern (us|eu|...-\w+-\d+) also fits us-gov-west-1 and us-iso-east-1: the narrower patterns win.
  const fits = regionPatterns.filter((r) => r.pattern.test(code));
  const narrow = fits.find((r) => r.partition.id !== "aws");
  return (narrow ?? fits[0])?.partition.id;
}

/** Every known Region code of a partition. */
export function regionsOf(partition: string): string[] {
  return Object.keys(byId.get(partition)?.regions ?? {});
}

/** The AZ's Region: ap-northeast-1c -> ap-northeast-1, us-west-2-lax-1a -> us-west-2. */
export function regionOfAzName(az: string): string {
  return az.replace(/(?:-[a-z]{3,4}-\d)?[a-z]$/, "");
}
