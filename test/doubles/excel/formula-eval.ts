/**
 * A small evaluator for the formulas the double computes like Excel would: numbers, "text",
 * A1 references on the same sheet, + - * / & and comparisons, IF, OR, AND, ROUND. Excel's own
 * results (#DIV/0!, #VALUE!) come out as {error}; anything beyond this subset throws Unsupported,
 * and the double then keeps the value the workbook cached.
 */
import { roundHalfUp } from "../../../src/core/numbers";

export type Scalar = number | string | boolean | { error: string };
/** A cell as formulas see it: null when empty. */
export type CellRead = (row: number, col: number) => Scalar | null;

export class Unsupported extends Error {}

class ExcelError {
  constructor(readonly code: string) {}
}

type Value = number | string | boolean | null;

const TOKEN =
  /\s*(?:(\d+(?:\.\d+)?(?:E[+-]?\d+)?)|("(?:[^"]|"")*")|(\$?[A-Z]{1,3}\$?\d+)|([A-Z][A-Z0-9.]*)\s*\(|(TRUE|FALSE)\b|(<>|<=|>=|[-+*/&=<>(),:!]))/iy;

interface Token {
  kind: "num" | "str" | "ref" | "fn" | "bool" | "op";
  text: string;
}

function tokens(src: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) {
      if (src.slice(start).trim() === "") break;
      throw new Unsupported(`cannot read “${src.slice(start)}”`);
    }
    const kinds: Token["kind"][] = ["num", "str", "ref", "fn", "bool", "op"];
    const i = m.slice(1).findIndex((g) => g !== undefined);
    out.push({ kind: kinds[i], text: m[i + 1] });
  }
  return out;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

class Parser {
  private i = 0;
  constructor(
    private readonly t: Token[],
    private readonly read: CellRead
  ) {}

  run(): Value {
    const v = this.comparison();
    if (this.i < this.t.length) throw new Unsupported(`unexpected “${this.t[this.i].text}”`);
    return v;
  }

  private peek(): string | undefined {
    const tok = this.t[this.i];
    return tok?.kind === "op" ? tok.text : undefined;
  }

  private take(op: string): boolean {
    if (this.peek() !== op) return false;
    this.i++;
    return true;
  }

  private comparison(): Value {
    let left = this.concat();
    for (
      let op = this.peek();
      op && ["=", "<>", "<", ">", "<=", ">="].includes(op);
      op = this.peek()
    ) {
      this.i++;
      left = compare(op, left, this.concat());
    }
    return left;
  }

  private concat(): Value {
    let left = this.additive();
    while (this.take("&")) left = text(left) + text(this.additive());
    return left;
  }

  private additive(): Value {
    let left = this.term();
    for (let op = this.peek(); op === "+" || op === "-"; op = this.peek()) {
      this.i++;
      const right = num(this.term());
      left = op === "+" ? num(left) + right : num(left) - right;
    }
    return left;
  }

  private term(): Value {
    let left = this.unary();
    for (let op = this.peek(); op === "*" || op === "/"; op = this.peek()) {
      this.i++;
      const [a, b] = [num(left), num(this.unary())];
      if (op === "/" && b === 0) throw new ExcelError("#DIV/0!");
      left = op === "*" ? a * b : a / b;
    }
    return left;
  }

  private unary(): Value {
    if (this.take("-")) return -num(this.unary());
    if (this.take("+")) return num(this.unary());
    return this.primary();
  }

  private primary(): Value {
    const tok = this.t[this.i++];
    if (!tok) throw new Unsupported("formula ends too early");
    switch (tok.kind) {
      case "num":
        return Number(tok.text);
      case "str":
        return tok.text.slice(1, -1).replace(/""/g, '"');
      case "bool":
        return tok.text.toUpperCase() === "TRUE";
      case "ref":
        return this.ref(tok.text);
      case "fn":
        return this.call(tok.text.toUpperCase());
      default:
        if (tok.text === "(") {
          const v = this.comparison();
          if (!this.take(")")) throw new Unsupported("missing )");
          return v;
        }
        throw new Unsupported(`unexpected “${tok.text}”`);
    }
  }

