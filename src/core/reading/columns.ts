/**
 * Decides what each column of an indicator table (biểu) holds, as a statistician reads it: from
 * the meaning of each header (headers.ts `interpretHeader`) and, where headers do not say, from
 * the data below them. Decides which column is this period (actual/thực hiện), which the base
 * (plan/kế hoạch or samePeriod/cùng kỳ), which a time series, which two text columns are a group
 * and a name. Where the headers are ambiguous it leaves a column unrecognised rather than guess.
 * Source: issue 9 § "Header understanding by meaning".
 */
import {
  ColumnRole,
  FIGURE_ROLES,
  FigureRole,
  HeaderMeaning,
  RatioRole,
  headerKey,
} from "../headers";
import { Comparison, ComparisonForm, Period, describePeriod, periodFit } from "./periods";
import { isKnownUnit } from "./units";

/** One column of a table as the reader understood it; shown by `baocao inspect` and the panes. */
export interface ColumnInfo {
  /** 0-based column index. */
  col: number;
  /** The header as written, its rows joined with " / ". */
  header: string;
  role?: ColumnRole;
  /** Set for an older period of a time series (the latest is `actual`). */
  series?: boolean;
  period?: Period;
  comparison?: Comparison;
  unit?: string;
  /** Vietnamese: why the column got its role ("năm 2024 so với năm 2023: năm 2024 là kỳ này"). */
  why: string;
  /** True when the clerk set the role (mapping sheet), not the reader. */
  corrected?: boolean;
}

/** What the data below a header holds, per column (first rows of the body). */
export interface ColumnData {
  numbers: number;
  texts: number;
  /** Text values that are a known unit ("Ha", "tấn"). */
  unitTexts: number;
  /** Rows whose text repeats the previous row's, or is blank after a text (merged-cell style). */
  repeats: number;
  /** Distinct text values. */
  distinct: number;
  /** Negative numbers: a column "A so với B" holding them states differences, not indices. */
  negatives: number;
}

/** How the base of a comparison relates to this period. */
export type BaseKind = "plan" | "samePeriod" | "previous";

export interface Resolution {
  columns: Partial<Record<ColumnRole, number>>;
  infos: ColumnInfo[];
  /** Older periods of a time series, oldest first; the latest is the actual column. */
  series: number[];
  /** Columns that are measures of each row, when the table has no period: each an indicator. */
  measures: number[];
  baseKind?: BaseKind;
  /** How each ratio column states its figure. */
  ratioForms: Partial<Record<RatioRole, ComparisonForm>>;
  /** Headers that name no role the reader could decide. */
  unrecognised: { col: number; text: string }[];
}

interface Candidate {
  col: number;
  period: Period;
}

/** What the reader knows of a table beyond its header: from the report, or from its title. */
export interface TableContext {
  /** The report's period (Kỳ báo cáo), or the part of a year the title names. */
  reportPeriod?: Period;
  /**
   * The title says the table sets targets ("Biểu tổng hợp dự kiến các chỉ tiêu … 2005 – 2010"):
   * its latest plan is the period it is about, the latest actual its base.
   */
  planDocument?: boolean;
}

