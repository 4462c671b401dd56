/**
 * Places group rows and indicators into the sections (mục) of an outline (đề cương).
 * A group row matches a section by title (diacritics-insensitive) or by number; an explicit
 * Mục báo cáo cell wins over the group; an unmatched group becomes a section of its own,
 * in workbook order. A group more specific than the section it matches ("KẾT QUẢ THỰC HIỆN QUY
 * CHẾ DÂN CHỦ" for "KẾT QUẢ THỰC HIỆN") keeps its heading: it gives a free section its title, or
 * else becomes a section of its own beside or under it.
 */
import { Diagnostics } from "./diagnostics";
import { sheetCell } from "./grid";
import { HeadingLevel } from "./document";
import { levelOfNumber, numberKey, numberSections } from "./numbering";
import { Outline, OutlineSection, cloneSections, walk } from "./outlines";
import { GroupRow, Indicator, IndicatorTable, splitNumberedTitle } from "./tables";
import { foldKey, isRomanNumeral, sentenceStyleOf, upper } from "./text";

/** How a group asked its indicators to be written, in its Mẫu câu cell. */
export interface Presentation {
  /** "bảng": a table. */
  asTable: boolean;
  /** "văn xuôi" or "liệt kê": a sentence style. */
  style?: "prose" | "list";
}

/** Indicators in a row of one section written alike: a table, or sentences of one style. */
export interface SectionPart extends Presentation {
  indicators: Indicator[];
}

/** What one section holds. */
export interface SectionContent {
  /** Every indicator of the section, in workbook order. */
  indicators: Indicator[];
  /** The same indicators, in runs written alike: a group's "bảng" tables its own indicators only. */
  parts: SectionPart[];
}

const PLAIN: Presentation = { asTable: false };

/** The outline as this workbook fills it: sections (possibly extended) and their content by section id. */
export interface SectionPlan {
  sections: OutlineSection[];
  content: Map<string, SectionContent>;
}

/** Sections chosen by the clerk (mapping.ts), by row id ("Biểu 01!17"): they win over titles and Mục báo cáo. */
export interface Placement {
  /** Indicator id → section id. */
  indicators: Map<string, string>;
  /** Group row id ("sheet!row", 1-based) → section id. */
  groups: Map<string, string>;
}

/** Values for {nam} and {nam_sau} in outline titles. */
export function fillTitle(title: string, year?: number): string {
  return title
    .replace("{nam_sau}", year === undefined ? "[năm sau]" : String(year + 1))
    .replace("{nam}", year === undefined ? "[năm]" : String(year));
}

/** How a group is numbered: "I", "A", "1", "1.1", "a" or "" (none). */
function numberKind(n: string): string {
  if (n === "") return "";
  if (isRomanNumeral(n)) return "I";
  if (/^[A-Z]$/.test(n)) return "A";
  if (/^[a-zđ]$/.test(n)) return "a";
  return n
    .split(".")
    .map(() => "1")
    .join(".");
}

/** True when at least half of the words of `title` (folded) occur in `other`; true for an empty title. */
function sharesWords(title: string, other: string): boolean {
  const words = foldKey(title)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2);
  if (words.length === 0) return true;
  const in2 = new Set(foldKey(other).split(/[^a-z0-9]+/));
  return words.filter((w) => in2.has(w)).length * 2 >= words.length;
}

type Walked = ReturnType<typeof walk>[number];

/** Where a group row is, as a cell: its title cell, or column A of its row. */
function cellOf(group: GroupRow): string {
  return group.cell ?? sheetCell(group.sheet, group.row, 0);
}

/** A reference as a Mục báo cáo cell holds it: "III", "2.2.", "2.2. Công tác …" or a bare title. */
function splitReference(reference: string): { number: string; title: string } {
  const bare = /^\s*((?:[IVXL]+|[A-Z]|\d+(?:\.\d+)*|[a-zđ])[.)]?)\s*$/u.exec(reference);
  if (bare) return { number: bare[1].replace(/[.)]$/, ""), title: "" };
  return splitNumberedTitle(reference);
}

class Placer {
  readonly sections: OutlineSection[];
  readonly content = new Map<string, SectionContent>();
  /** The first group placed in each section, by section id. */
  private readonly firstGroup = new Map<string, GroupRow>();
  /** How the first group of each section asked to be written, by section id. */
  private readonly home = new Map<string, Presentation>();
  private current: OutlineSection;
  /** How the group we are in asked to be written. */
  private presentation = PLAIN;
  private added = 0;
  /** Sections added for unmatched groups, with how their group was numbered (numberKind). */
  private readonly addedKind = new Map<OutlineSection, string>();

