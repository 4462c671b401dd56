/** Options shared by the CLI commands. */
import { CliError } from "./files";

/** --style: "van-xuoi"/"prose" or "liet-ke"/"list"; undefined when not given. */
export function styleOf(value: string | undefined): "prose" | "list" | undefined {
  if (value === undefined) return undefined;
  const key = value.normalize("NFC").toLowerCase();
  if (["prose", "van-xuoi", "văn-xuôi", "văn xuôi"].includes(key)) return "prose";
  if (["list", "liet-ke", "liệt-kê", "liệt kê"].includes(key)) return "list";
  throw new CliError(
    `--style chỉ nhận van-xuoi (văn xuôi) hoặc liet-ke (liệt kê), không nhận “${value}”.`,
    2
  );
}
