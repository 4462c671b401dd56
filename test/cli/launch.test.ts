/**
 * The `baocao` command as a clerk launches it: compiled into lib/ on `npm ci` (the package's
 * `prepare` script, so `npx baocao` works at once), and quiet when its reader stops early
 * (`baocao outlines | head -1`). Needs lib/ (npm test's pretest builds it, as npm ci does).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = path.join(__dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
};

test("npm ci compiles the command the package's bin names, with its shebang", () => {
  expect(pkg.scripts.prepare).toBe("npm run build:cli");
  const bin = path.join(ROOT, pkg.bin.baocao);
  expect(existsSync(bin)).toBe(true);
  expect(readFileSync(bin, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  const out = execFileSync("node", [bin, "outlines"], { encoding: "utf8" });
  expect(out).toMatch(/^dan-van-nam /);
});

test("a reader that stops after one line: no EPIPE, exit 0", () => {
  const r = spawnSync(
    "bash",
    [
      "-o",
      "pipefail",
      "-c",
      `node ${JSON.stringify(path.join(ROOT, pkg.bin.baocao))} outlines | head -1`,
    ],
    { encoding: "utf8" }
  );
  expect(r.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/EPIPE|Error/);
  expect(r.status).toBe(0);
});

test("a reader that stops early does not stop the work: fill still writes its file", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "baocao-pipe-"));
  const out = path.join(dir, "kq.docx");
  const report = path.join(ROOT, "test/fixtures/real-docx/ref-xa-binh-thanh-dan-van-2023.docx");
  const book = path.join(ROOT, "examples/binh-thanh-2023.xlsx");
  const bin = JSON.stringify(path.join(ROOT, pkg.bin.baocao));
  const r = spawnSync(
    "bash",
    [
      "-o",
      "pipefail",
      "-c",
      `node ${bin} fill ${JSON.stringify(report)} ${JSON.stringify(book)} -o ${JSON.stringify(out)} | head -1`,
    ],
    { encoding: "utf8" }
  );
  expect(r.status).toBe(0);
  expect(r.stderr).not.toMatch(/EPIPE/);
  expect(existsSync(out)).toBe(true);
});