  constructor(
    outline: Outline,
    private readonly year: number | undefined,
    private readonly diags: Diagnostics,
    private readonly placement?: Placement
  ) {
    this.sections = cloneSections(outline.sections);
    const all = walk(this.sections).map((w) => w.section);
    this.current = all.find((s) => s.defaultForIndicators) ?? all[0];
  }

  /** The section a reference names ("II", "2.2. Công tác dân vận của UBND", a bare title), or undefined. */
  find(reference: string, number = ""): OutlineSection | undefined {
    const split = number === "" ? splitReference(reference) : { number, title: reference };
    const all = walk(this.sections);
    const key = foldKey(split.title);
    if (key !== "") {
      const titled = all.filter((w) => this.titleKey(w.section) === key);
      if (titled.length > 0) return this.nearest(titled).section;
      const near = all.filter((w) => {
        const t = this.titleKey(w.section);
        const [short, long] = t.length < key.length ? [t, key] : [key, t];
        // Whole words only: "Nhóm chỉ tiêu 1" is not part of "Nhóm chỉ tiêu 10".
        return short.length >= 12 && ` ${long} `.includes(` ${short} `);
      });
      if (near.length === 1) return near[0].section;
    }
    if (split.number === "") return undefined;
    const numbers = numberSections(this.sections);
    // A number alone is weak evidence ("I. KINH TẾ - XÃ HỘI" is not "I. ĐẶC ĐIỂM TÌNH HÌNH"):
    // the titles must also share at least half of the group's words.
    const byNumber = all.filter(
      (w) =>
        numberKey(numbers.get(w.section.id) ?? "") === numberKey(split.number) &&
        sharesWords(split.title, fillTitle(w.section.title, this.year))
    );
    return byNumber.length > 0 ? this.nearest(byNumber).section : undefined;
  }

  /**
   * Of several candidates ("1." repeats under every mục, "Về công tác dân vận" under III and V),
   * the one sharing the deepest ancestor with the section we are in; the first on a tie.
   */
  private nearest(candidates: Walked[]): Walked {
    const here = this.chain();
    const depth = (w: Walked) => Math.max(-1, ...w.parents.map((p) => here.indexOf(p)));
    return candidates.reduce((best, w) => (depth(w) > depth(best) ? w : best));
  }

  private readonly titleKeys = new Map<OutlineSection, string>();

  /** The folded title of a section, computed once. */
  private titleKey(s: OutlineSection): string {
    let k = this.titleKeys.get(s);
    if (k === undefined) this.titleKeys.set(s, (k = foldKey(fillTitle(s.title, this.year))));
    return k;
  }

  private chain(): OutlineSection[] {
    const w = walk(this.sections).find((x) => x.section === this.current);
    return w ? [...w.parents, w.section] : [];
  }

  /**
   * Adds a section for an unmatched group, in workbook order:
   * - beside the previous added section when both groups are numbered alike ("2.1" then "2.2",
   *   or two unnumbered titles);
   * - a mục ("III", "B") after the mục we are in;
   * - anything smaller under the section we are in when that is the outline's results section
   *   or an added one, else at the end of the results section (a "2.1. …" met while in
   *   "I. ĐẶC ĐIỂM TÌNH HÌNH" belongs to the results, not to the situation).
   */
  private add(group: GroupRow): OutlineSection {
    const kind = numberKind(group.number);
    const chain = this.chain();
    const results = walk(this.sections).find((w) => w.section.collectsGroups)?.section;
    let parent: OutlineSection | undefined;
    let after: OutlineSection | undefined;
    let level: HeadingLevel;
    if (this.addedKind.get(this.current) === kind) {
      [parent, after, level] = [chain[chain.length - 2], this.current, this.current.level];
    } else {
      level = levelOfNumber(group.number) ?? (Math.min(this.current.level + 1, 4) as HeadingLevel);
      const inResults = results !== undefined && chain.includes(results);
      if (level >= 2 && results && !inResults && !this.addedKind.has(this.current)) {
        parent = results;
      } else {
        const parentIndex = chain.map((s) => s.level < level).lastIndexOf(true);
        parent = parentIndex >= 0 ? chain[parentIndex] : undefined;
        after = chain[parentIndex + 1];
      }
      // No level is skipped: a "2.1" placed straight under a mục becomes its khoản.
      if (parent) level = Math.min(level, parent.level + 1) as HeadingLevel;
    }
    const siblings = parent ? parent.children : this.sections;
    const section: OutlineSection = {
      id: `bieu-${++this.added}`,
      title: level <= 1 ? upper(group.title) : group.title,
      level,
      children: [],
    };
    const at = after ? siblings.indexOf(after) + 1 : siblings.length;
    siblings.splice(at, 0, section);
    this.addedKind.set(section, kind);
    return section;
  }

