/**
 * Proxy objects of the double with Office.js semantics: `load` queues a read, `context.sync()`
 * runs the queue in order, and a property read before a sync that loaded it throws
 * PropertyNotLoaded; setters queue writes. A member beyond the double's ExcelApi version (its
 * set from the typings, ../api-sets.ts) rejects the sync with ApiNotFound, as an older Excel
 * does. Errors reject context.sync like OfficeExtension.Error. Limits Excel enforces: a response
 * over 5 MB (Excel on the web), more than 512 merged areas in one call, activating a hidden sheet.
 */
import { CellRange } from "../../../src/core/grid";
import { apiNotFoundMessage, missingSet, withApiSets } from "../api-sets";
import { CellDouble, ExcelDouble, OfficeErrorDouble, SheetDouble, ValueDouble, Visibility } from "./model";

type Op = () => void;

/** Excel on the web refuses a response larger than 5 MB (ResponsePayloadSizeLimitExceeded). */
export const RESPONSE_LIMIT_BYTES = 5 * 1024 * 1024;
/** getMergedAreasOrNullObject fails when the range holds more than 512 merged areas. */
export const MERGED_AREAS_LIMIT = 512;

export class ContextDouble {
  private queue: Op[] = [];
  /** Syncs done by this context; proxies created before the last one know whether they are null. */
  syncCount = 0;
  onSync: () => void = () => undefined;
  readonly workbook: { worksheets: WorksheetCollection };
  readonly application: Application;
  /** Bytes of the values loaded in the sync under way (JSON, as Office sends them). */
  responseBytes = 0;

  constructor(readonly excel: ExcelDouble) {
    this.workbook = this.guard({ worksheets: new WorksheetCollection(this) }, "Workbook");
    this.application = this.guard(new Application(this), "Application");
  }

  /** `target` as Excel.<officeClass>: members newer than this Excel reject the next sync. */
  guard<T extends object>(target: T, officeClass: string): T {
    return withApiSets(
      target,
      `Excel.${officeClass}`,
      () => ({ ExcelApi: this.excel.apiVersion }),
      (member, set) => this.refuse(member, set)
    );
  }

  /** Queues the ApiNotFound error Excel gives for a member it does not have. */
  refuse(member: string, set: string): void {
    const [cls, name] = [member.slice(0, member.lastIndexOf(".")), member.slice(member.lastIndexOf(".") + 1)];
    this.enqueue(() => {
      throw new OfficeErrorDouble("ApiNotFound", apiNotFoundMessage(cls, name, set));
    });
  }

