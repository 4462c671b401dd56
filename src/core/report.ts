/**
 * From cell grids to the document model: metadata, indicator tables, sections, sentences.
 * This is the one place that composes a report; every front door (CLI, panes, web page) calls it.
 */
import { blankNd30Date, formatNd30Date } from "./dates";
import { Diagnostic, Diagnostics } from "./diagnostics";
import { warnInconsistent } from "./checking/consistency";
import { listParagraphs, proseParagraphs } from "./writing/prose";
import type { SentenceStyle } from "./writing/prose";
import { Block, DocumentHeader, Inline, ReportDocument, Signature, Table } from "./document";
import { SheetGrid } from "./grid";
import { Mapping, applyMapping, findMappingSheet, readMapping } from "./mapping";
import { Metadata, findMetadataSheet, readMetadata } from "./metadata";
import { reportedRatios } from "./metrics";
import { numberSections } from "./numbering";
import { formatPercentNumber } from "./numbers";
import { DEFAULT_OUTLINE_ID, OUTLINES, Outline, OutlineSection, findOutline } from "./outlines";
import { SectionContent, SectionPart, SectionPlan, fillTitle, placeIndicators } from "./sections";
import { DEFAULT_SENTENCE_OPTIONS, SentenceOptions, tableFigure } from "./sentences";
import { Indicator, IndicatorTable, findTables } from "./tables";
import { upper, withoutFinalStop } from "./text";

export interface BuildOptions {
  /** Outline id; wins over the workbook's Loại báo cáo. */
  kind?: string;
  /** The clerk's mapping (mapping.ts); wins over the workbook's mapping sheet. */
  mapping?: Mapping;
  /** Include hidden sheets and rows; by default they are left out, with one warning each. */
  includeHidden?: boolean;
  /** "list" (liệt kê): one bullet per indicator; "prose" (văn xuôi): paragraphs (writing/prose.ts). */
  style?: SentenceStyle;
}

export interface BuildResult {
  /** Undefined when an error stops the report (see diagnostics). */
  document?: ReportDocument;
  metadata: Metadata;
  tables: IndicatorTable[];
  outline?: Outline;
  /** Sections and what each holds, when the report was built. */
  plan?: SectionPlan;
  sentenceOptions?: SentenceOptions;
  diagnostics: Diagnostic[];
}

/** The sheets of a workbook by what they hold: Thông tin chung, the mapping sheet, and the data sheets. */
export function splitSheets<T extends SheetGrid>(
  sheets: T[]
): { meta?: T; mapping?: T; data: T[] } {
  const mapping = findMappingSheet(sheets) as T | undefined;
  const meta = findMetadataSheet(sheets.filter((s) => s !== mapping)) as T | undefined;
  return { meta, mapping, data: sheets.filter((s) => s !== mapping && s !== meta) };
}

/** Placeholders shown in the document where the workbook lacks an item: visible, never "undefined". */
export const MISSING = {
  issuer: "[TÊN CƠ QUAN BAN HÀNH]",
  place: "[Địa danh]",
  summary: "[Trích yếu nội dung báo cáo]",
  position: "[CHỨC VỤ NGƯỜI KÝ]",
  signerName: "[Họ và tên người ký]",
  sectionText: "[Nội dung do cán bộ soạn thảo bổ sung.]",
  narrative: "[Nhận xét, đánh giá kết quả do cán bộ soạn thảo bổ sung.]",
} as const;

/**
 * Builds the report of a workbook. Never throws for bad input: problems are diagnostics
 * (Vietnamese, naming sheet!cell); an error (no table, unknown outline) leaves `document` undefined.
 */