  /** The section with this id, when the clerk's placement names one. */
  private byId(id: string | undefined): OutlineSection | undefined {
    return id === undefined
      ? undefined
      : walk(this.sections).find((w) => w.section.id === id)?.section;
  }

  /**
   * True when `group` is more specific than `section`: its title holds the section's, whole
   * words, and more ("KẾT QUẢ THỰC HIỆN QUY CHẾ DÂN CHỦ" and "KẾT QUẢ THỰC HIỆN").
   */
  private refines(group: GroupRow, section: OutlineSection): boolean {
    const [mine, theirs] = [foldKey(group.title), this.titleKey(section)];
    return mine !== theirs && ` ${mine} `.includes(` ${theirs} `);
  }

  /** True when nothing is in `section` yet: no group, no indicator, no khoản. */
  private free(section: OutlineSection): boolean {
    return (
      !this.firstGroup.has(section.id) &&
      section.children.length === 0 &&
      !this.content.get(section.id)?.indicators.length
    );
  }

  /** The section of a group matched by its title or number, keeping the group's own heading. */
  private matchOrAdd(group: GroupRow): OutlineSection {
    const found = this.find(group.title, group.number);
    if (!found) return this.add(group);
    if (!this.refines(group, found)) return found;
    if (this.free(found)) {
      found.title = found.level <= 1 ? upper(group.title) : group.title;
      this.titleKeys.delete(found);
      return found;
    }
    // Beside the section (a mục the clerk numbered "III") or under it (a khoản).
    this.current = found;
    return this.add(group);
  }

  group(group: GroupRow): void {
    const target =
      this.byId(this.placement?.groups.get(`${group.sheet}!${group.row + 1}`)) ||
      (group.section && this.find(group.section)) ||
      this.matchOrAdd(group);
    const first = this.firstGroup.get(target.id);
    if (first) {
      this.diags.warn(
        `Mục “${fillTitle(target.title, this.year)}” xuất hiện nhiều lần: nhóm “${first.title}” ở ${cellOf(first)} và nhóm “${group.title}” ở ${cellOf(group)}; các chỉ tiêu được gộp vào một mục.`,
        cellOf(group)
      );
    } else {
      this.firstGroup.set(target.id, group);
    }
    const style = group.template ? sentenceStyleOf(group.template) : undefined;
    this.presentation = {
      asTable: !!group.template && foldKey(group.template) === "bang",
      ...(style ? { style } : {}),
    };
    if (!first) this.home.set(target.id, this.presentation);
    this.current = target;
  }

  indicator(ind: Indicator): void {
    let target = this.current;
    const placed = this.byId(this.placement?.indicators.get(ind.id));
    if (placed) target = placed;
    else if (ind.section) {
      const found = this.find(ind.section);
      if (found) target = found;
      else
        this.diags.warn(
          `Không tìm thấy mục “${ind.section}” trong đề cương; chỉ tiêu “${ind.name}” được đặt vào mục đang xét.`,
          ind.cells.section
        );
    }
    // An indicator moved elsewhere is written as that section's own group asked.
    const how = target === this.current ? this.presentation : (this.home.get(target.id) ?? PLAIN);
    const entry = this.entry(target);
    entry.indicators.push(ind);
    const last = entry.parts[entry.parts.length - 1];
    if (last && last.asTable === how.asTable && last.style === how.style) last.indicators.push(ind);
    else entry.parts.push({ ...how, indicators: [ind] });
  }

  private entry(s: OutlineSection): SectionContent {
    let e = this.content.get(s.id);
    if (!e) this.content.set(s.id, (e = { indicators: [], parts: [] }));
    return e;
  }
}

/**
 * Places every row of `tables` into `outline`; `placement` (the clerk's mapping) wins where it
 * names a row. The built-in outline is not changed.
 */
export function placeIndicators(
  outline: Outline,
  tables: IndicatorTable[],
  year: number | undefined,
  diags: Diagnostics,
  placement?: Placement
): SectionPlan {
  const placer = new Placer(outline, year, diags, placement);
  for (const table of tables) {
    for (const row of table.rows) {
      if (row.kind === "group") placer.group(row);
      else placer.indicator(row);
    }
  }
  return { sections: placer.sections, content: placer.content };
}