  /** A load of `name` on Excel.<officeClass>: refused like the member itself when newer than this Excel. */
  checkLoad(officeClass: string, name: string): void {
    const set = missingSet({ ExcelApi: this.excel.apiVersion }, `Excel.${officeClass}`, name);
    if (set) this.refuse(`Excel.${officeClass}.${name}`, set);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  async sync(): Promise<void> {
    this.onSync();
    const ops = this.queue;
    this.queue = [];
    this.syncCount++;
    this.responseBytes = 0;
    try {
      for (const op of ops) op();
      if (this.responseBytes > RESPONSE_LIMIT_BYTES)
        throw new OfficeErrorDouble(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit. Please refer to the documentation: \"https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization\"."
        );
    } finally {
      // Suspensions last until the end of this sync; suspended formulas stay uncomputed.
      this.excel.calculationSuspendedNow = false;
    }
  }
}

function notLoaded(name: string): OfficeErrorDouble {
  return new OfficeErrorDouble(
    "PropertyNotLoaded",
    `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function propertyNames(props?: string | string[] | { select?: string }): string[] {
  const list =
    typeof props === "string"
      ? props
      : Array.isArray(props)
        ? props.join(",")
        : (props?.select ?? "");
  return list
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

abstract class ClientObject {
  protected readonly loaded = new Map<string, unknown>();
  /** The sync count when this proxy was made: isNullObject is known after a later sync. */
  private readonly born: number;

  constructor(protected readonly ctx: ContextDouble) {
    this.born = ctx.syncCount;
    // Subclasses are named after their Excel class (Range, Worksheet, …).
    return ctx.guard(this, new.target.name);
  }

  load(props?: string | string[] | { select?: string }): this {
    const names = propertyNames(props);
    for (const n of names) this.ctx.checkLoad(this.constructor.name, n);
    this.ctx.enqueue(() => {
      for (const n of names) {
        const value = this.snapshot(n);
        this.ctx.responseBytes += JSON.stringify(value ?? null).length;
        this.loaded.set(n, value);
      }
    });
    return this;
  }

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.ctx.syncCount <= this.born) throw notLoaded("isNullObject");
    return this.isNull();
  }

  protected isNull(): boolean {
    return false;
  }

  protected abstract snapshot(name: string): unknown;
}

class WorksheetCollection extends ClientObject {
  private list?: Worksheet[];

  protected snapshot(name: string): unknown {
    if (!name.startsWith("items"))
      throw new OfficeErrorDouble("InvalidArgument", `cannot load ${name}`);
    const props = name.slice("items/".length);
    this.list = this.ctx.excel.sheets.map((s) => {
      const ws = new Worksheet(this.ctx, s.name);
      if (props) ws.preload(props);
      return ws;
    });
    return true;
  }

  override load(props?: string | string[] | { select?: string }): this {
    const names = propertyNames(props);
    const items = names.filter((n) => n.startsWith("items"));
    const props2 = items.map((n) => n.replace(/^items\/?/, "")).filter((n) => n !== "");
    this.ctx.enqueue(() => {
      this.snapshot(props2.length ? `items/${props2.join(",")}` : "items");
      this.loaded.set("items", true);
    });
    return this;
  }

  get items(): Worksheet[] {
    this.read("items");
    return this.list!;
  }

  getItem(name: string): Worksheet {
    const ws = new Worksheet(this.ctx, name);
    this.ctx.enqueue(() => ws.sheet());
    return ws;
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.ctx, name, true);
  }

  add(name: string): Worksheet {
    this.ctx.enqueue(() => {
      if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new OfficeErrorDouble("InvalidArgument", `bad sheet name ${name}`);
      if (this.ctx.excel.find(name))
        throw new OfficeErrorDouble("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      this.ctx.excel.addSheet(name);
    });
    return new Worksheet(this.ctx, name);
  }
}

export class Worksheet extends ClientObject {
  readonly protection: { load: (p: string) => void; readonly protected: boolean };
  readonly freezePanes: { freezeRows: (count?: number) => void };

  constructor(
    ctx: ContextDouble,
    private readonly sheetName: string,
    private readonly nullable = false
  ) {
    super(ctx);
    const loaded = new Map<string, unknown>();
    this.protection = ctx.guard({
      load: (p: string) =>
        ctx.enqueue(() => {
          for (const n of propertyNames(p))
            loaded.set(n, n === "protected" ? this.sheet().protected : undefined);
        }),
      get protected(): boolean {
        if (!loaded.has("protected")) throw notLoaded("protected");
        return loaded.get("protected") as boolean;
      },
    }, "WorksheetProtection");
    this.freezePanes = ctx.guard({
      freezeRows: (count = 1) => {
        ctx.enqueue(() => (this.sheet().frozenRows = count));
      },
    }, "WorksheetFreezePanes");
  }

  /** The sheet at the time of the operation; ItemNotFound when it is gone. */
  sheet(): SheetDouble {
    const s = this.ctx.excel.find(this.sheetName);
    if (!s)
      throw new OfficeErrorDouble(
        "ItemNotFound",
        `The requested resource doesn't exist (${this.sheetName}).`
      );
    return s;
  }

  protected override isNull(): boolean {
    return this.nullable && !this.ctx.excel.find(this.sheetName);
  }

  preload(props: string): void {
    for (const n of propertyNames(props)) this.loaded.set(n, this.snapshot(n));
  }

  protected snapshot(name: string): unknown {
    if (name === "name") return this.sheet().name;
    if (name === "visibility") return this.sheet().visibility;
    throw new OfficeErrorDouble("InvalidArgument", `cannot load Worksheet.${name}`);
  }

  get name(): string {
    return this.read("name");
  }

  get visibility(): Visibility {
    return this.read("visibility");
  }

