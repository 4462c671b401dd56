/**
 * The Office.js side of the Word test double: proxy objects with Office.js semantics. Every
 * method and property setter queues a command; context.sync() runs the queue in order and then
 * fills what was loaded. Reading a property that was not loaded and synced throws, as Office.js
 * does; a failing command rejects the sync and drops the commands after it. A protected document
 * refuses every change with AccessDenied. Only the members in ../api.ts exist, and each carries
 * its requirement set from the typings (../api-sets.ts): a member newer than the double's
 * WordApi version rejects the sync with ApiNotFound. What Word refuses is refused here too:
 * Before/After of a content control holding only a table, a title over 64 characters.
 */
import type {
  WBody,
  WContentControl,
  WContentControlCollection,
  WContext,
  WDocument,
  WFont,
  WNoteItem,
  WParagraph,
  WParagraphCollection,
  WRange,
  WRangeCollection,
  WSearchOptions,
  WTable,
  WTableBorder,
  WTableCell,
} from "../../../src/word/api";
import {
  Container,
  BlockDouble,
  BodyDouble,
  CellDouble,
  ControlDouble,
  FOOTNOTE_MARK,
  FontDouble,
  OfficeErrorDouble,
  ParagraphDouble,
  RunDouble,
  TableDouble,
  controlsOf,
  insertBeside,
  insertInside,
  newParagraph,
  newTable,
  occurrencesIn,
  paragraphsOf,
  parentControl,
  remove,
  replaceText,
  searchedText,
  tableNestingLevel,
  textOf,
  wrap,
} from "./model";
import type { WordDouble } from "./world";
import { apiNotFoundMessage, withApiSets } from "../api-sets";

/** Word refuses a content control title longer than this. */
export const TITLE_LIMIT = 64;

/** The Word class each proxy stands for. */
const WORD_CLASSES: Record<string, string> = {
  DocumentProxy: "Document",
  BodyProxy: "Body",
  ParagraphProxy: "Paragraph",
  ParagraphCollectionProxy: "ParagraphCollection",
  RangeProxy: "Range",
  RangeCollectionProxy: "RangeCollection",
  NoteItemProxy: "NoteItem",
  ControlProxy: "ContentControl",
  ControlCollectionProxy: "ContentControlCollection",
  BorderProxy: "TableBorder",
  CellProxy: "TableCell",
  TableProxy: "Table",
  FontProxy: "Font",
};

interface Command {
  run: () => void;
  /** Changes the document: refused when it is protected. */
  changes: boolean;
}

export class ContextDouble implements WContext {
  private queue: Command[] = [];
  readonly document: WDocument;

  constructor(readonly world: WordDouble) {
    this.document = new DocumentProxy(this);
  }

  /** `target` as its Word class: members newer than this Word reject the next sync. */
  guard<T extends object>(target: T, proxyClass: string): T {
    const officeClass = `Word.${WORD_CLASSES[proxyClass] ?? proxyClass}`;
    return withApiSets(
      target,
      officeClass,
      () => ({ WordApi: `1.${this.world.wordApiMinor}` }),
      (member, set) => {
        const at = member.lastIndexOf(".");
        this.enqueue(() => {
          throw new OfficeErrorDouble(
            "ApiNotFound",
            apiNotFoundMessage(member.slice(0, at), member.slice(at + 1), set)
          );
        });
      }
    );
  }

  enqueue(run: () => void, changes = false): void {
    this.queue.push({ run, changes });
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    this.world.syncs++;
    const commands = this.queue;
    this.queue = [];
    await Promise.resolve();
    for (const c of commands) {
      if (c.changes && this.world.protected)
        throw new OfficeErrorDouble("AccessDenied", "The document is protected against changes.");
      c.run();
    }
  }
}

/** A value an earlier command creates: set when that command runs. */
class Ref<T> {
  private value?: T;
  set(v: T): T {
    return (this.value = v);
  }
  get = (): T => {
    if (this.value === undefined)
      throw new Error("Test double: object used before the command creating it ran.");
    return this.value;
  };
}

