/** Entry of the task pane bundle: decides the mode, then mounts the app into #root. */
import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { bootHost } from "./bootHost";
import { realServices } from "./realServices";

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <Spinner label="Đang khởi động…" />
    </FluentProvider>,
  );
  void bootHost().then((boot) => root.render(<App boot={boot} services={realServices} />));
}