  set visibility(v: Visibility) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      const othersVisible = this.ctx.excel.sheets.some(
        (s) => s !== sheet && s.visibility === "Visible"
      );
      if (v !== "Visible" && !othersVisible)
        throw new OfficeErrorDouble("InvalidOperation", "A workbook must keep one visible sheet.");
      sheet.visibility = v;
    });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    void valuesOnly;
    return new Range(
      this.ctx,
      this,
      () => this.sheet().usedRange() ?? { top: 0, left: 0, bottom: 0, right: 0 }
    );
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    void valuesOnly;
    return new Range(this.ctx, this, () => this.sheet().usedRange());
  }

  /** The whole sheet, or an A1 range ("A1:C4"). */
  getRange(address?: string): Range {
    return new Range(this.ctx, this, () => (address ? parseRange(address) : WHOLE_SHEET));
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): Range {
    return new Range(this.ctx, this, () => ({
      top: row,
      left: col,
      bottom: row + rows - 1,
      right: col + cols - 1,
    }));
  }

  activate(): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== "Visible")
        throw new OfficeErrorDouble("InvalidOperation", "This operation is not allowed on a hidden worksheet.");
      this.ctx.excel.activeSheet = sheet.name;
    });
  }
}

const WHOLE_SHEET: CellRange = { top: 0, left: 0, bottom: 1048575, right: 16383 };