export function buildReport(sheets: SheetGrid[], options: BuildOptions = {}): BuildResult {
  const diags = new Diagnostics();
  const { meta: metaSheet, mapping: mappingSheet, data } = splitSheets(sheets);
  const metadata = readMetadata(metaSheet, diags);
  const mapping = options.mapping ?? (mappingSheet && readMapping(mappingSheet, diags));
  if (!metaSheet)
    diags.warnNewDocument(
      "Không có trang “Thông tin chung”; phần đầu và phần ký của báo cáo để trống cho cán bộ điền."
    );
  for (const s of sheets)
    if (s.legacyEncoding)
      diags.warn(
        `Trang “${s.name}” có chữ gõ bằng mã ${s.legacyEncoding} (phông ${s.legacyEncoding === "TCVN3" ? ".VnTime" : "VNI-Times"}); đã chuyển sang Unicode. Kiểm tra lại tên chỉ tiêu, nhất là chữ hoa có dấu.`
      );
  const read = (s: SheetGrid) => findTables(s, diags, mapping?.columns, metadata.period);
  let tables = options.includeHidden
    ? data.flatMap(read)
    : data.flatMap((s) => withoutHidden(s, read(s), diags));
  if (tables.length === 0) {
    diags.error(
      "Không tìm thấy biểu chỉ tiêu nào. Biểu cần một dòng tiêu đề có cột “Chỉ tiêu” (hoặc “Nội dung”) và ít nhất một cột số liệu (“Thực hiện”, “Kế hoạch”, “Cùng kỳ” hoặc “Tổng số”)."
    );
  }
  const kind = options.kind ?? metadata.reportKind ?? mapping?.outline ?? DEFAULT_OUTLINE_ID;
  const outline = findOutline(kind);
  if (!outline)
    diags.error(
      `Không có đề cương “${kind}”. Các đề cương có sẵn: ${OUTLINES.map((o) => o.id).join(", ")}.`
    );
  if (diags.hasErrors || !outline) return { metadata, tables, outline, diagnostics: diags.items };

  const year = reportYear(metadata);
  const mapped = mapping ? applyMapping(tables, mapping, outline, diags) : undefined;
  if (mapped) tables = mapped.tables;
  const plan = placeIndicators(outline, tables, year, diags, mapped?.placement);
  warnInconsistent(
    tables.flatMap((t) => t.rows.filter((r): r is Indicator => r.kind === "indicator")),
    diags
  );
  const opts: SentenceOptions = {
    precision:
      metadata.precision !== undefined
        ? { decimals: metadata.precision }
        : DEFAULT_SENTENCE_OPTIONS.precision,
    padCounts: metadata.padCounts ?? DEFAULT_SENTENCE_OPTIONS.padCounts,
    style: options.style ?? metadata.style ?? DEFAULT_SENTENCE_OPTIONS.style,
    narrativePrompt: metadata.narrativePrompt ?? DEFAULT_SENTENCE_OPTIONS.narrativePrompt,
    periodsOf: periodsByIndicator(tables),
  };
  const summary = metadata.summary.length > 0 ? metadata.summary : [MISSING.summary];
  const words = {
    co_quan: issuerInSentence(metadata.issuer),
    co_quan_ngan: shortIssuer(metadata.issuer),
    trich_yeu: summaryInSentence(summary),
  };
  const body: Block[] = [
    ...metadata.basis.map((text) => paragraph(text)),
    paragraph(fillWords(outline.opening, words)),
    ...sectionBlocks(plan.sections, numberSections(plan.sections), plan.content, year, opts, diags),
    paragraph(fillWords(outline.closing, words)),
  ];
  const document: ReportDocument = {
    header: header(metadata, year),
    documentType: upper(metadata.documentType ?? "BÁO CÁO"),
    summary,
    addressees: metadata.addressees,
    body,
    signature: signature(metadata),
  };
  return {
    document,
    metadata,
    tables,
    outline,
    plan,
    sentenceOptions: opts,
    diagnostics: diags.items,
  };
}

/**
 * The tables of `sheet` without what the clerk hid: none for a hidden sheet, and no indicator of
 * a hidden row; one warning for the sheet, or one for its hidden rows (issue 10 § Cells).
 */
function withoutHidden(
  sheet: SheetGrid,
  tables: IndicatorTable[],
  diags: Diagnostics
): IndicatorTable[] {
  const indicators = (t: IndicatorTable) => t.rows.filter((r) => r.kind === "indicator");
  if (sheet.hidden) {
    if (tables.some((t) => indicators(t).length > 0))
      diags.warn(
        `Trang “${sheet.name}” đang ẩn nên không đưa vào báo cáo. Nếu cần, hãy bỏ ẩn trang trong Excel (hoặc dùng --include-hidden).`
      );
    return [];
  }
  const hidden = new Set(sheet.hiddenRows ?? []);
  const dropped = tables.flatMap((t) => indicators(t).filter((r) => hidden.has(r.row)));
  if (dropped.length === 0) return tables;
  const rows = dropped.map((r) => r.row + 1);
  diags.warn(
    `Trang “${sheet.name}” có ${rows.length} dòng chỉ tiêu đang ẩn (dòng ${rows.slice(0, 10).join(", ")}${rows.length > 10 ? ", …" : ""}); các chỉ tiêu này không đưa vào báo cáo. Nếu cần, hãy bỏ ẩn dòng trong Excel (hoặc dùng --include-hidden).`,
    dropped[0].cells.name
  );
  return tables.map((t) => ({
    ...t,
    rows: t.rows.filter((r) => r.kind !== "indicator" || !hidden.has(r.row)),
  }));
}

/** The report's year: from the period ("năm 2023") or else the date. */
export function reportYear(m: Metadata): number | undefined {
  const fromPeriod = m.period ? /\b(19|20)\d{2}\b/.exec(m.period)?.[0] : undefined;
  if (fromPeriod) return Number(fromPeriod);
  return m.date?.getUTCFullYear();
}