/** The columns' roles from their meanings and data. `headers` and `meanings` are indexed by column. */
export function resolveColumns(
  headers: Map<number, string>,
  meanings: Map<number, HeaderMeaning>,
  data: Map<number, ColumnData>,
  context: TableContext = {}
): Resolution {
  const { reportPeriod } = context;
  const infos = new Map<number, ColumnInfo>();
  const columns: Partial<Record<ColumnRole, number>> = {};
  const ratioForms: Partial<Record<RatioRole, ComparisonForm>> = {};
  const info = (col: number): ColumnInfo => {
    let i = infos.get(col);
    if (!i) {
      i = { col, header: headers.get(col) ?? "", why: "" };
      const m = meanings.get(col);
      if (m?.unit) i.unit = m.unit;
      if (m?.period) i.period = m.period;
      if (m?.comparison) i.comparison = m.comparison;
      infos.set(col, i);
    }
    return i;
  };
  const assign = (role: ColumnRole, col: number, why: string): boolean => {
    if (columns[role] !== undefined || info(col).role !== undefined) return false;
    columns[role] = col;
    info(col).role = role;
    info(col).why = why;
    return true;
  };
  const cols = [...new Set([...headers.keys()])].sort((a, b) => a - b);
  const numeric = (c: number) => (data.get(c)?.numbers ?? 0) > 0;
  const negative = (c: number) => (data.get(c)?.negatives ?? 0) > 0;
  const textual = (c: number) => {
    const d = data.get(c);
    return !!d && d.texts > 0 && d.texts >= d.numbers;
  };

  // 1. Roles the vocabulary names outright (STT, ĐVT, Mục báo cáo, Ghi chú, Tỷ lệ…).
  for (const c of cols) {
    const m = meanings.get(c);
    if (!m?.role || m.comparison) continue;
    if ((FIGURE_ROLES as readonly string[]).includes(m.role) || m.role === "name") continue;
    // "Đơn vị" alone may head a column of names (places, agencies): its data decides.
    if (
      m.role === "unit" &&
      /^don vi$/.test(headerKey(headers.get(c) ?? "")) &&
      !unitLike(data.get(c))
    )
      continue;
    // "Đơn vị tính: Tỷ đồng" over the names: the table's unit, written where the name header goes.
    if (m.role === "unit" && m.unit && /:/.test(headers.get(c) ?? "") && !unitLike(data.get(c)))
      continue;
    assign(m.role, c, `tiêu đề “${headers.get(c)}”`);
  }
  // 2. Figure columns: a figure role or a period, with figures below (or no body yet).
  const candidates: Candidate[] = [];
  for (const c of cols) {
    const m = meanings.get(c);
    if (!m || info(c).role || m.comparison) continue;
    const roleStatus: Partial<Record<ColumnRole, Period>> = {
      plan: { status: "plan", words: ["kế hoạch"] },
      actual: { status: "actual", words: ["thực hiện"] },
      samePeriod: { samePeriod: true, words: ["cùng kỳ"] },
    };
    const fromRole = m.role ? roleStatus[m.role] : undefined;
    const period = m.period ?? fromRole;
    if (m.role === "samePeriod" && period) period.samePeriod = true;
    // An empty figure column still counts: a template waiting for its figures.
    if (period && (numeric(c) || !textual(c))) candidates.push({ col: c, period });
  }
  // 2b. A table of indices only ("2019/2018", "6 tháng 2015 so với cùng kỳ năm 2014"): each index
  //     is the figure of the period it compares; the one "so với tháng trước" is not.
  const indexColumns = new Set<number>();
  // Columns "Năm N so với năm N−1" alike: one negative value says they all hold differences.
  const changesOnly =
    candidates.length === 0 &&
    cols.some((c) => meanings.get(c)?.comparison?.form === "index" && negative(c));
  if (candidates.length === 0 && !changesOnly)
    for (const c of cols) {
      const cmp = meanings.get(c)?.comparison;
      if (!cmp || cmp.form !== "index" || !cmp.a || !numeric(c)) continue;
      if (!(cmp.b?.samePeriod || cmp.b?.year !== undefined)) continue;
      candidates.push({ col: c, period: cmp.a });
      indexColumns.add(c);
    }
  // 2c. "Chỉ tiêu" a second time, over figures: the targets (chỉ tiêu giao), a plan.
  const nameCols = cols.filter((c) => meanings.get(c)?.role === "name");
  for (const c of nameCols.slice(1)) {
    const d = data.get(c);
    if (d && d.numbers > 0 && d.numbers * 2 >= d.texts && !info(c).role)
      candidates.push({ col: c, period: { status: "plan", words: ["chỉ tiêu giao"] } });
  }
  // 3. Comparison columns bind this period and its base.
  const comparisons = cols.filter(
    (c) => meanings.get(c)?.comparison && !info(c).role && !indexColumns.has(c)
  );
  let actual: Candidate | undefined;
  const bases: { cand: Candidate; via: number }[] = [];
  for (const c of comparisons) {
    const cmp = meanings.get(c)!.comparison!;
    if (cmp.form === "difference") continue;
    const a = cmp.a ? best(candidates, cmp.a) : undefined;
    const b = cmp.b ? best(candidates, cmp.b) : undefined;
    if (a && b && a !== b) {
      if (!actual) actual = a;
      if (actual === a) bases.push({ cand: b, via: c });
    } else if (!cmp.a && b && b.period.status === "plan") bases.push({ cand: b, via: c });
    else if (!cmp.a && b && b.period.samePeriod) bases.push({ cand: b, via: c });
  }
  const measures: number[] = [];
  const why = (c: number, text: string) => `${text} (theo cột “${headers.get(c)}”)`;
  // 4. This period: bound by a comparison, else "kỳ báo cáo", else the latest non-plan period.
  const plain = candidates.filter((k) => k.period.status !== "plan" && !k.period.samePeriod);
  let series: Candidate[] = [];
  if (!actual && context.planDocument) actual = targetOfPlan(candidates, plain);
  if (!actual) {
    actual = plain.find((k) => k.period.thisPeriod);
    // The report's own period (Thông tin chung › Kỳ báo cáo) decides between "Tháng 10" and
    // "10 tháng" when the table has both.
    const span = reportPeriod?.span;
    const fits = span
      ? plain.filter(
          (k) =>
            k.period.span === span &&
            (reportPeriod?.year === undefined || k.period.year === reportPeriod.year)
        )
      : [];
    if (!actual && fits.length === 1) actual = fits[0];
    if (!actual && plain.length > 0) {
      const sorted = [...plain].sort(latestLast);
      const last = sorted[sorted.length - 1];
      const tie = sorted.length > 1 && latestLast(sorted[sorted.length - 2], last) === 0;
      if (!tie) actual = last;
    }
  }
  if (actual) {
    const cmpWhy = bases.find((b) => b.cand !== actual)?.via;
    const target = context.planDocument && actual.period.status === "plan";
    assign(
      "actual",
      actual.col,
      cmpWhy !== undefined
        ? why(cmpWhy, `${describePeriod(actual.period) || "kỳ này"} là kỳ báo cáo`)
        : `${describePeriod(actual.period) || "thực hiện"}: ${target ? "chỉ tiêu biểu đề ra" : "kỳ mới nhất của biểu"}`
    );
  }
  // 5. Bases: those the comparisons name, then a plan of the same period, then cùng kỳ.
  let baseKind: BaseKind | undefined;
  for (const { cand, via } of bases) {
    const role: FigureRole = cand.period.status === "plan" ? "plan" : "samePeriod";
    if (assign(role, cand.col, why(via, `${describePeriod(cand.period)} là kỳ so sánh`)))
      baseKind ??= role;
  }
  const ap = actual?.period;
  for (const k of candidates) {
    if (info(k.col).role) continue;
    if (k.period.status === "plan") {
      // Only the plan of this period's year is its base: "KH năm 2025" next to "Ước TH năm 2024"
      // is next year's, "Năm 2023 / Kế hoạch" next to "Năm 2024 / Ước TH" last year's.
      const other =
        ap?.year !== undefined && k.period.year !== undefined && k.period.year !== ap.year;
      if (!other && assign("plan", k.col, `${describePeriod(k.period)}`)) baseKind ??= "plan";
      else if (other)
        info(k.col).why =
          `${describePeriod(k.period)}: kế hoạch ${k.period.year! > ap!.year! ? "kỳ sau" : "kỳ trước"}, không dùng để so sánh`;
    } else if (k.period.samePeriod) {
      if (assign("samePeriod", k.col, describePeriod(k.period))) baseKind ??= "samePeriod";
    }
  }
  // 6. Earlier periods of the same kind: the one before is the base; three or more are a series.
  if (actual && columns.samePeriod === undefined) {
    const a = actual;
    const earlier = plain
      .filter(
        (k) =>
          k !== a &&
          !info(k.col).role &&
          k.period.year !== undefined &&
          k.period.year < yearOrder(a.period) &&
          (a.period.year !== undefined || yearOrder(a.period) === 9999) &&
          (a.period.span === undefined || spanMonths(k.period.span) === spanMonths(a.period.span))
      )
      .sort(latestLast);
    if (earlier.length > 0) {
      const prev = earlier[earlier.length - 1];
      const isSeries = earlier.length >= 2;
      assign(
        "samePeriod",
        prev.col,
        `${describePeriod(prev.period)}: kỳ liền trước của ${describePeriod(actual.period)}`
      );
      // "Thực hiện 2005" before "Dự kiến 2010" is an earlier period, not the same period last year.
      const gap = yearOrder(actual.period) - prev.period.year! > 1 && a.period.year !== undefined;
      baseKind ??= isSeries || gap ? "previous" : "samePeriod";
      if (isSeries) series = earlier;
    }
  }
  for (const k of series) {
    if (!info(k.col).role) {
      info(k.col).series = true;
      info(k.col).why = `${describePeriod(k.period)}: kỳ trước trong dãy số`;
    }
  }
  for (const k of candidates)
    if (!info(k.col).role && !info(k.col).series && !info(k.col).why)
      info(k.col).why = `${describePeriod(k.period)}: kỳ khác, không dùng trong câu văn`;
  // 7. Ratio columns: the comparison's base decides TH/KH or TH/CK; among several, the one that
  //    compares this period ("Quý III/2024 so với cùng kỳ" is not about "Năm 2024").
  const ranked: { c: number; role: RatioRole; fit: number; form: ComparisonForm }[] = [];
  for (const c of comparisons) {
    const cmp = meanings.get(c)!.comparison!;
    if (cmp.form === "difference") {
      info(c).why = "chênh lệch tuyệt đối, không phải tỷ lệ";
      continue;
    }
    if (cmp.form === "index" && (changesOnly || negative(c))) {
      info(c).why = "chênh lệch (biểu có số âm), không phải tỷ lệ";
      continue;
    }
    if (/\bbinh quan\b/.test(headerKey(headers.get(c) ?? ""))) {
      info(c).why = "tốc độ bình quân hằng năm, không phải tỷ lệ giữa hai cột";
      continue;
    }
    const role = ratioRoleOf(cmp, meanings.get(c)!, columns, candidates);
    if (!role) continue;
    const fit = !cmp.a ? 0.5 : actual ? periodFit(cmp.a, actual.period) : 0.5;
    if (fit === 0) {
      info(c).why = `so sánh ${describePeriod(cmp.a!)}, không phải kỳ báo cáo`;
      continue;
    }
    ranked.push({ c, role, fit, form: cmp.form });
  }
  ranked.sort((x, y) => y.fit - x.fit || x.c - y.c);
  for (const k of ranked)
    if (assign(k.role, k.c, `so sánh ${k.role === "ratioPlan" ? "với kế hoạch" : "với kỳ trước"}`))
      ratioForms[k.role] = k.form;
    else info(k.c).why = "một so sánh khác của biểu, không dùng trong câu văn";
  // 8. Total and name columns; the figure column when headers name no period.
  for (const c of cols) {
    const m = meanings.get(c);
    if (m?.role === "total" && !info(c).role) assign("total", c, `tiêu đề “${headers.get(c)}”`);
  }
  if (columns.actual === undefined && columns.total !== undefined && candidates.length === 0) {
    const parts = cols.filter(
      (c) =>
        !info(c).role && numeric(c) && (headers.get(c) ?? "") !== "" && !meanings.get(c)?.comparison
    );
    if (parts.length === 1) {
      // "Tổng số hộ | Số hộ nghèo | Tỷ lệ (%)": the part is the figure, the total its base.
      assign(
        "actual",
        parts[0],
        `“${headers.get(parts[0])}” là phần của “${headers.get(columns.total)}”`
      );
    } else {
      // "Chỉ tiêu | Tổng số | Nam | Nữ": the total is the figure itself.
      const c = columns.total;
      delete columns.total;
      info(c).role = undefined;
      assign("actual", c, "cột “Tổng số” là số liệu của chỉ tiêu");
    }
  }
  if (candidates.length === 0) {
    const d = latestDifference(comparisons, meanings, (c) => changesOnly || negative(c));
    if (d !== undefined)
      assign("difference", d, "chênh lệch của kỳ mới nhất; biểu không có số liệu của từng kỳ");
  }
  resolveNames(cols, meanings, data, headers, assign, info, columns);
  if (columns.actual === undefined) {
    const first = columns.name ?? -1;
    const loose = cols.filter(
      (c) => c > first && !info(c).role && numeric(c) && !meanings.get(c)?.comparison
    );
    if (loose.length === 1 && !info(loose[0]).series)
      assign("actual", loose[0], `cột số liệu duy nhất “${headers.get(loose[0])}”`);
    // "Diện tích (ha) | Năng suất (tạ/ha) | Sản lượng (tấn)", no period: each column is a measure
    // of the row, and each row × measure an indicator (the first measure is the actual column).
    const named = loose.filter((c) => (headers.get(c) ?? "") !== "" && !meanings.get(c)?.period);
    const [short, long] = named.map((c) => headerKey(headers.get(c) ?? ""));
    if (named.length === 2 && columns.ratioShare !== undefined && long.startsWith(`${short} `)) {
      // "Số hộ | Số hộ nghèo | Tỷ lệ (%)": the longer names a part of the shorter, a total.
      assign(
        "total",
        named[0],
        `“${headers.get(named[0])}” là tổng số của “${headers.get(named[1])}”`
      );
      assign(
        "actual",
        named[1],
        `“${headers.get(named[1])}” là phần của “${headers.get(named[0])}”`
      );
    } else if (loose.length >= 2 && named.length === loose.length) {
      for (const c of named) {
        info(c).role = undefined;
        info(c).why = `số đo “${headers.get(c)}” của mỗi dòng`;
      }
      assign("actual", named[0], `số đo “${headers.get(named[0])}” của mỗi dòng`);
      measures.push(...named);
    }
  }
  const unrecognised = cols
    .filter((c) => !info(c).role && !info(c).series && (headers.get(c) ?? "") !== "")
    .filter((c) => !info(c).why)
    .map((c) => ({ col: c, text: headers.get(c)! }));
  return {
    columns,
    infos: cols.map(info),
    series: series.map((k) => k.col),
    measures,
    baseKind,
    ratioForms,
    unrecognised,
  };
}

