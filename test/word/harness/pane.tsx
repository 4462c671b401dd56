// Browser harness: the real Word pane over the real adapter, with the Word test double as the
// open document (a clerk's draft of the Bình Thành report). window.__word lets the test read it.
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { WordHostProvider } from "../../../src/taskpane/word/hostContext";
import { WordPane } from "../../../src/taskpane/word/WordPane";
import { WordDouble } from "../../doubles/word/world";
import { createWordHost } from "../../../src/word/host";

const world = new WordDouble();
const bold = { bold: true };
// "?empty": a new, empty document (the clerk's first run).
const empty = new URLSearchParams(location.search).has("empty");
// Word's new document holds one empty paragraph.
if (empty) world.addParagraph("");
else addDraft();

function addDraft() {
  world.addParagraph("Ủy ban nhân dân xã báo cáo kết quả công tác dân vận năm 2023 như sau:");
  world.addParagraph("I. ĐẶC ĐIỂM TÌNH HÌNH", bold);
  world.addParagraph("Bình Thành là xã nằm ở phía nam huyện Định Hóa.");
  // Two wrong percentages of the reference report, for "Kiểm tra số liệu trong văn bản".
  world.addParagraph(
    "Ban Chấp hành Đảng bộ hiện nay có 9/10 đồng chí có trình độ đại học, chiếm 90,9%, 10/10 đồng chí có trình độ trung cấp lý luận chính trị."
  );
  world.addParagraph(
    "Vận động trang bị bình PCCC xách tay cho 581/1415 hộ gia đình trên địa bàn xã đạt 41,6%."
  );
  world.addParagraph("II. KẾT QUẢ CÔNG TÁC DÂN VẬN CỦA HỆ THỐNG CHÍNH TRỊ", bold);
  for (const [heading, text] of [
    ["2.1. Công tác dân vận của Hội đồng nhân dân", "HĐND xã đã tổ chức thành công kỳ họp thứ 5."],
    [
      "2.2. Công tác dân vận của Ủy ban nhân dân",
      "Ủy ban nhân dân xã bám sát chương trình công tác.",
    ],
    [
      "2.3. Công tác dân vận của lực lượng vũ trang",
      "Lực lượng Công an và Quân sự xã làm tốt công tác dân vận.",
    ],
    [
      "2.4. Công tác dân vận của Mặt trận TQ, các tổ chức chính trị - xã hội",
      "Công tác phối hợp được nâng lên.",
    ],
    ["4. Kết quả công tác dân vận đối với đồng bào theo tôn giáo", "Tình hình tôn giáo ổn định."],
  ]) {
    world.addParagraph(heading, bold);
    world.addParagraph(text);
  }
}

declare global {
  interface Window {
    __word: {
      world: WordDouble;
      texts: () => string[];
      tags: () => string[];
      selected: () => string | undefined;
    };
  }
}
window.__word = {
  world,
  texts: () => world.paragraphs.map((p) => p.text),
  tags: () => world.controls.map((c) => c.tag),
  selected: () => world.selectedText,
};

// "?slow": each Word.run takes 400 ms, as on a busy office PC, so progress can be seen.
const env = world.environment();
const wait = new URLSearchParams(location.search).has("slow") ? 400 : 0;
const slow: typeof env = {
  ...env,
  run: async (batch) => {
    await new Promise((r) => setTimeout(r, wait));
    return env.run(batch);
  },
};

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <WordHostProvider host={createWordHost(slow)}>
      <WordPane />
    </WordHostProvider>
  </FluentProvider>
);