function paragraph(text: string): Block {
  return { type: "paragraph", runs: [{ text: text.normalize("NFC") }] };
}

function fillWords(template: string, words: Record<string, string>): string {
  return template.replace(/\{([a-z_]+)\}/g, (w, k: string) => words[k] ?? w);
}

/** Abbreviations that stay upper case in a sentence: "UBND xã Bình Thành". */
const ABBREVIATIONS = new Set(["UBND", "HĐND", "MTTQ", "TP.", "TP", "TX.", "TX"]);

/** "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH" → "Ủy ban nhân dân xã Bình Thành": words after the unit (xã, phường, …) keep capitals. */
export function issuerInSentence(issuer: string | undefined): string {
  if (!issuer) return "Ủy ban nhân dân";
  const original = issuer.normalize("NFC").split(/\s+/);
  const words = original.map((w) => w.toLocaleLowerCase("vi-VN"));
  const unit = words.findIndex(
    (w, i) => ["xã", "phường", "huyện", "quận", "tỉnh", "thị", "thành"].includes(w) && i > 0
  );
  const startProper =
    unit < 0
      ? words.length
      : words[unit] === "thị" || words[unit] === "thành"
        ? unit + 2
        : unit + 1;
  return words
    .map((w, i) =>
      ABBREVIATIONS.has(original[i]) ? original[i] : i === 0 || i >= startProper ? capitalise(w) : w
    )
    .join(" ");
}

/**
 * The issuer in the lines clerks break it into: "ỦY BAN NHÂN DÂN XÃ BÌNH THÀNH" →
 * ["ỦY BAN NHÂN DÂN", "XÃ BÌNH THÀNH"]; a short name stays on one line.
 */
export function issuerLines(issuer: string): string[] {
  const m =
    /^(.{6,}?)\s+((?:XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH)\s.+)$/u.exec(
      issuer
    );
  return m && issuer.length > 20 ? [m[1], m[2]] : [issuer];
}

/** "Ủy ban nhân dân xã Bình Thành" → "UBND xã Bình Thành". */
export function shortIssuer(issuer: string | undefined): string {
  return issuerInSentence(issuer).replace(/^Ủy ban nhân dân/, "UBND");
}

function capitalise(w: string): string {
  return w.charAt(0).toLocaleUpperCase("vi-VN") + w.slice(1);
}

/** Trích yếu lines joined as one clause: "kết quả …năm 2023; phương hướng, …năm 2024". */
function summaryInSentence(lines: string[]): string {
  return lines
    .map((l) => withoutFinalStop(l))
    .map((l) => l.charAt(0).toLocaleLowerCase("vi-VN") + l.slice(1))
    .join("; ");
}