/**
 * In a table of targets, the latest plan when it is later than every actual ("Dự kiến 2010" after
 * "Thực hiện 2005"); undefined otherwise.
 */
function targetOfPlan(candidates: Candidate[], plain: Candidate[]): Candidate | undefined {
  const plans = candidates
    .filter((k) => k.period.status === "plan" && k.period.year !== undefined)
    .sort(latestLast);
  const target = plans[plans.length - 1];
  const latestActual = Math.max(0, ...plain.map((k) => yearOrder(k.period)));
  return target && target.period.year! > latestActual ? target : undefined;
}

/**
 * In a table of changes only ("Năm 2024 so với năm 2023" over −1.336,4): the column of the latest
 * change, a difference column ("Tăng/giảm (+/-)") or one whose negative values say so.
 */
function latestDifference(
  comparisons: number[],
  meanings: Map<number, HeaderMeaning>,
  negative: (c: number) => boolean
): number | undefined {
  const diffs = comparisons
    .map((col) => ({ col, cmp: meanings.get(col)!.comparison! }))
    .filter((x) => x.cmp.a && (x.cmp.form === "difference" || negative(x.col)))
    .map((x) => ({ col: x.col, period: x.cmp.a! }))
    .sort(latestLast);
  return diffs.length > 0 ? diffs[diffs.length - 1].col : undefined;
}