function notLoaded(name: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

abstract class Proxy<N> {
  private readonly loaded = new Map<string, unknown>();

  constructor(
    protected readonly context: ContextDouble,
    private readonly resolve: () => N
  ) {
    return context.guard(this, new.target.name);
  }

  protected node(): N {
    return this.resolve();
  }

  load(propertyNames?: string): this {
    const paths = (propertyNames ?? "")
      .split(",")
      .map((s) => s.trim().replace(/^items\//, ""))
      .filter((s) => s !== "");
    this.context.enqueue(() => this.fillLoaded(paths.length > 0 ? paths : this.scalars()));
    return this;
  }

  /** Runs inside sync: takes the values of `paths` ("text", "font/name") as they are now. */
  fillLoaded(paths: string[]): void {
    for (const path of paths) {
      const [head, ...rest] = path.split("/");
      if (rest.length > 0) this.navigation(head).fillLoaded([rest.join("/")]);
      else this.loaded.set(head, this.snapshot(head));
    }
  }

  protected navigation(name: string): Proxy<unknown> {
    throw new OfficeErrorDouble("InvalidArgument", `'${name}' is not a navigation property here.`);
  }

  /** The scalar properties `load()` without arguments loads. */
  protected scalars(): string[] {
    return [];
  }

  protected abstract snapshot(name: string): unknown;

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  protected change(apply: (n: N) => void): void {
    this.context.enqueue(() => apply(this.node()), true);
  }

  protected unknown(name: string): never {
    throw new OfficeErrorDouble("InvalidArgument", `Unknown property '${name}'.`);
  }
}

class DocumentProxy implements WDocument {
  readonly body: BodyProxy;
  readonly contentControls: ControlCollectionProxy;

  constructor(private readonly context: ContextDouble) {
    this.body = new BodyProxy(context, () => context.world.body);
    this.contentControls = new ControlCollectionProxy(context, () =>
      controlsOf(context.world.body)
    );
    return context.guard(this, "DocumentProxy");
  }

  /** What select() selected last, if the cursor is still there; else the cursor. */
  getSelection(): RangeProxy {
    const world = this.context.world;
    return new RangeProxy(this.context, (): RangeValue => {
      const s = world.selection;
      if (s && s.paragraph === world.cursor)
        return { kind: "span", ...s, text: s.paragraph.text.slice(s.start, s.end) };
      return { kind: "cursor", paragraph: world.cursor ?? paragraphsOf(world.body)[0] };
    });
  }
}

/** Font of some runs, and of what is typed into some paragraphs next. */
interface FontTarget {
  runs: RunDouble[];
  paragraphs: ParagraphDouble[];
  /** Runs that may lie only partly in the range (a search result): readable, not settable here. */
  partial?: boolean;
}

const FONT_KEYS = ["name", "size", "color", "bold", "italic"] as const;

class FontProxy extends Proxy<FontTarget> implements WFont {
  protected override scalars() {
    return [...FONT_KEYS];
  }
  protected snapshot(name: string): unknown {
    if (!(FONT_KEYS as readonly string[]).includes(name)) this.unknown(name);
    const key = name as keyof FontDouble;
    const t = this.node();
    const values =
      t.runs.length > 0 ? t.runs.map((r) => r.font[key]) : t.paragraphs.map((p) => p.font[key]);
    // Office.js reports null where the runs differ.
    return values.every((v) => v === values[0]) ? values[0] : null;
  }
  private setFont<K extends keyof FontDouble>(key: K, value: FontDouble[K]) {
    this.change((t) => {
      if (t.partial)
        throw new Error("Test double: setting the font of part of a run is not implemented.");
      for (const r of t.runs) r.font[key] = value;
      for (const p of t.paragraphs) p.font[key] = value;
    });
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: string) {
    this.setFont("name", v);
  }
  get size(): number {
    return this.read("size");
  }
  set size(v: number) {
    this.setFont("size", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setFont("color", v);
  }
  get bold(): boolean {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.setFont("bold", v);
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.setFont("italic", v);
  }
}

function fontOfParagraphs(context: ContextDouble, list: () => ParagraphDouble[]): FontProxy {
  return new FontProxy(context, () => {
    const paragraphs = list();
    return { paragraphs, runs: paragraphs.flatMap((p) => p.runs) };
  });
}

/** Paragraph-level insertions shared by bodies (Start/End) and blocks (Before/After). */
function ooxmlParagraphs(ooxml: string): ParagraphDouble[] {
  const parts = ooxml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];
  return parts.map((xml) => {
    const text = (xml.match(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g) ?? [])
      .map((t) => t.replace(/<[^>]+>/g, ""))
      .join("");
    const p = newParagraph(text);
    p.ooxml = xml;
    return p;
  });
}

class BodyProxy extends Proxy<Container> implements WBody {
  readonly paragraphs: ParagraphCollectionProxy;
  readonly font: FontProxy;

  constructor(context: ContextDouble, resolve: () => Container) {
    super(context, resolve);
    this.paragraphs = new ParagraphCollectionProxy(context, () => paragraphsOf(this.node()));
    this.font = fontOfParagraphs(context, () => paragraphsOf(this.node()));
  }
  protected override scalars() {
    return ["text"];
  }
  protected override navigation(name: string) {
    return name === "font" ? this.font : super.navigation(name);
  }
  protected snapshot(name: string): unknown {
    return name === "text" ? textOf(this.node()) : this.unknown(name);
  }
  get text(): string {
    return this.read("text");
  }
  insertParagraph(text: string, where: "Start" | "End"): ParagraphProxy {
    const made = new Ref<ParagraphDouble>();
    this.change((c) => insertInside(c, made.set(newParagraph(text)), where));
    return new ParagraphProxy(this.context, made.get);
  }
  insertOoxml(ooxml: string, where: "Start" | "End"): RangeProxy {
    const made = new Ref<ParagraphDouble[]>();
    this.change((c) => {
      const list = made.set(ooxmlParagraphs(ooxml));
      const ordered = where === "Start" ? [...list].reverse() : list;
      for (const p of ordered) insertInside(c, p, where);
    });
    return new RangeProxy(this.context, () => ({ kind: "blocks", nodes: made.get() }));
  }
  insertTable(
    rows: number,
    columns: number,
    where: "Start" | "End",
    values?: string[][]
  ): TableProxy {
    const made = new Ref<TableDouble>();
    this.change((c) => insertInside(c, made.set(newTable(rows, columns, values)), where));
    return new TableProxy(this.context, made.get);
  }
  search(searchText: string, options: WSearchOptions = {}): RangeCollectionProxy {
    const unsupported = Object.entries(options).filter(([k, v]) => k !== "matchCase" && v === true);
    if (unsupported.length > 0)
      throw new Error(`Test double: search option ${unsupported[0][0]} is not implemented.`);
    const found = new Ref<RangeValue[]>();
    this.context.enqueue(() => {
      const needle = searchedText(searchText);
      found.set(
        paragraphsOf(this.node()).flatMap((paragraph) =>
          occurrencesIn(paragraph.text, needle, options.matchCase === true).map(
            (start): RangeValue => ({
              kind: "span",
              paragraph,
              start,
              end: start + needle.length,
              text: paragraph.text.slice(start, start + needle.length),
            })
          )
        )
      );
    });
    return new RangeCollectionProxy(this.context, found.get);
  }
}

const PARAGRAPH_FORMAT = [
  "alignment",
  "firstLineIndent",
  "leftIndent",
  "rightIndent",
  "spaceBefore",
  "spaceAfter",
  "lineSpacing",
] as const;
type FormatKey = (typeof PARAGRAPH_FORMAT)[number];

const BUILT_IN_NAMES: Record<string, string> = { Normal: "Normal" };
for (let i = 1; i <= 9; i++) BUILT_IN_NAMES[`Heading${i}`] = `Heading ${i}`;

/** Applies a built-in style as Word does: its name, and the outline level it carries. */
function applyBuiltIn(p: ParagraphDouble, builtIn: string): void {
  const name = BUILT_IN_NAMES[builtIn];
  if (!name) throw new OfficeErrorDouble("InvalidArgument", `Unknown built-in style '${builtIn}'.`);
  p.styleBuiltIn = builtIn;
  p.style = name;
  const heading = /^Heading(\d)$/.exec(builtIn);
  p.outlineLevel = heading ? Number(heading[1]) : 10;
}

class ParagraphProxy extends Proxy<ParagraphDouble> implements WParagraph {
  readonly font: FontProxy;

  constructor(context: ContextDouble, resolve: () => ParagraphDouble) {
    super(context, resolve);
    this.font = fontOfParagraphs(context, () => [this.node()]);
  }
  protected override scalars() {
    return [
      "text",
      "style",
      "styleBuiltIn",
      "outlineLevel",
      "tableNestingLevel",
      ...PARAGRAPH_FORMAT,
    ];
  }
  protected override navigation(name: string) {
    return name === "font" ? this.font : super.navigation(name);
  }
  protected snapshot(name: string): unknown {
    const p = this.node();
    switch (name) {
      case "text":
        return p.text;
      case "style":
        return p.style;
      case "styleBuiltIn":
        return p.styleBuiltIn;
      case "outlineLevel":
        return p.outlineLevel;
      case "tableNestingLevel":
        return tableNestingLevel(p);
      default:
        return (PARAGRAPH_FORMAT as readonly string[]).includes(name)
          ? p.format[name as FormatKey]
          : this.unknown(name);
    }
  }
  private setFormat(key: FormatKey, value: number | string) {
    this.change((p) => ((p.format as unknown as Record<string, unknown>)[key] = value));
  }
  get text(): string {
    return this.read("text");
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: string) {
    this.change((p) => {
      const builtIn = Object.keys(BUILT_IN_NAMES).find((k) => BUILT_IN_NAMES[k] === v);
      if (builtIn) applyBuiltIn(p, builtIn);
      else [p.style, p.styleBuiltIn] = [v, "Other"];
    });
  }
  get styleBuiltIn(): string {
    return this.read("styleBuiltIn");
  }
  set styleBuiltIn(v: string) {
    this.change((p) => applyBuiltIn(p, v));
  }
  get outlineLevel(): number {
    return this.read("outlineLevel");
  }
  set outlineLevel(v: number) {
    this.change((p) => (p.outlineLevel = v));
  }
  get tableNestingLevel(): number {
    return this.read("tableNestingLevel");
  }
  get alignment(): string {
    return this.read("alignment");
  }
  set alignment(v: string) {
    this.setFormat("alignment", v);
  }
  get firstLineIndent(): number {
    return this.read("firstLineIndent");
  }
  set firstLineIndent(v: number) {
    this.setFormat("firstLineIndent", v);
  }
  get leftIndent(): number {
    return this.read("leftIndent");
  }
  set leftIndent(v: number) {
    this.setFormat("leftIndent", v);
  }
  get rightIndent(): number {
    return this.read("rightIndent");
  }
  set rightIndent(v: number) {
    this.setFormat("rightIndent", v);
  }
  get spaceBefore(): number {
    return this.read("spaceBefore");
  }
  set spaceBefore(v: number) {
    this.setFormat("spaceBefore", v);
  }
  get spaceAfter(): number {
    return this.read("spaceAfter");
  }
  set spaceAfter(v: number) {
    this.setFormat("spaceAfter", v);
  }
  get lineSpacing(): number {
    return this.read("lineSpacing");
  }
  set lineSpacing(v: number) {
    this.setFormat("lineSpacing", v);
  }

  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    const made = new Ref<ParagraphDouble>();
    this.change((p) => insertBeside(p, made.set(newParagraph(text, p)), where));
    return new ParagraphProxy(this.context, made.get);
  }
  insertTable(
    rows: number,
    columns: number,
    where: "Before" | "After",
    values?: string[][]
  ): TableProxy {
    const made = new Ref<TableDouble>();
    this.change((p) => insertBeside(p, made.set(newTable(rows, columns, values)), where));
    return new TableProxy(this.context, made.get);
  }
  insertText(text: string, where: "Start" | "End" | "Replace"): RangeProxy {
    const made = new Ref<RunDouble[]>();
    this.change((p) => {
      const run: RunDouble = { text, font: { ...p.font } };
      if (where === "Replace") p.runs = [run];
      else if (where === "Start") p.runs.unshift(run);
      else p.runs.push(run);
      made.set([run]);
    });
    return new RangeProxy(this.context, () => ({
      kind: "runs",
      paragraph: this.node(),
      runs: made.get(),
    }));
  }
  insertContentControl(): ControlProxy {
    const made = new Ref<ControlDouble>();
    this.change((p) => made.set(wrap([p])));
    return new ControlProxy(this.context, made.get);
  }
  getRange(where: "Whole" | "Start" | "End" = "Whole"): RangeProxy {
    if (where !== "Whole") throw new Error(`Test double: getRange("${where}") is not implemented.`);
    return new RangeProxy(this.context, () => ({ kind: "blocks", nodes: [this.node()] }));
  }
}

class ParagraphCollectionProxy extends Proxy<ParagraphDouble[]> implements WParagraphCollection {
  private list?: ParagraphProxy[];

  override fillLoaded(paths: string[]): void {
    this.list = this.node().map((p) => {
      const item = new ParagraphProxy(this.context, () => p);
      item.fillLoaded(paths);
      return item;
    });
  }
  protected snapshot(): unknown {
    return undefined;
  }
  protected override scalars() {
    return ["text"];
  }
  get items(): ParagraphProxy[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }
  getFirst(): ParagraphProxy {
    return new ParagraphProxy(this.context, () => {
      const first = this.node()[0];
      if (!first) throw new OfficeErrorDouble("ItemNotFound", "The collection is empty.");
      return first;
    });
  }
}

/**
 * What a range covers: runs of one paragraph, whole blocks, the cursor in a paragraph, or
 * characters [start, end) of a paragraph (a search result; `text` is what they held then).
 */
type RangeValue =
  | { kind: "runs"; paragraph: ParagraphDouble; runs: RunDouble[] }
  | { kind: "blocks"; nodes: BlockDouble[] }
  | { kind: "cursor"; paragraph: ParagraphDouble }
  | { kind: "span"; paragraph: ParagraphDouble; start: number; end: number; text: string };

type Span = Extract<RangeValue, { kind: "span" }>;

/**
 * A span whose characters are still those it was found on. Word keeps a range on its text while
 * the document changes; the double does not track edits, so it refuses a span that went stale.
 */
function current(r: Span): Span {
  if (r.paragraph.text.slice(r.start, r.end) !== r.text)
    throw new Error("Test double: the paragraph changed under a range found earlier.");
  return r;
}

/** The runs holding characters [start, end) of a paragraph. */
function runsBetween(p: ParagraphDouble, start: number, end: number): RunDouble[] {
  let offset = 0;
  return p.runs.filter((run) => {
    const from = offset;
    offset += run.text.length;
    return offset > start && from < end;
  });
}

/** Offsets of whole runs in their paragraph. */
function spanOfRuns(p: ParagraphDouble, runs: RunDouble[]): { start: number; end: number } {
  const starts = p.runs.map((_, i) => p.runs.slice(0, i).reduce((n, r) => n + r.text.length, 0));
  const first = p.runs.indexOf(runs[0]);
  const last = p.runs.indexOf(runs[runs.length - 1]);
  return { start: starts[first], end: starts[last] + runs[runs.length - 1].text.length };
}

function blocksOf(r: RangeValue): BlockDouble[] {
  return r.kind === "blocks" ? r.nodes : [r.paragraph];
}

class RangeProxy extends Proxy<RangeValue> implements WRange {
  readonly font: FontProxy;
  readonly paragraphs: ParagraphCollectionProxy;
  readonly parentContentControlOrNullObject: ControlProxy;

  constructor(context: ContextDouble, resolve: () => RangeValue) {
    super(context, resolve);
    this.font = new FontProxy(context, () => {
      const r = this.node();
      if (r.kind === "runs") return { runs: r.runs, paragraphs: [] };
      if (r.kind === "span") {
        const s = current(r);
        return { runs: runsBetween(s.paragraph, s.start, s.end), paragraphs: [], partial: true };
      }
      const paragraphs = blocksOf(r).flatMap((b) => paragraphsOf(b));
      return { paragraphs, runs: r.kind === "cursor" ? [] : paragraphs.flatMap((p) => p.runs) };
    });
    this.paragraphs = new ParagraphCollectionProxy(context, () =>
      blocksOf(this.node()).flatMap((b) => paragraphsOf(b))
    );
    this.parentContentControlOrNullObject = new ControlProxy(context, () =>
      parentControl(blocksOf(this.node())[0])
    );
  }
  protected override scalars() {
    return ["text"];
  }
  protected override navigation(name: string) {
    if (name === "font") return this.font;
    if (name === "parentContentControlOrNullObject") return this.parentContentControlOrNullObject;
    return super.navigation(name);
  }
  protected snapshot(name: string): unknown {
    if (name !== "text") return this.unknown(name);
    const r = this.node();
    if (r.kind === "runs") return r.runs.map((x) => x.text).join("");
    if (r.kind === "span") return current(r).text;
    return r.kind === "cursor" ? "" : r.nodes.map((n) => textOf(n)).join("\r");
  }
  insertText(text: string, where: "Replace" | "Start" | "End"): RangeProxy {
    const made = new Ref<RangeValue>();
    this.change(() => {
      const r = this.node();
      if (r.kind !== "span" || where !== "Replace")
        throw new Error(`Test double: insertText("${where}") on this range is not implemented.`);
      const s = current(r);
      replaceText(s.paragraph, s.start, s.end, text);
      made.set({ ...s, end: s.start + text.length, text });
    });
    return new RangeProxy(this.context, made.get);
  }
  select(mode: "Select" | "Start" | "End" = "Select"): void {
    this.context.enqueue(() => {
      const r = this.node();
      if (r.kind !== "span" && r.kind !== "runs")
        throw new Error("Test double: select() on this range is not implemented.");
      const { start, end } = r.kind === "span" ? current(r) : spanOfRuns(r.paragraph, r.runs);
      const at = mode === "Start" ? [start, start] : mode === "End" ? [end, end] : [start, end];
      this.context.world.select(r.paragraph, at[0], at[1]);
    });
  }
  get text(): string {
    return this.read("text");
  }
  private edge(where: "Before" | "After"): BlockDouble {
    const blocks = blocksOf(this.node());
    return where === "Before" ? blocks[0] : blocks[blocks.length - 1];
  }
  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    const made = new Ref<ParagraphDouble>();
    this.change(() => {
      const ref = this.edge(where);
      insertBeside(
        ref,
        made.set(newParagraph(text, ref.kind === "paragraph" ? ref : undefined)),
        where
      );
    });
    return new ParagraphProxy(this.context, made.get);
  }
  insertTable(
    rows: number,
    columns: number,
    where: "Before" | "After",
    values?: string[][]
  ): TableProxy {
    const made = new Ref<TableDouble>();
    this.change(() =>
      insertBeside(this.edge(where), made.set(newTable(rows, columns, values)), where)
    );
    return new TableProxy(this.context, made.get);
  }
  insertOoxml(ooxml: string, where: "Before" | "After"): RangeProxy {
    const made = new Ref<ParagraphDouble[]>();
    this.change(() => {
      const ref = this.edge(where);
      const list = made.set(ooxmlParagraphs(ooxml));
      const ordered = where === "After" ? [...list].reverse() : list;
      for (const p of ordered) insertBeside(ref, p, where);
    });
    return new RangeProxy(this.context, () => ({ kind: "blocks", nodes: made.get() }));
  }
  insertContentControl(): ControlProxy {
    const made = new Ref<ControlDouble>();
    this.change(() => {
      const r = this.node();
      if (r.kind !== "blocks")
        throw new Error("Test double: inline content controls are not implemented.");
      made.set(wrap(r.nodes));
    });
    return new ControlProxy(this.context, made.get);
  }
  insertFootnote(insertText = ""): NoteItemProxy {
    const made = new Ref<BodyDouble>();
    this.change(() => {
      const r = this.node();
      if (r.kind === "span")
        throw new Error("Test double: a footnote after a search result is not implemented.");
      const paragraph =
        r.kind === "blocks" ? paragraphsOf(r.nodes[r.nodes.length - 1]).pop()! : r.paragraph;
      const after =
        r.kind === "runs" ? r.runs[r.runs.length - 1] : paragraph.runs[paragraph.runs.length - 1];
      const note = made.set(new BodyDouble());
      insertInside(note, newParagraph(insertText), "End");
      const mark: RunDouble = { text: FOOTNOTE_MARK, font: { ...paragraph.font }, footnote: note };
      paragraph.runs.splice(after ? paragraph.runs.indexOf(after) + 1 : 0, 0, mark);
    });
    return new NoteItemProxy(this.context, made.get);
  }
  expandTo(other: WRange): RangeProxy {
    const end = other as RangeProxy;
    const made = new Ref<RangeValue>();
    this.enqueueExpand(end, made);
    return new RangeProxy(this.context, made.get);
  }
  private enqueueExpand(end: RangeProxy, made: Ref<RangeValue>) {
    this.context.enqueue(() => {
      const a = blocksOf(this.node())[0];
      const bs = blocksOf(end.node());
      const b = bs[bs.length - 1];
      const list = a.parent.children;
      const from = list.indexOf(a);
      const to = list.indexOf(b);
      if (b.parent !== a.parent || from < 0 || to < from)
        throw new OfficeErrorDouble(
          "InvalidArgument",
          "The ranges are not in one container, in order."
        );
      made.set({ kind: "blocks", nodes: list.slice(from, to + 1) });
    });
  }
}

class RangeCollectionProxy extends Proxy<RangeValue[]> implements WRangeCollection {
  private list?: RangeProxy[];

  override fillLoaded(paths: string[]): void {
    this.list = this.node().map((r) => {
      const item = new RangeProxy(this.context, () => r);
      item.fillLoaded(paths);
      return item;
    });
  }
  protected override scalars() {
    return ["text"];
  }
  protected snapshot(): unknown {
    return undefined;
  }
  get items(): RangeProxy[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }
}

class NoteItemProxy implements WNoteItem {
  readonly body: BodyProxy;
  constructor(context: ContextDouble, resolve: () => BodyDouble) {
    this.body = new BodyProxy(context, resolve);
    return context.guard(this, "NoteItemProxy");
  }
}

const CONTROL_PROPS = ["tag", "title", "appearance", "color", "text", "id"] as const;

class ControlProxy extends Proxy<ControlDouble | null> implements WContentControl {
  readonly paragraphs: ParagraphCollectionProxy = new ParagraphCollectionProxy(this.context, () =>
    paragraphsOf(this.existing())
  );

  protected override scalars() {
    return [...CONTROL_PROPS];
  }
  override fillLoaded(paths: string[]): void {
    super.fillLoaded(["isNullObject", ...(this.node() ? paths : [])]);
  }
  protected snapshot(name: string): unknown {
    const c = this.node();
    if (name === "isNullObject") return c === null;
    if (!c) throw new OfficeErrorDouble("ItemNotFound", "The content control does not exist.");
    if (name === "text") return textOf(c);
    return (CONTROL_PROPS as readonly string[]).includes(name)
      ? c[name as Exclude<(typeof CONTROL_PROPS)[number], "text">]
      : this.unknown(name);
  }
  private existing(): ControlDouble {
    const c = this.node();
    if (!c) throw new OfficeErrorDouble("ItemNotFound", "The content control does not exist.");
    return c;
  }
  private setProp(key: "tag" | "title" | "appearance" | "color", v: string) {
    this.context.enqueue(() => {
      if (key === "title" && v.length > TITLE_LIMIT)
        throw new OfficeErrorDouble(
          "InvalidArgument",
          `The title of a content control must have at most ${TITLE_LIMIT} characters.`
        );
      this.existing()[key] = v;
    }, true);
  }

  /** Word refuses Before and After for a control holding only a table (richTextTable). */
  private beside(where: "Before" | "After" | "Start" | "End"): boolean {
    if (where !== "Before" && where !== "After") return false;
    const c = this.existing();
    if (c.children.length > 0 && c.children.every((b) => b.kind === "table"))
      throw new OfficeErrorDouble(
        "InvalidArgument",
        "'Before' and 'After' cannot be used with a content control that contains only a table."
      );
    return true;
  }
  get isNullObject(): boolean {
    return this.read("isNullObject");
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({ kind: "blocks", nodes: [this.existing()] }));
  }
  get tag(): string {
    return this.read("tag");
  }
  set tag(v: string) {
    this.setProp("tag", v);
  }
  get title(): string {
    return this.read("title");
  }
  set title(v: string) {
    this.setProp("title", v);
  }
  get appearance(): string {
    return this.read("appearance");
  }
  set appearance(v: string) {
    this.setProp("appearance", v);
  }
  get color(): string {
    return this.read("color");
  }
  set color(v: string) {
    this.setProp("color", v);
  }
  get text(): string {
    return this.read("text");
  }
  insertParagraph(text: string, where: "Before" | "After" | "Start" | "End"): ParagraphProxy {
    const made = new Ref<ParagraphDouble>();
    this.context.enqueue(() => {
      const c = this.existing();
      const p = made.set(newParagraph(text));
      if (this.beside(where)) insertBeside(c, p, where as "Before" | "After");
      else insertInside(c, p, where as "Start" | "End");
    }, true);
    return new ParagraphProxy(this.context, made.get);
  }
  insertTable(
    rows: number,
    columns: number,
    where: "Before" | "After" | "Start" | "End",
    values?: string[][]
  ): TableProxy {
    const made = new Ref<TableDouble>();
    this.context.enqueue(() => {
      const c = this.existing();
      const t = made.set(newTable(rows, columns, values));
      if (this.beside(where)) insertBeside(c, t, where as "Before" | "After");
      else insertInside(c, t, where as "Start" | "End");
    }, true);
    return new TableProxy(this.context, made.get);
  }
  delete(keepContent: boolean): void {
    this.context.enqueue(() => {
      const c = this.existing();
      if (keepContent) for (const child of [...c.children]) insertBeside(c, child, "Before");
      remove(c);
    }, true);
  }
}

