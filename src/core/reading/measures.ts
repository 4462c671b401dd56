/**
 * Measures whose unit Vietnamese statistics fix by convention, whatever a table typed: rainfall
 * in mm, sunshine in hours, air temperature in °C, humidity in %. A table that names such a
 * measure in its title (or a CSV opened as a sheet named after its file: "luong_mua") but types
 * another unit, or none, is read in the measure's unit, with a warning.
 * Source: the Niên giám thống kê chapter "Đơn vị hành chính, đất đai và khí hậu" (Lượng mưa – mm,
 * Số giờ nắng – giờ, Nhiệt độ không khí trung bình – °C, Độ ẩm không khí trung bình – %);
 * issue 9 corpus, Đà Nẵng "luong_mua" table headed "(ĐVT: Giờ)" over rainfall in mm.
 */
import { foldKey } from "../text";

export interface KnownMeasure {
  /** The measure as a title names it: "Lượng mưa". */
  name: string;
  /** Its unit, Vietnamese form: "mm". */
  unit: string;
}

const KNOWN: [RegExp, KnownMeasure][] = [
  [/\bluong mua\b/, { name: "Lượng mưa", unit: "mm" }],
  [/\b(so )?gio nang\b/, { name: "Số giờ nắng", unit: "giờ" }],
  [/\bnhiet do( khong khi)?\b/, { name: "Nhiệt độ", unit: "°C" }],
  [/\bdo am( khong khi)?\b/, { name: "Độ ẩm", unit: "%" }],
];

/**
 * The known measure a title (or a sheet name such as "luong_mua") names, or undefined.
 * Underscores and dashes count as spaces.
 */
export function knownMeasure(title: string): KnownMeasure | undefined {
  const key = foldKey(title.replace(/[_-]+/g, " "));
  const named = KNOWN.filter(([re]) => re.test(key));
  // "Lượng mưa và số giờ nắng": two measures, neither is the table's.
  return named.length === 1 ? named[0][1] : undefined;
}
