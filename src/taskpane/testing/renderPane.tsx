/** Renders the pane on a fake host with fake services, as the user would see it. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { Pane } from "../ui/Pane";
import { ServicesContext, type PaneServices } from "../services";
import type { Session } from "../session";

export function renderPane(session: Session, services: PaneServices) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        <Pane session={session} />
      </ServicesContext.Provider>
    </FluentProvider>,
  );
}
