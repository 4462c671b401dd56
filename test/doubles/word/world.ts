/**
 * The Word test double: a document (model.ts) behind Office.js-like proxies (proxies.ts), with
 * Word.run, requirement sets, document settings and mode, and a counter of context.sync calls.
 * Tests, the bench and the pane's screenshot harness drive the real adapter (../host.ts) with it.
 */
import type { DocumentSettings, WContext, WordEnvironment } from "../../../src/word/api";
import {
  BlockDouble,
  BodyDouble,
  ControlDouble,
  FontDouble,
  ParagraphDouble,
  ParagraphFormatDouble,
  TableDouble,
  controlsOf,
  insertInside,
  newParagraph,
  newTable,
  paragraphsOf,
  parentControl,
  textOf,
} from "./model";
import { ContextDouble } from "./proxies";

/** Office.context.document.settings in memory; `saved` holds what saveAsync stored in the file. */
export class SettingsDouble implements DocumentSettings {
  private values = new Map<string, unknown>();
  saved = new Map<string, unknown>();
  failSave = false;

  get(name: string): unknown {
    return structuredCloneJson(this.values.get(name));
  }
  set(name: string, value: unknown): void {
    this.values.set(name, structuredCloneJson(value));
  }
  saveAsync(callback?: (r: { status: unknown; error?: { message: string } | null }) => void): void {
    setTimeout(() => {
      if (this.failSave) return callback?.({ status: "failed", error: { message: "Save failed" } });
      this.saved = new Map(this.values);
      callback?.({ status: "succeeded", error: null });
    }, 0);
  }
}

/** Settings hold JSON: what goes in comes out as a copy, as from a real document. */
function structuredCloneJson(v: unknown): unknown {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}

export interface WordDoubleOptions {
  /** Highest WordApi 1.x supported: 3 for Word 2021 volume-licensed, 5+ for Microsoft 365. */
  wordApiMinor?: number;
  /** Every change is refused with AccessDenied (a protected document). */
  protected?: boolean;
  /** Office.context.document.mode is read-only. */
  readOnly?: boolean;
  /** No document open (Office.context.document missing). */
  noDocument?: boolean;
}

export class WordDouble {
  body = new BodyDouble();
  /** context.sync calls so far, over every Word.run. */
  syncs = 0;
  /** The paragraph holding the cursor (document start when unset). */
  cursor?: ParagraphDouble;
  /** What Range.select() selected last: characters [start, end) of a paragraph. */
  selection?: { paragraph: ParagraphDouble; start: number; end: number };
  wordApiMinor: number;
  protected: boolean;
  readOnly: boolean;
  hasDocument: boolean;
  readonly settings = new SettingsDouble();

  constructor(options: WordDoubleOptions = {}) {
    this.wordApiMinor = options.wordApiMinor ?? 5;
    this.protected = options.protected ?? false;
    this.readOnly = options.readOnly ?? false;
    this.hasDocument = !options.noDocument;
  }

  /** Word.run: a new request context; queued commands left at the end are synced, as Office.js does. */
  async run<T>(batch: (context: WContext) => Promise<T>): Promise<T> {
    const context = new ContextDouble(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  environment(): WordEnvironment {
    return {
      run: (batch) => this.run(batch),
      isSetSupported: (name, version) => {
        const [major, minor = "0"] = version.split(".");
        return name === "WordApi" && major === "1" && Number(minor) <= this.wordApiMinor;
      },
      hasDocument: () => this.hasDocument,
      isReadOnly: () => this.readOnly,
      settings: () => (this.hasDocument ? this.settings : undefined),
    };
  }

  // Builders for a document the clerk has typed.

  /** Appends a paragraph; `style` "Heading 1" … or "Normal". */
  addParagraph(
    text: string,
    options: {
      style?: string;
      bold?: boolean;
      font?: Partial<FontDouble>;
      format?: Partial<ParagraphFormatDouble>;
    } = {}
  ): ParagraphDouble {
    const p = newParagraph(text);
    const heading = /^Heading (\d)$/.exec(options.style ?? "");
    if (heading)
      [p.style, p.styleBuiltIn, p.outlineLevel] = [
        options.style!,
        `Heading${heading[1]}`,
        Number(heading[1]),
      ];
    Object.assign(p.format, options.format);
    for (const r of [...p.runs, { font: p.font }])
      Object.assign(r.font, options.font, options.bold ? { bold: true } : {});
    insertInside(this.body, p, "End");
    return p;
  }

  addTable(values: string[][]): TableDouble {
    const t = newTable(values.length, values[0].length, values);
    insertInside(this.body, t, "End");
    return t;
  }

  /** Range.select(): the selection, and the cursor in its paragraph. */
  select(paragraph: ParagraphDouble, start: number, end: number): void {
    this.selection = { paragraph, start, end };
    this.cursor = paragraph;
  }

  /** The text selected by Range.select(), or undefined when nothing was. */
  get selectedText(): string | undefined {
    const s = this.selection;
    return s && s.paragraph.text.slice(s.start, s.end);
  }

  get paragraphs(): ParagraphDouble[] {
    return paragraphsOf(this.body);
  }

  get controls(): ControlDouble[] {
    return controlsOf(this.body);
  }

  /** The controls with this tag. */
  controlsTagged(tag: string): ControlDouble[] {
    return this.controls.filter((c) => c.tag === tag);
  }
}

/** A paragraph as plain data, for comparing documents before and after an operation. */
export function paragraphView(p: ParagraphDouble) {
  return {
    text: p.text,
    style: p.style,
    format: { ...p.format },
    runs: p.runs.map((r) => ({
      text: r.text,
      font: { ...r.font },
      footnote: r.footnote ? textOf(r.footnote) : undefined,
    })),
    ooxml: p.ooxml,
    control: parentControl(p)?.tag,
  };
}

/** The whole body as plain data: blocks, controls with their tags, tables with cell texts. */
export function bodyView(node: BodyDouble | ControlDouble | BlockDouble): unknown {
  if (node.kind === "paragraph") return { paragraph: paragraphView(node) };
  if (node.kind === "table") return { table: node.rows.map((r) => r.map((c) => textOf(c))) };
  const children = node.children.map((b) => bodyView(b));
  return node.kind === "control" ? { control: node.tag, children } : children;
}

export { ContextDouble };
