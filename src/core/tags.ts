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

/**
 * What a tag may carry after its id: "~", the visible-text hash and the blocks hash of what was
 * written (8 hex digits each, core/placement.ts `Stamp`). `baocao fill` writes .docx files with
 * no add-in settings to remember stamps in, so the control itself carries them; the Word pane
 * reads them the same way. Ids never hold "~" followed by 16 hex digits.
 */
const STAMP_SUFFIX = /~([0-9a-f]{8})([0-9a-f]{8})$/;

/** A tag without its stamp: the identity of the control ("baocao:section:1.2"). */
export function baseTag(tag: string): string {
  return tag.replace(STAMP_SUFFIX, "");
}

/** The stamp a tag carries: `v` the visible-text hash, `m` the blocks hash; undefined if none. */
export function tagStamp(tag: string): { v: string; m: string } | undefined {
  const m = STAMP_SUFFIX.exec(tag);
  return m ? { v: m[1], m: m[2] } : undefined;
}

/** `tag` (its stamp, if any, replaced) carrying `stamp`. */
export function stampedTag(tag: string, stamp: { v: string; m: string }): string {
  return `${baseTag(tag)}~${stamp.v}${stamp.m}`;
}

/** `tag` with the stamp `from` carries, if any: a control retagged keeps what it was written with. */
export function withStampOf(tag: string, from: string): string {
  const stamp = tagStamp(from);
  return stamp ? stampedTag(tag, stamp) : baseTag(tag);
}

/** The kind and id of one of our tags (stamp ignored), or undefined for a tag that is not ours. */
export function parseTag(tag: string): ParsedTag | undefined {
  const m = /^baocao:(section|indicator|part):(.+)$/u.exec(baseTag(tag));
  return m ? { kind: m[1] as TagKind, id: m[2] } : undefined;
}

/** True for the tags the add-in writes. */
export function isOurTag(tag: string | undefined): boolean {
  return tag !== undefined && parseTag(tag) !== undefined;
}

/** Word refuses a content control title longer than 64 characters. */
export const TITLE_LIMIT = 64;

/** `title` cut at a word to fit Word's limit, with "…" where it was cut. */
export function controlTitle(title: string): string {
  if (title.length <= TITLE_LIMIT) return title;
  const head = title.slice(0, TITLE_LIMIT - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > TITLE_LIMIT / 2 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** The title of a section's control: "Báo cáo – 2.2. Công tác dân vận …", cut to fit. */
export function sectionTitle(line: string): string {
  return controlTitle(`Báo cáo – ${line}`);
}

/** The title of an indicator sentence's control. */
export const INDICATOR_TITLE = "Báo cáo – số liệu";