function parseRange(address: string): CellRange {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(address);
  if (!m) throw new OfficeErrorDouble("InvalidArgument", `bad address ${address}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const top = Number(m[2]) - 1;
  return {
    top,
    left: col(m[1]),
    bottom: m[4] ? Number(m[4]) - 1 : top,
    right: m[3] ? col(m[3]) : col(m[1]),
  };
}

type Grid = unknown[][];

/** A cell as Office.js shows it: value, valueType, formula. */
function shown(sheet: SheetDouble, r: number, c: number): [unknown, string, unknown] {
  const cell = sheet.cell(r, c);
  const merge = sheet.mergeAt(r, c);
  if (!cell || sheet.isEmpty(cell) || (merge && (merge.top !== r || merge.left !== c)))
    return ["", "Empty", ""];
  const v = cell.value ?? "";
  const formula = cell.formula;
  if (typeof v === "object") return [v.error, "Error", formula ?? v.error];
  if (typeof v === "number") return [v, "Double", formula ?? v];
  if (typeof v === "boolean") return [v, "Boolean", formula ?? v];
  return [v, v === "" ? "Empty" : "String", formula ?? v];
}

export class Range extends ClientObject {
  private bounds?: CellRange | null;

  constructor(
    ctx: ContextDouble,
    private readonly worksheet: Worksheet,
    private readonly locate: () => CellRange | undefined
  ) {
    super(ctx);
  }

  /** The cells, fixed the first time an operation needs them (as Excel resolves a range once). */
  private box(): CellRange {
    if (this.bounds === undefined) this.bounds = this.locate() ?? null;
    if (this.bounds === null)
      throw new OfficeErrorDouble("InvalidOperation", "The range is a null object.");
    return this.bounds;
  }

  protected override isNull(): boolean {
    return this.locate() === undefined;
  }

  private grid<T>(f: (r: number, c: number) => T): T[][] {
    const b = this.box();
    return Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
      Array.from({ length: b.right - b.left + 1 }, (_, j) => f(b.top + i, b.left + j))
    );
  }

  protected snapshot(name: string): unknown {
    const sheet = this.worksheet.sheet();
    const b = this.box();
    switch (name) {
      case "values":
        return this.grid((r, c) => shown(sheet, r, c)[0]);
      case "valueTypes":
        return this.grid((r, c) => shown(sheet, r, c)[1]);
      case "formulas":
        return this.grid((r, c) => shown(sheet, r, c)[2]);
      case "numberFormat":
        return this.grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "rowIndex":
        return b.top;
      case "columnIndex":
        return b.left;
      case "rowCount":
        return b.bottom - b.top + 1;
      case "columnCount":
        return b.right - b.left + 1;
      case "address":
        return sheet.address(b);
      case "rowHidden": {
        const hidden = Array.from({ length: b.bottom - b.top + 1 }, (_, i) =>
          sheet.hiddenRows.has(b.top + i)
        );
        return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
      }
      default:
        throw new OfficeErrorDouble("InvalidArgument", `cannot load Range.${name}`);
    }
  }

  get values(): Grid {
    return this.read("values");
  }
  set values(v: Grid) {
    this.ctx.enqueue(() => this.write(v, (cell, x) => this.input(cell, x)));
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get formulas(): Grid {
    return this.read("formulas");
  }
  set formulas(v: Grid) {
    this.ctx.enqueue(() => this.write(v, (cell, x) => this.input(cell, x)));
  }
  get numberFormat(): Grid {
    return this.read("numberFormat");
  }
  set numberFormat(v: Grid) {
    this.ctx.enqueue(() => this.write(v, (cell, x) => (cell.numberFormat = String(x))));
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }

  /** Applies a 2-D input: null leaves a cell as it is; the shape must match the range. */
  private write(
    input: Grid,
    set: (cell: CellDouble, x: unknown, r: number, c: number) => void
  ): void {
    const sheet = this.worksheet.sheet();
    const b = this.box();
    const rows = b.bottom - b.top + 1;
    const cols = b.right - b.left + 1;
    if (
      !Array.isArray(input) ||
      input.length !== rows ||
      input.some((row) => !Array.isArray(row) || row.length !== cols)
    )
      throw new OfficeErrorDouble(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size or dimensions of the range."
      );
    const touched: [number, number, unknown][] = [];
    input.forEach((row, i) =>
      row.forEach((x, j) => {
        if (x !== null && x !== undefined) touched.push([b.top + i, b.left + j, x]);
      })
    );
    if (touched.length > 0 && sheet.protected)
      throw new OfficeErrorDouble("AccessDenied", "You cannot perform the requested operation.");
    for (const [r, c] of touched) {
      const m = sheet.mergeAt(r, c);
      if (m && (m.top !== r || m.left !== c))
        throw new OfficeErrorDouble("InvalidOperation", "Cannot change part of a merged cell.");
    }
    for (const [r, c, x] of touched) {
      const key = `${r},${c}`;
      const cell = sheet.cells.get(key) ?? {};
      sheet.cells.set(key, cell);
      set(cell, x, r, c);
      if (cell.formula) this.compute(sheet, r, c, cell);
    }
  }

  /** A value or formula typed in: "=…" is a formula, number-like text becomes a number unless the cell is "@". */
  private input(cell: CellDouble, x: unknown): void {
    delete cell.formula;
    delete cell.cached;
    if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
      cell.formula = x;
      delete cell.value;
    } else if (typeof x === "string") {
      cell.value = x === "" ? undefined : this.parse(x, cell.numberFormat);
    } else cell.value = x as ValueDouble;
  }

  private parse(x: string, format?: string): ValueDouble {
    if (format === "@") return x;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?$/i.test(x.trim())) return Number(x);
    if (/^(TRUE|FALSE)$/i.test(x.trim())) return x.trim().toUpperCase() === "TRUE";
    return x;
  }

  private compute(sheet: SheetDouble, r: number, c: number, cell: CellDouble): void {
    if (this.ctx.excel.calculationSuspendedNow) cell.dirty = true;
    else this.ctx.excel.compute(sheet, r, c, cell);
  }

  getRow(i: number): Range {
    return new Range(this.ctx, this.worksheet, () => {
      const b = this.box();
      return { top: b.top + i, left: b.left, bottom: b.top + i, right: b.right };
    });
  }

  getMergedAreasOrNullObject(): RangeAreas {
    const areas = new RangeAreas(this.ctx, () => {
      const b = this.box();
      const sheet = this.worksheet.sheet();
      // Only the areas whose top-left cell is in the range (OfficeDev/office-js#3611).
      const inside = sheet.merges.filter(
        (m) => m.top >= b.top && m.top <= b.bottom && m.left >= b.left && m.left <= b.right
      );
      if (inside.length > MERGED_AREAS_LIMIT)
        throw new OfficeErrorDouble(
          "GeneralException",
          `There are more than ${MERGED_AREAS_LIMIT} merged areas in the range.`
        );
      return inside.length ? inside.map((m) => sheet.address(m)).join(", ") : undefined;
    });
    // The call itself fails when the range holds too many areas, loaded or not.
    this.ctx.enqueue(() => void areas.isNullObjectNow());
    return areas;
  }

  select(): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.sheet();
      if (this.ctx.excel.activeSheet !== sheet.name)
        throw new OfficeErrorDouble("InvalidOperation", "The range is not on the active sheet.");
      this.ctx.excel.selection = {
        sheet: sheet.name,
        address: sheet.address(this.box()).split("!")[1],
      };
    });
  }

  merge(across = false): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected)
        throw new OfficeErrorDouble("AccessDenied", "You cannot perform the requested operation.");
      const b = this.box();
      const rows = across
        ? Array.from({ length: b.bottom - b.top + 1 }, (_, i) => b.top + i)
        : [b.top];
      for (const top of rows) {
        const m = { top, left: b.left, bottom: across ? top : b.bottom, right: b.right };
        for (let r = m.top; r <= m.bottom; r++)
          for (let c = m.left; c <= m.right; c++)
            if (r !== m.top || c !== m.left) sheet.cells.delete(`${r},${c}`);
        sheet.merges.push(m);
      }
    });
  }

  clear(applyTo: string = "All"): void {
    this.ctx.enqueue(() => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected)
        throw new OfficeErrorDouble("AccessDenied", "You cannot perform the requested operation.");
      const b = this.box();
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(",").map(Number);
        if (r < b.top || r > b.bottom || c < b.left || c > b.right) continue;
        if (applyTo === "Contents") {
          delete cell.value;
          delete cell.formula;
        } else sheet.cells.delete(key);
      }
    });
  }

  /** range.format and its parts (font, fill, borders.getItem(…)): each property set is recorded. */
  get format(): Record<string, unknown> {
    return recorder(this.ctx, (property, value) => {
      const sheet = this.worksheet.sheet();
      if (sheet.protected)
        throw new OfficeErrorDouble("AccessDenied", "You cannot perform the requested operation.");
      const range = this.box();
      sheet.formats.push({ range, property, value });
      if (property === "columnWidth")
        for (let c = range.left; c <= range.right; c++) sheet.columnWidths.set(c, Number(value));
    });
  }
}

/** The Excel class of a part of range.format reached by `name` from `officeClass`. */
const FORMAT_PARTS: Record<string, string> = {
  font: "RangeFont",
  fill: "RangeFill",
  borders: "RangeBorderCollection",
  protection: "FormatProtection",
};

function recorder(
  ctx: ContextDouble,
  record: (property: string, value: unknown) => void,
  path = "",
  officeClass = "RangeFormat"
): Record<string, unknown> {
  const join = (p: string) => (path ? `${path}.${p}` : p);
  const target = new Proxy({} as Record<string, unknown>, {
    get: (_, prop) =>
      prop === "getItem"
        ? (name: string) => recorder(ctx, record, join(name), "RangeBorder")
        : recorder(ctx, record, join(String(prop)), FORMAT_PARTS[String(prop)] ?? "Unknown"),
    set: (_, prop, value) => {
      ctx.enqueue(() => record(join(String(prop)), value));
      return true;
    },
  });
  return ctx.guard(target, officeClass);
}

class RangeAreas extends ClientObject {
  constructor(
    ctx: ContextDouble,
    private readonly areas: () => string | undefined
  ) {
    super(ctx);
  }

  protected override isNull(): boolean {
    return this.areas() === undefined;
  }

  /** For the double's own checks during a sync. */
  isNullObjectNow(): boolean {
    return this.isNull();
  }

  protected snapshot(name: string): unknown {
    if (name !== "address")
      throw new OfficeErrorDouble("InvalidArgument", `cannot load RangeAreas.${name}`);
    return this.areas() ?? "";
  }

  get address(): string {
    return this.read("address");
  }
}

export class Application {
  constructor(private readonly ctx: ContextDouble) {}

  suspendApiCalculationUntilNextSync(): void {
    this.ctx.excel.calculationSuspensions++;
    this.ctx.enqueue(() => (this.ctx.excel.calculationSuspendedNow = true));
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.excel.screenUpdatingSuspensions++;
  }

  calculate(calculationType: string): void {
    this.ctx.enqueue(() => {
      if (!["Recalculate", "Full", "FullRebuild"].includes(calculationType))
        throw new OfficeErrorDouble("InvalidArgument", `bad calculation type ${calculationType}`);
      this.ctx.excel.recalculate();
    });
  }
}