  private ref(text: string): Value {
    if (this.peek() === ":" || this.peek() === "!")
      throw new Unsupported("ranges and other sheets");
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(text)!;
    const v = this.read(Number(m[2]) - 1, columnIndex(m[1]));
    if (v !== null && typeof v === "object") throw new ExcelError(v.error);
    return v;
  }

  private args(): Value[][] {
    const out: Value[][] = [];
    if (this.take(")")) return out;
    do out.push([this.comparison()]);
    while (this.take(","));
    if (!this.take(")")) throw new Unsupported("missing )");
    return out;
  }

  private call(name: string): Value {
    // IF evaluates only the branch it takes, as Excel does: the other may divide by zero.
    if (name === "IF") return this.ifCall();
    const args = this.args().map((a) => a[0]);
    switch (name) {
      case "OR":
        return args.some(truth);
      case "AND":
        return args.every(truth);
      case "ROUND":
        return roundHalfUp(num(args[0]), num(args[1] ?? 0));
      default:
        throw new Unsupported(`function ${name}`);
    }
  }

  private ifCall(): Value {
    const cond = truth(this.comparison());
    const branch = (taken: boolean): Value => {
      if (!this.take(",")) return taken ? false : null;
      const start = this.i;
      if (taken) return this.comparison() ?? 0;
      try {
        this.comparison();
      } catch (e) {
        if (!(e instanceof ExcelError)) throw e;
        this.skipArgument(start);
      }
      return null;
    };
    const a = branch(cond);
    const b = branch(!cond);
    if (!this.take(")")) throw new Unsupported("missing )");
    return cond ? a : (b ?? false);
  }

  /** After an error in an untaken branch, moves to the "," or ")" closing it. */
  private skipArgument(start: number): void {
    let depth = 0;
    for (this.i = start; this.i < this.t.length; this.i++) {
      const tok = this.t[this.i];
      if (tok.kind === "fn" || tok.text === "(") depth++;
      else if (tok.text === ")" && depth-- === 0) return;
      else if (tok.text === "," && depth === 0) return;
    }
  }
}

function num(v: Value): number {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = v.trim() === "" ? NaN : Number(v);
  if (Number.isNaN(n)) throw new ExcelError("#VALUE!");
  return n;
}

function text(v: Value): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function truth(v: Value): boolean {
  if (v === null) return false;
  if (typeof v === "string") throw new ExcelError("#VALUE!");
  return Boolean(v);
}

const RANK = { number: 0, string: 1, boolean: 2 } as const;

function compare(op: string, a: Value, b: Value): boolean {
  const blank = (x: Value, other: Value): Value =>
    x !== null ? x : typeof other === "string" ? "" : typeof other === "boolean" ? false : 0;
  const [x, y] = [blank(a, b), blank(b, a)] as (number | string | boolean)[];
  let c: number;
  if (typeof x !== typeof y)
    c = RANK[typeof x as keyof typeof RANK] - RANK[typeof y as keyof typeof RANK];
  else if (typeof x === "string") c = x.toLowerCase().localeCompare((y as string).toLowerCase());
  else c = Number(x) - Number(y);
  return { "=": c === 0, "<>": c !== 0, "<": c < 0, ">": c > 0, "<=": c <= 0, ">=": c >= 0 }[op]!;
}

/** The value of `formula` ("=…"); throws Unsupported when it is beyond the subset. */
export function evaluate(formula: string, read: CellRead): Scalar {
  try {
    const v = new Parser(tokens(formula.replace(/^=/, "")), read).run();
    return v === null ? 0 : v;
  } catch (e) {
    if (e instanceof ExcelError) return { error: e.code };
    throw e;
  }
}
