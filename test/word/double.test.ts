// The Word test double behaves like Office.js where the adapter relies on it: commands run at
// context.sync, unloaded properties throw, insertions land Before/After/Start/End, content
// controls nest and list in document order, tables count in body.paragraphs, protected
// documents refuse changes, syncs are counted.
import { WContext } from "../../src/word/api";
import { OfficeErrorDouble, paragraphsOf, textOf } from "../doubles/word/model";
import { WordDouble } from "../doubles/word/world";

function world(...texts: string[]): WordDouble {
  const w = new WordDouble();
  for (const t of texts) w.addParagraph(t);
  return w;
}

const texts = (w: WordDouble) => w.paragraphs.map((p) => p.text);

describe("load and sync", () => {
  test("a property read before load and sync throws PropertyNotLoaded", async () => {
    const w = world("Một", "Hai");
    await w.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      expect(() => paragraphs.items).toThrow(/not available/);
      paragraphs.load("text");
      expect(() => paragraphs.items).toThrow(/not available/);
      await context.sync();
      expect(paragraphs.items.map((p) => p.text)).toEqual(["Một", "Hai"]);
      expect(() => paragraphs.items[0].style).toThrow(/'style' is not available/);
    });
  });

  test("commands run at sync, in order; loaded values are those after the commands", async () => {
    const w = world("Một");
    await w.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const added = first.insertParagraph("Hai", "After");
      added.load("text");
      expect(texts(w)).toEqual(["Một"]);
      await context.sync();
      expect(texts(w)).toEqual(["Một", "Hai"]);
      expect(added.text).toBe("Hai");
    });
  });

  test("every sync is counted; Word.run syncs what is left queued at the end", async () => {
    const w = world("Một");
    await w.run(async (context: WContext) => {
      await context.sync();
      context.document.body.insertParagraph("Hai", "End");
    });
    expect(w.syncs).toBe(2);
    expect(texts(w)).toEqual(["Một", "Hai"]);
    await w.run(async () => undefined);
    expect(w.syncs).toBe(2);
  });

  test("a failing command rejects the sync; the commands after it are dropped", async () => {
    const w = world("Một");
    await expect(
      w.run(async (context) => {
        const body = context.document.body;
        body.insertParagraph("Hai", "End");
        body.insertTable(2, 2, "End", [["a"]]);
        body.insertParagraph("Ba", "End");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(texts(w)).toEqual(["Một", "Hai"]);
  });

  test("a protected document refuses changes with AccessDenied, reading still works", async () => {
    const w = world("Một");
    w.protected = true;
    const read = await w.run(async (context) => {
      const p = context.document.body.paragraphs;
      p.load("text");
      await context.sync();
      return p.items[0].text;
    });
    expect(read).toBe("Một");
    await expect(
      w.run(async (context) => {
        context.document.body.insertParagraph("Hai", "End");
        await context.sync();
      })
    ).rejects.toBeInstanceOf(OfficeErrorDouble);
    expect(texts(w)).toEqual(["Một"]);
  });
});

describe("insertion", () => {
  test("Before, After, Start and End land where Word puts them", async () => {
    const w = world("B", "D");
    await w.run(async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const [b, d] = paragraphs.items;
      b.insertParagraph("A", "Before");
      b.insertParagraph("C", "After");
      d.insertParagraph("E", "After");
      body.insertParagraph("0", "Start");
      body.insertParagraph("F", "End");
      await context.sync();
    });
    expect(texts(w)).toEqual(["0", "A", "B", "C", "D", "E", "F"]);
  });

  test("a paragraph inserted next to another takes its style, as pressing Enter does", async () => {
    const w = new WordDouble();
    w.addParagraph("II. KẾT QUẢ", { style: "Heading 1" });
    await w.run(async (context) => {
      const h = context.document.body.paragraphs.getFirst();
      h.insertParagraph("nội dung", "After");
      await context.sync();
    });
    expect(w.paragraphs[1].style).toBe("Heading 1");
    expect(w.paragraphs[1].outlineLevel).toBe(1);
  });

  test("runs keep their own font; a range's font sets only its runs", async () => {
    const w = world("");
    await w.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst();
      p.font.name = "Times New Roman";
      p.insertText("Xảy ra ", "End");
      const bold = p.insertText("05 vụ", "End");
      bold.font.bold = true;
      p.load("font/bold,font/name");
      await context.sync();
      expect(p.font.bold).toBeNull(); // mixed, as Office.js reports it
      expect(p.font.name).toBe("Times New Roman");
    });
    expect(w.paragraphs[0].runs.map((r) => [r.text, r.font.bold])).toEqual([
      ["Xảy ra ", false],
      ["05 vụ", true],
    ]);
  });

  test("tables are real tables; their paragraphs are in body.paragraphs with a nesting level", async () => {
    const w = world("Trước");
    await w.run(async (context) => {
      const first = context.document.body.paragraphs.getFirst();
      const t = first.insertTable(2, 2, "After", [
        ["STT", "Lĩnh vực"],
        ["1", "Tư pháp"],
      ]);
      t.insertParagraph("Sau", "After");
      await context.sync();
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text,tableNestingLevel");
      await context.sync();
      expect(paragraphs.items.map((p) => [p.text, p.tableNestingLevel])).toEqual([
        ["Trước", 0],
        ["STT", 1],
        ["Lĩnh vực", 1],
        ["1", 1],
        ["Tư pháp", 1],
        ["Sau", 0],
      ]);
    });
  });

  test("footnotes need WordApi 1.5", async () => {
    const w = world("Câu");
    w.wordApiMinor = 3;
    await expect(
      w.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst();
        p.getRange("Whole").insertFootnote("ghi chú");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("content controls", () => {
  test("wrap whole adjacent blocks, nest, and list outer before inner in document order", async () => {
    const w = world("A", "B", "C");
    await w.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load("text");
      await context.sync();
      const [a, b] = paragraphs.items;
      const outer = a.getRange("Whole").expandTo(b.getRange("Whole")).insertContentControl();
      outer.tag = "ngoài";
      const inner = b.insertContentControl();
      inner.tag = "trong";
      await context.sync();
      const controls = context.document.contentControls;
      controls.load("tag,text");
      await context.sync();
      expect(controls.items.map((c) => [c.tag, c.text])).toEqual([
        ["ngoài", "A\rB"],
        ["trong", "B"],
      ]);
    });
    expect(paragraphsOf(w.controls[0]).map((p) => p.text)).toEqual(["A", "B"]);
  });

  test("a range that is not whole adjacent blocks of one container cannot be wrapped", async () => {
    const w = world("A", "B");
    await expect(
      w.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load("text");
        await context.sync();
        const [a, b] = paragraphs.items;
        b.getRange("Whole").expandTo(a.getRange("Whole")).insertContentControl();
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  test("insertParagraph Before a control lands outside it; Start and End inside; delete removes content", async () => {
    const w = world("A");
    await w.run(async (context) => {
      const c = context.document.body.paragraphs.getFirst().insertContentControl();
      c.insertParagraph("trước", "Before");
      c.insertParagraph("đầu", "Start");
      c.insertParagraph("cuối", "End");
      c.load("text");
      await context.sync();
      expect(c.text).toBe("đầu\rA\rcuối");
      c.delete(false);
      await context.sync();
    });
    expect(texts(w)).toEqual(["trước"]);
  });

  test("the selection's parent control is a null object outside controls", async () => {
    const w = world("A");
    const isNull = await w.run(async (context) => {
      const around = context.document.getSelection().parentContentControlOrNullObject;
      around.load("tag");
      await context.sync();
      return around.isNullObject;
    });
    expect(isNull).toBe(true);
    expect(textOf(w.body)).toBe("A");
  });
});

describe("document settings", () => {
  test("values are JSON copies; saveAsync stores them in the file", async () => {
    const w = new WordDouble();
    const value = { a: [1] };
    w.settings.set("k", value);
    value.a.push(2);
    expect(w.settings.get("k")).toEqual({ a: [1] });
    expect(w.settings.saved.has("k")).toBe(false);
    await new Promise<void>((resolve) => w.settings.saveAsync(() => resolve()));
    expect(w.settings.saved.get("k")).toEqual({ a: [1] });
  });
});