/** The best-fitting candidate for a named period, or undefined when none fits or two tie. */
function best(candidates: Candidate[], named: Period): Candidate | undefined {
  let top: Candidate | undefined;
  let topScore = 0;
  let tie = false;
  for (const k of candidates) {
    const s = periodFit(named, k.period);
    if (s > topScore) {
      top = k;
      topScore = s;
      tie = false;
    } else if (s === topScore && s > 0) tie = true;
  }
  return tie ? undefined : top;
}

/**
 * A period's year for ordering. A yearbook's last column "Sơ bộ" (or "Ước tính") without a year
 * comes after the years before it: it is the newest period of the table.
 */
function yearOrder(p: Period): number {
  if (p.year !== undefined) return p.year;
  return p.status === "preliminary" || p.status === "estimate" ? 9999 : 0;
}

const SPAN_MONTHS: Record<string, number> = { năm: 12, "lũy kế": 13 };

function spanMonths(span: string | undefined): number {
  if (!span) return 0;
  if (SPAN_MONTHS[span] !== undefined) return SPAN_MONTHS[span];
  const m = /^(\d+) tháng$/.exec(span);
  if (m) return Number(m[1]);
  return /^quý/.test(span) ? 3 : 1;
}

/** Orders periods oldest first: by year, then a longer span; 0 when they cannot be told apart. */
function latestLast(x: Candidate, y: Candidate): number {
  const yx = yearOrder(x.period);
  const yy = yearOrder(y.period);
  if (yx !== yy) return yx - yy;
  const sx = spanMonths(x.period.span);
  const sy = spanMonths(y.period.span);
  if (sx !== sy) return sx - sy;
  // Same period named twice: an estimate or a preliminary figure is newer than nothing said.
  const rank = (p: Period) => (p.status === "estimate" || p.status === "preliminary" ? 1 : 0);
  return rank(x.period) - rank(y.period);
}