class ControlCollectionProxy extends Proxy<ControlDouble[]> implements WContentControlCollection {
  private list?: ControlProxy[];

  override fillLoaded(paths: string[]): void {
    this.list = this.node().map((c) => {
      const item = new ControlProxy(this.context, () => c);
      item.fillLoaded(paths);
      return item;
    });
  }
  protected override scalars() {
    return ["tag", "title", "text"];
  }
  protected snapshot(): unknown {
    return undefined;
  }
  get items(): ControlProxy[] {
    if (!this.list) throw notLoaded("items");
    return this.list;
  }
}

class BorderProxy implements WTableBorder {
  constructor(
    private readonly context: ContextDouble,
    private readonly table: () => TableDouble,
    private readonly location: string
  ) {
    return context.guard(this, "BorderProxy");
  }
  private set(key: "type" | "width" | "color", v: string | number) {
    this.context.enqueue(() => {
      const t = this.table();
      const b = (t.borders[this.location] ??= { type: "None", width: 0, color: "#000000" });
      (b as unknown as Record<string, unknown>)[key] = v;
    }, true);
  }
  get type(): string {
    throw notLoaded("type");
  }
  set type(v: string) {
    this.set("type", v);
  }
  get width(): number {
    throw notLoaded("width");
  }
  set width(v: number) {
    this.set("width", v);
  }
  get color(): string {
    throw notLoaded("color");
  }
  set color(v: string) {
    this.set("color", v);
  }
}

