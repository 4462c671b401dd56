// Vietnamese names of the column roles, as the pane shows them.
import type { ColumnRole } from "../../core/headers";

export const ROLE_LABEL: Record<ColumnRole, string> = {
  order: "STT",
  name: "Chỉ tiêu",
  group: "Nhóm",
  unit: "ĐVT",
  plan: "Kế hoạch",
  actual: "Thực hiện",
  samePeriod: "Cùng kỳ",
  total: "Tổng số",
  ratioPlan: "TH/KH",
  ratioSamePeriod: "TH/CK",
  ratioShare: "Tỷ lệ/Chiếm",
  section: "Mục báo cáo",
  template: "Mẫu câu",
  note: "Ghi chú",
  precision: "Số chữ số thập phân",
};
