/**
 * "Kiểm tra số liệu trong văn bản" (issue 6) in Word: the ratio claims already written in the
 * open document, recomputed by core/checker.ts; then, at the clerk's click, one finding's stated
 * value selected, or replaced by the correct one. Nothing is ever replaced without that click,
 * and only the characters of the stated value change: Word's insertText(…, "Replace") on the
 * range a search found, which keeps the formatting of the text it replaces.
 *
 * Syncs, whatever the length of the document: check 1 (the paragraphs' text), select 2 (the
 * texts and the search together, then the selection), fix 2 (the same, then the replacement with
 * its read-back). Finding the stated value again goes through locate.ts.
 */
import { Finding, recomputeClaims, toFinding } from "../core/checker";
import type { WContext, WParagraph, WRange, WSearchOptions, WordEnvironment } from "./api";
import { describeWordError } from "./errors";
import { afterFix, hitIndex, relocate, statedText, wordSearchText } from "./locate";

export interface FigureCheckResult {
  ok: boolean;
  /** One Vietnamese sentence for the pane. */
  summary: string;
  /** Claims whose percentage is wrong, mis-rounded or mis-written, in reading order; `paragraph`
   * indexes body.paragraphs (tables and content controls included), counted from 0. */
  findings: Finding[];
  /** Claims recomputed, right or wrong. */
  claims: number;
}

export interface FindingOutcome {
  ok: boolean;
  /** One Vietnamese sentence for the pane. */
  message: string;
  /** The finding as the document holds it now (moved, or with its value replaced): what to pass
   * next time. Absent when it could not be found. */
  finding?: Finding;
}

export interface FigureChecks {
  /** Recomputes every ratio claim in the document's text (1 sync). */
  checkFigures(): Promise<FigureCheckResult>;
  /** Selects the finding's stated value in the document, scrolling Word to it (2 syncs). */
  selectFinding(finding: Finding): Promise<FindingOutcome>;
  /** Replaces the finding's stated value with `finding.replacement` and selects it, after
   * checking again that the claim is unchanged and still wrong the same way (2 syncs). */
  fixFinding(finding: Finding): Promise<FindingOutcome>;
}

/** A literal search: no wildcards, nothing ignored. */
const SEARCH: WSearchOptions = {
  matchCase: true,
  matchWildcards: false,
  ignorePunct: false,
  ignoreSpace: false,
};

const NO_DOCUMENT =
  "Không có văn bản nào đang mở trong Word. Hãy mở văn bản cần kiểm tra rồi bấm lại.";
const READ_ONLY =
  "Văn bản đang mở ở chế độ chỉ đọc nên không sửa được. Hãy bấm “Cho phép chỉnh sửa” trên thanh vàng phía trên văn bản, rồi bấm lại.";
const CHECK_AGAIN = "Hãy bấm “Kiểm tra số liệu” để kiểm tra lại.";

/** A finding reached in the document: the texts read, where it is now, its stated value's range. */
interface Reached {
  texts: string[];
  finding: Finding;
  stated: string;
  range: WRange;
  paragraph: WParagraph;
}

export function figureChecks(env: WordEnvironment): FigureChecks {
  return {
    async checkFigures() {
      if (!env.hasDocument()) return { ok: false, summary: NO_DOCUMENT, findings: [], claims: 0 };
      try {
        const texts = await env.run(async (context) => {
          const paragraphs = context.document.body.paragraphs;
          paragraphs.load("text");
          await context.sync();
          return paragraphs.items.map((p) => p.text);
        });
        const claims = recomputeClaims(texts);
        const findings = claims.filter((c) => c.verdict !== "ok").map(toFinding);
        return {
          ok: true,
          summary: checkSummary(claims.length, findings.length),
          findings,
          claims: claims.length,
        };
      } catch (e) {
        return { ok: false, summary: describeWordError(e), findings: [], claims: 0 };
      }
    },

    selectFinding: (finding) =>
      reach(env, finding, async (context, at) => {
        at.range.select();
        await context.sync();
        return {
          ok: true,
          message: `Đã chọn “${at.stated}” ở đoạn ${at.finding.paragraph + 1}.`,
          finding: at.finding,
        };
      }),

    fixFinding: (finding) =>
      env.isReadOnly()
        ? Promise.resolve({ ok: false, message: READ_ONLY })
        : reach(env, finding, fix),
  };
}

