/**
 * Requirement sets in the doubles: each Word and Excel member carries the set its
 * @types/office-js annotation names (api-sets.json, made by scripts/office-api-sets.js), and a
 * double made for a given Office version refuses a newer member as Office does: the command
 * is queued, and the context.sync() that sends it rejects with ApiNotFound.
 */
import SETS from "./api-sets.json";

const TABLE = SETS as Record<string, string>;

/** The requirement sets of one Office version: { WordApi: "1.3" }, { ExcelApi: "1.7" }. */
export type HostVersion = Record<string, string>;

/**
 * WordApi minor versions of the Words the pane meets: Word 2016 (1.1, 1.2 with updates), Word
 * 2019/2021 (1.3), Microsoft 365 (1.5 and later). Source: "Word JavaScript API requirement sets".
 */
export const WORD_VERSIONS: Record<string, number> = {
  "Word 2016 (WordApi 1.1)": 1,
  "Word 2016 (WordApi 1.2)": 2,
  "Word 2019/2021 (WordApi 1.3)": 3,
  "Microsoft 365 (WordApi 1.5)": 5,
};

/** ExcelApi versions: Excel 2016 builds (1.4), Excel 2019 (1.7), Microsoft 365 builds (1.9, 1.13). */
export const EXCEL_VERSIONS: readonly string[] = ["1.4", "1.7", "1.9", "1.13"];

function atLeast(version: string, wanted: string): boolean {
  const [a, b] = version.split(".").map(Number);
  const [c, d] = wanted.split(".").map(Number);
  return a > c || (a === c && b >= d);
}

/** Office.context.requirements.isSetSupported for a host version. */
export function supports(host: HostVersion, name: string, version = "1.1"): boolean {
  const have = host[name];
  return have !== undefined && atLeast(have, version);
}

/** "ExcelApi 1.7" for ("Excel.Worksheet", "getRangeByIndexes"); a setter is "member="; undefined when unannotated. */
export function memberSet(officeClass: string, member: string, setter = false): string | undefined {
  const key = `${officeClass}.${member}`;
  return (setter ? TABLE[`${key}=`] : undefined) ?? TABLE[key];
}

/** The set a member needs when `host` lacks it; undefined when the host has it. */
export function missingSet(
  host: HostVersion,
  officeClass: string,
  member: string,
  setter = false
): string | undefined {
  const set = memberSet(officeClass, member, setter);
  if (!set) return undefined;
  const [name, version] = set.split(" ");
  return supports(host, name, version) ? undefined : set;
}

/** The message Office gives for a member the host does not have. */
export function apiNotFoundMessage(officeClass: string, member: string, set: string): string {
  return `The API you are trying to use could not be found. It may be available in a newer version of Office. (${officeClass}.${member}, ${set})`;
}

/**
 * Wraps a double's proxy object so that reading a method or property, or setting a property,
 * that `host` lacks calls `refuse` (which queues the failure for the next sync). Members the
 * typings do not annotate (load, toJSON, the double's own helpers) pass through.
 */
export function withApiSets<T extends object>(
  target: T,
  officeClass: string,
  host: () => HostVersion,
  refuse: (member: string, set: string) => void
): T {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (typeof prop === "string") {
        const set = missingSet(host(), officeClass, prop);
        if (set) refuse(`${officeClass}.${prop}`, set);
      }
      return Reflect.get(t, prop, receiver);
    },
    set(t, prop, value, receiver) {
      if (typeof prop === "string" && Object.getOwnPropertyDescriptor(t, prop) === undefined) {
        const set = missingSet(host(), officeClass, prop, true);
        if (set) refuse(`${officeClass}.${prop}=`, set);
      }
      return Reflect.set(t, prop, value, receiver);
    },
  });
}