class CellProxy implements WTableCell {
  readonly body: BodyProxy;
  constructor(
    private readonly context: ContextDouble,
    private readonly cell: () => CellDouble
  ) {
    this.body = new BodyProxy(context, cell);
    return context.guard(this, "CellProxy");
  }
  private set(
    key: "columnWidth" | "horizontalAlignment" | "verticalAlignment",
    v: string | number
  ) {
    this.context.enqueue(
      () => ((this.cell() as unknown as Record<string, unknown>)[key] = v),
      true
    );
  }
  get columnWidth(): number {
    throw notLoaded("columnWidth");
  }
  set columnWidth(v: number) {
    this.set("columnWidth", v);
  }
  get horizontalAlignment(): string {
    throw notLoaded("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.set("horizontalAlignment", v);
  }
  get verticalAlignment(): string {
    throw notLoaded("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.set("verticalAlignment", v);
  }
}

class TableProxy extends Proxy<TableDouble> implements WTable {
  readonly font: FontProxy;

  constructor(context: ContextDouble, resolve: () => TableDouble) {
    super(context, resolve);
    this.font = fontOfParagraphs(context, () => paragraphsOf(this.node()));
  }
  protected override scalars() {
    return ["headerRowCount"];
  }
  protected snapshot(name: string): unknown {
    return name === "headerRowCount" ? this.node().headerRowCount : this.unknown(name);
  }
  get headerRowCount(): number {
    return this.read("headerRowCount");
  }
  set headerRowCount(v: number) {
    this.change((t) => (t.headerRowCount = v));
  }
  getCell(row: number, column: number): CellProxy {
    return new CellProxy(this.context, () => {
      const cell = this.node().rows[row]?.[column];
      if (!cell) throw new OfficeErrorDouble("ItemNotFound", `No cell (${row}, ${column}).`);
      return cell;
    });
  }
  getBorder(location: "All" | "Outside" | "Inside"): BorderProxy {
    return new BorderProxy(this.context, () => this.node(), location);
  }
  insertParagraph(text: string, where: "Before" | "After"): ParagraphProxy {
    const made = new Ref<ParagraphDouble>();
    this.change((t) => insertBeside(t, made.set(newParagraph(text)), where));
    return new ParagraphProxy(this.context, made.get);
  }
  insertTable(
    rows: number,
    columns: number,
    where: "Before" | "After",
    values?: string[][]
  ): TableProxy {
    const made = new Ref<TableDouble>();
    this.change((t) => insertBeside(t, made.set(newTable(rows, columns, values)), where));
    return new TableProxy(this.context, made.get);
  }
  insertContentControl(): ControlProxy {
    const made = new Ref<ControlDouble>();
    this.change((t) => made.set(wrap([t])));
    return new ControlProxy(this.context, made.get);
  }
  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => ({ kind: "blocks", nodes: [this.node()] }));
  }
}