/**
 * Finds the finding's stated value in the document (one sync: the paragraphs' text and Word's
 * search for the value, queued together), then hands its range to `act`; a Vietnamese reason
 * when the claim is no longer there or Word's results do not match the text.
 */
async function reach(
  env: WordEnvironment,
  finding: Finding,
  act: (context: WContext, at: Reached) => Promise<FindingOutcome>
): Promise<FindingOutcome> {
  if (!env.hasDocument()) return { ok: false, message: NO_DOCUMENT };
  const stated = statedText(finding);
  const query = wordSearchText(stated);
  if (query === undefined)
    return {
      ok: false,
      message: `Word không tìm được “${stated}” (quá dài). Hãy tìm bằng Ctrl+F.`,
    };
  try {
    return await env.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      const hits = context.document.body.search(query, SEARCH);
      hits.load("text");
      await context.sync();
      const texts = paragraphs.items.map((p) => p.text);
      const now = relocate(texts, finding);
      if (!now)
        return {
          ok: false,
          message: `Đoạn ${finding.paragraph + 1} không còn câu “${finding.text}” như lúc kiểm tra: văn bản đã được sửa sau đó. ${CHECK_AGAIN}`,
        };
      const hit = hitIndex(texts, stated, now.paragraph, now.statedStart);
      // Word's results match the text only if it finds the same occurrences (hidden text, fields
      // or tracked deletions can make them differ): then nothing is selected rather than the wrong one.
      const range = hit && hit.total === hits.items.length ? hits.items[hit.index] : undefined;
      if (!range || range.text !== stated)
        return {
          ok: false,
          message: `Không xác định được chỗ “${stated}” ở đoạn ${now.paragraph + 1} (đoạn văn có chữ ẩn, trường hoặc thay đổi được theo dõi). Hãy tìm bằng Ctrl+F.`,
          finding: now,
        };
      return act(context, {
        texts,
        finding: now,
        stated,
        range,
        paragraph: paragraphs.items[now.paragraph],
      });
    });
  } catch (e) {
    return { ok: false, message: describeWordError(e) };
  }
}

/** Replaces the stated value, once the claim recomputed from the current text says the same. */
async function fix(context: WContext, at: Reached): Promise<FindingOutcome> {
  const f = at.finding;
  const where = `ở đoạn ${f.paragraph + 1}`;
  // The text of the claim is unchanged, but a total elsewhere may have been corrected.
  const again = recomputeClaims(at.texts).find(
    (c) => c.paragraph === f.paragraph && c.start === f.start && c.end === f.end
  );
  if (!again || again.verdict === "ok")
    return {
      ok: false,
      message: `“${at.stated}” ${where} nay không còn sai so với số liệu trong văn bản nên không sửa. ${CHECK_AGAIN}`,
      finding: f,
    };
  if (again.replacement !== f.replacement)
    return {
      ok: false,
      message: `Số liệu liên quan đã thay đổi: “${at.stated}” ${where} nay đúng là ${again.replacement}, không phải ${f.replacement}. Chưa sửa gì. ${CHECK_AGAIN}`,
      finding: f,
    };
  const written = at.range.insertText(f.replacement, "Replace");
  written.select();
  at.paragraph.load("text");
  await context.sync();
  const before = at.texts[f.paragraph];
  const expected = before.slice(0, f.statedStart) + f.replacement + before.slice(f.statedEnd);
  if (at.paragraph.text !== expected)
    return {
      ok: false,
      message: `Đã thay “${at.stated}” ${where} nhưng đoạn văn trong Word khác với dự kiến. Hãy xem lại đoạn này (Ctrl+Z để hoàn tác).`,
      finding: f,
    };
  return {
    ok: true,
    message: `Đã sửa “${at.stated}” thành “${f.replacement}” ${where}.`,
    finding: afterFix(f),
  };
}

function checkSummary(claims: number, findings: number): string {
  if (claims === 0)
    return "Không thấy tỷ lệ nào viết kèm số liệu (như “581/1415 hộ … đạt 41,1%”) trong văn bản.";
  if (findings === 0)
    return `Đã kiểm tra ${claims} tỷ lệ trong văn bản: tất cả đều khớp với số liệu đi kèm.`;
  return `Đã kiểm tra ${claims} tỷ lệ trong văn bản: ${findings} chỗ cần xem lại.`;
}
