/** Test helper: reads a .docx back (JSZip + fast-xml-parser) into paragraphs, runs and their properties. */
import { XMLParser } from "fast-xml-parser";
import JSZip from "jszip";

type Node = Record<string, unknown> & { ":@"?: Record<string, string> };

export interface RunInfo {
  text: string;
  font?: string;
  sizeHalfPt?: number;
  bold: boolean;
  italic: boolean;
}

export interface ParagraphInfo {
  text: string;
  runs: RunInfo[];
  style?: string;
  jc?: string;
  firstLine?: number;
  after?: number;
  line?: number;
  lineRule?: string;
  inTable: boolean;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
});

function tag(n: Node): string {
  return Object.keys(n).find((k) => k !== ":@")!;
}

function children(n: Node): Node[] {
  return (n[tag(n)] as Node[]) ?? [];
}

function find(nodes: Node[], name: string): Node | undefined {
  return nodes.find((n) => tag(n) === name);
}

function textOf(nodes: Node[]): string {
  return nodes.map((n) => (tag(n) === "#text" ? String(n["#text"]) : textOf(children(n)))).join("");
}

function runInfo(r: Node): RunInfo {
  const rPr = children(find(children(r), "w:rPr") ?? ({ "w:rPr": [] } as Node));
  const fonts = find(rPr, "w:rFonts")?.[":@"];
  const sz = find(rPr, "w:sz")?.[":@"]?.["w:val"];
  const on = (name: string) => {
    const n = find(rPr, name);
    return n !== undefined && n[":@"]?.["w:val"] !== "false" && n[":@"]?.["w:val"] !== "0";
  };
  const t = children(r)
    .filter((c) => tag(c) === "w:t")
    .map((c) => textOf(children(c)))
    .join("");
  return {
    text: t,
    font: fonts?.["w:ascii"],
    sizeHalfPt: sz ? Number(sz) : undefined,
    bold: on("w:b"),
    italic: on("w:i"),
  };
}

function paragraphInfo(p: Node, inTable: boolean): ParagraphInfo {
  const pPr = children(find(children(p), "w:pPr") ?? ({ "w:pPr": [] } as Node));
  const ind = find(pPr, "w:ind")?.[":@"];
  const sp = find(pPr, "w:spacing")?.[":@"];
  const runs = children(p)
    .filter((c) => tag(c) === "w:r")
    .map(runInfo);
  const num = (v?: string) => (v === undefined ? undefined : Number(v));
  return {
    text: runs.map((r) => r.text).join(""),
    runs,
    style: find(pPr, "w:pStyle")?.[":@"]?.["w:val"],
    jc: find(pPr, "w:jc")?.[":@"]?.["w:val"],
    firstLine: num(ind?.["w:firstLine"]),
    after: num(sp?.["w:after"]),
    line: num(sp?.["w:line"]),
    lineRule: sp?.["w:lineRule"],
    inTable,
  };
}

function collect(nodes: Node[], inTable: boolean, out: ParagraphInfo[]): void {
  for (const n of nodes) {
    const t = tag(n);
    if (t === "w:p") out.push(paragraphInfo(n, inTable));
    else if (t !== "#text") collect(children(n), inTable || t === "w:tbl", out);
  }
}

export interface DocxContents {
  files: Record<string, string>;
  paragraphs: ParagraphInfo[];
  /** Parsed XML of a part, preserve-order form. */
  xml: (part: string) => Node[];
}

export async function readDocx(bytes: Uint8Array): Promise<DocxContents> {
  const zip = await JSZip.loadAsync(bytes);
  const files: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (name.endsWith(".xml") || name.endsWith(".rels"))
      files[name] = await zip.files[name].async("string");
  const xml = (part: string) => parser.parse(files[part]) as Node[];
  const paragraphs: ParagraphInfo[] = [];
  collect(xml("word/document.xml"), false, paragraphs);
  return { files, paragraphs, xml };
}

/** All elements named `name` anywhere below `nodes`, with their attributes. */
export function elements(nodes: Node[], name: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  const walk = (ns: Node[]) => {
    for (const n of ns) {
      const t = tag(n);
      if (t === name) out.push(n[":@"] ?? {});
      if (t !== "#text") walk(children(n));
    }
  };
  walk(nodes);
  return out;
}

/** The text of every paragraph of a part (a header, the footnotes). */
export function partText(nodes: Node[]): string[] {
  const out: ParagraphInfo[] = [];
  collect(nodes, false, out);
  return out.map((p) => p.text);
}