function ratioRoleOf(
  cmp: Comparison,
  m: HeaderMeaning,
  columns: Partial<Record<ColumnRole, number>>,
  candidates: Candidate[]
): RatioRole | undefined {
  if (m.role === "ratioPlan" || m.role === "ratioSamePeriod") return m.role;
  if (cmp.b) {
    if (cmp.b.status === "plan") return "ratioPlan";
    const bound = best(candidates, cmp.b);
    if (bound && bound.col === columns.plan) return "ratioPlan";
    if (bound && bound.col === columns.samePeriod) return "ratioSamePeriod";
    if (cmp.b.samePeriod || cmp.b.year !== undefined) return "ratioSamePeriod";
    return undefined;
  }
  const hasPlan = columns.plan !== undefined;
  const hasSame = columns.samePeriod !== undefined;
  if (hasPlan !== hasSame) return hasPlan ? "ratioPlan" : "ratioSamePeriod";
  return undefined;
}

function unitLike(d: ColumnData | undefined): boolean {
  if (!d || d.texts === 0) return true;
  return d.unitTexts * 2 >= d.texts;
}

/**
 * The name column, and a group column when two text columns stand before the figures:
 * the one whose values repeat in runs (or are blank under a value) is the group.
 */
function resolveNames(
  cols: number[],
  meanings: Map<number, HeaderMeaning>,
  data: Map<number, ColumnData>,
  headers: Map<number, string>,
  assign: (role: ColumnRole, col: number, why: string) => boolean,
  info: (col: number) => ColumnInfo,
  columns: Partial<Record<ColumnRole, number>>
): void {
  const firstFigure = Math.min(
    ...FIGURE_ROLES.map((r) => columns[r] ?? Infinity),
    columns.difference ?? Infinity,
    ...cols.filter((c) => info(c).series)
  );
  const named = cols.filter(
    (c) =>
      !info(c).role &&
      c < firstFigure &&
      (meanings.get(c)?.role === "name" || meanings.get(c)?.role === "unit")
  );
  const byData = cols.filter(
    (c) =>
      !info(c).role &&
      c < firstFigure &&
      !named.includes(c) &&
      !meanings.get(c)?.period &&
      !meanings.get(c)?.comparison &&
      isTextColumn(data.get(c))
  );
  const texts = [...named, ...byData].sort((a, b) => a - b).slice(-2);
  if (texts.length === 0) return;
  if (texts.length === 1) {
    const c = texts[0];
    assign(
      "name",
      c,
      named.includes(c) ? `tiêu đề “${headers.get(c)}”` : "cột chữ trước các cột số"
    );
    return;
  }
  const [x, y] = texts;
  const rx = repeatRate(data.get(x));
  const ry = repeatRate(data.get(y));
  const [group, name] = ry > rx ? [y, x] : [x, y];
  if (Math.abs(rx - ry) < 0.2 && !(named.includes(x) && named.includes(y))) {
    // Only one of them is named and neither repeats: the named one is the name.
    const only = named.length === 1 ? named[0] : y;
    assign("name", only, `tiêu đề “${headers.get(only)}”`);
    return;
  }
  assign("name", name, `tên chỉ tiêu (giá trị ít lặp lại)`);
  assign("group", group, `nhóm (giá trị lặp lại theo từng khối)`);
}

function isTextColumn(d: ColumnData | undefined): boolean {
  return !!d && d.texts > 0 && d.texts >= d.numbers * 2 && d.unitTexts * 2 < d.texts;
}

function repeatRate(d: ColumnData | undefined): number {
  if (!d || d.texts + d.repeats === 0) return 0;
  return d.repeats / (d.texts + d.repeats);
}

/** Counts what a column's body cells hold; `known` marks text that names a unit. */
export function emptyColumnData(): ColumnData {
  return { numbers: 0, texts: 0, unitTexts: 0, repeats: 0, distinct: 0, negatives: 0 };
}

export { isKnownUnit };
