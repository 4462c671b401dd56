/**
 * Tags of the content controls the add-in puts in a Word document. A tag says where the content
 * came from: "baocao:section:1.2.2" (a section's generated blocks), "baocao:indicator:Biểu 01!22"
 * (one indicator's sentence, inside its section's control), "baocao:part:header" (a part of the
 * skeleton: header block, title, closing). Controls without the prefix belong to the clerk.
 */

import { fnv1a } from "./hash";

export const TAG_PREFIX = "baocao:";

export type TagKind = "section" | "indicator" | "part";

/** Word keeps tags short; longer ids are replaced by a stable hash so the tag stays under this. */
export const MAX_TAG_LENGTH = 64;

export interface ParsedTag {
  kind: TagKind;
  /** The section or indicator id, or the part name; for a hashed tag, "#" and the hash. */
  id: string;
}

/** The tag for a source: "baocao:indicator:Biểu 01!22"; ids too long for Word become "#<hash>". */
export function controlTag(kind: TagKind, id: string): string {
  const nfc = id.normalize("NFC");
  const tag = `${TAG_PREFIX}${kind}:${nfc}`;
  return tag.length <= MAX_TAG_LENGTH ? tag : `${TAG_PREFIX}${kind}:#${fnv1a(nfc)}`;
}

export const sectionTag = (sectionId: string) => controlTag("section", sectionId);
export const indicatorTag = (indicatorId: string) => controlTag("indicator", indicatorId);
export const partTag = (name: string) => controlTag("part", name);

/** The kind and id of one of our tags, or undefined for a tag that is not ours. */
export function parseTag(tag: string): ParsedTag | undefined {
  const m = /^baocao:(section|indicator|part):(.+)$/u.exec(tag);
  return m ? { kind: m[1] as TagKind, id: m[2] } : undefined;
}

/** True for the tags the add-in writes. */
export function isOurTag(tag: string | undefined): boolean {
  return tag !== undefined && parseTag(tag) !== undefined;
}
