// Placeholder: the Word pane is being built (see the issues).
import { Body1, Title2 } from "@fluentui/react-components";

export function WordPane() {
  return (
    <main style={{ padding: 16 }}>
      <Title2 as="h1">Báo cáo</Title2>
      <Body1>Ngăn tác vụ đang được xây dựng.</Body1>
    </main>
  );
}