function header(m: Metadata, year: number | undefined): DocumentHeader {
  // A number left blank ("/BC-UBND") keeps room for the clerical office to write it in.
  // nd30.md § Header block: numbers below 10 are padded ("05/BC-UBND").
  const given = (m.documentNumber ?? "")
    .trim()
    .replace(/^Số:\s*/i, "")
    .replace(/^(\d)\//, "0$1/");
  const number = given === "" ? "      /BC-UBND" : given.startsWith("/") ? `      ${given}` : given;
  const date = m.date ? formatNd30Date(m.date) : blankNd30Date(year);
  return {
    parentAgency: m.parentAgency ? upper(m.parentAgency) : undefined,
    issuer: issuerLines(m.issuer ? upper(m.issuer) : MISSING.issuer),
    number: `Số: ${number}`,
    placeDate: `${m.place ?? MISSING.place}, ${date}`,
  };
}

/**
 * Nơi nhận as nd30.md § Closing wants it: each "- …;", "- Như trên;" first when there is a
 * Kính gửi, and the last "- Lưu: VT…." (added when the clerk left it out).
 */
export function recipientLines(recipients: string[], hasAddressees: boolean): string[] {
  let items = recipients
    .map((r) => r.replace(/^[-+•]\s*/, "").trim())
    .map(withoutFinalStop)
    .filter((r) => r !== "");
  const asAbove = /^như trên$/i;
  if (hasAddressees) items = ["Như trên", ...items.filter((r) => !asAbove.test(r))];
  const archive = items.findIndex((r) => /^lưu\b/i.test(r));
  const last = archive >= 0 ? items.splice(archive, 1)[0] : "Lưu: VT";
  return [...items.map((r) => `- ${r};`), `- ${last}.`];
}

function signature(m: Metadata): Signature {
  return {
    recipients: recipientLines(m.recipients, m.addressees.length > 0),
    authority: m.signingAuthority ? upper(m.signingAuthority) : undefined,
    position: m.signerTitle ? upper(m.signerTitle) : MISSING.position,
    signerName: m.signerName ?? MISSING.signerName,
  };
}

function sectionBlocks(
  sections: OutlineSection[],
  numbers: Map<string, string>,
  content: Map<string, SectionContent>,
  year: number | undefined,
  opts: SentenceOptions,
  diags: Diagnostics
): Block[] {
  return sections.flatMap((s) => {
    const c = content.get(s.id);
    const blocks: Block[] = [
      {
        type: "heading",
        level: s.level,
        number: numbers.get(s.id) ?? "",
        title: fillTitle(s.title, year),
        sectionId: s.id,
      },
    ];
    if (c && c.indicators.length > 0) {
      for (const part of c.parts)
        blocks.push(
          ...(part.asTable
            ? [indicatorTable(s.id, part, opts)]
            : sentenceBlocks(s.id, part, opts, diags))
        );
      // The figures are not the whole section: a prompt for the clerk's own assessment.
      if (opts.narrativePrompt !== false)
        blocks.push({
          type: "paragraph",
          runs: [{ text: MISSING.narrative, italic: true }],
          placeholder: true,
          source: { sectionId: s.id },
        });
    } else if (s.children.length === 0)
      blocks.push({
        type: "paragraph",
        runs: [{ text: MISSING.sectionText, italic: true }],
        placeholder: true,
        source: { sectionId: s.id },
      });
    blocks.push(...sectionBlocks(s.children, numbers, content, year, opts, diags));
    return blocks;
  });
}

function sentenceBlocks(
  sectionId: string,
  c: SectionPart,
  opts: SentenceOptions,
  diags: Diagnostics
): Block[] {
  const planned =
    (c.style ?? opts.style) === "prose"
      ? proseParagraphs(c.indicators, opts, diags)
      : listParagraphs(c.indicators, opts, diags);
  return planned.map((p): Block => ({
    type: "paragraph",
    runs: p.runs,
    ...(p.bullet ? { bullet: "-" as const } : {}),
    // A paragraph goes by its first indicator: Word refreshes it on its own when its figures change.
    source: { sectionId, indicatorId: p.indicatorIds[0] },
  }));
}

/**
 * A group's indicators as a real table: STT, Chỉ tiêu (with its Ghi chú as a footnote), ĐVT, the
 * figures present, and their ratios (%). STT is one sequence per table: the workbook's own when
 * every row has one and none repeats (1, 1.1, 2), else 1, 2, 3.
 */
function indicatorTable(sectionId: string, c: SectionPart, opts: SentenceOptions): Table {
  const pct = (x: number | undefined, i: Indicator) =>
    x === undefined
      ? ""
      : formatPercentNumber(
          x,
          i.precision !== undefined ? { decimals: i.precision } : opts.precision
        );
  const candidates: { head: string; value: (i: Indicator) => string }[] = [
    { head: "Kế hoạch", value: (i) => tableFigure(i.plan) },
    { head: "Thực hiện", value: (i) => tableFigure(i.actual) },
    { head: "Cùng kỳ", value: (i) => tableFigure(i.samePeriod) },
    { head: "Tổng số", value: (i) => tableFigure(i.total) },
    { head: "Tỷ lệ (%)", value: (i) => pct(reportedRatios(i).share, i) },
    { head: "TH/KH (%)", value: (i) => pct(reportedRatios(i).plan, i) },
    { head: "TH/CK (%)", value: (i) => pct(reportedRatios(i).samePeriod, i) },
  ];
  const columns = candidates.filter((col) => c.indicators.some((i) => col.value(i) !== ""));
  const cell = (text: string): Inline[] => [{ text }];
  const own = c.indicators.map((i) => i.number);
  const stt = own.every((n) => n !== "") && new Set(own).size === own.length;
  return {
    type: "table",
    header: [
      ["STT", "Chỉ tiêu", "ĐVT", ...columns.map((x) => x.head)].map((h) => [
        { text: h, bold: true },
      ]),
    ],
    rows: c.indicators.map((ind, k) => [
      cell(stt ? ind.number : String(k + 1)),
      ind.note
        ? [...cell(ind.name), { footnote: [{ text: ind.note.normalize("NFC") }] }]
        : cell(ind.name),
      cell(ind.unit),
      ...columns.map((col) => cell(col.value(ind))),
    ]),
    align: ["center", "left", "center", ...columns.map(() => "right" as const)],
    widths: [6, 40, 10, ...columns.map(() => 12)],
    source: { sectionId },
  };
}

/** The periods of each indicator's figures, as its table's headers name them. */
function periodsByIndicator(tables: IndicatorTable[]): SentenceOptions["periodsOf"] {
  const byId = new Map<string, IndicatorTable>();
  for (const t of tables) for (const r of t.rows) if (r.kind === "indicator") byId.set(r.id, t);
  return (ind) => {
    const periods = byId.get(ind.id)?.periods;
    return periods && { actual: periods.actual, samePeriod: periods.samePeriod };
  };
}
