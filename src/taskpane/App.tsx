import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import type { Boot } from "./boot";
import { Pane } from "./ui/Pane";
import { StartScreen } from "./ui/StartScreen";
import { UnsupportedExcelBar } from "./ui/UnsupportedExcelBar";
import { ServicesContext, type PaneServices } from "./services";
import type { Session } from "./session";

export interface AppProps {
  readonly boot: Boot;
  readonly services: PaneServices;
}

export function App({ boot, services }: AppProps) {
  const [session, setSession] = useState<Session | null>(boot.kind === "office" ? { kind: "office", host: boot.host } : null);
  return (
    <FluentProvider theme={webLightTheme}>
      <ServicesContext.Provider value={services}>
        {boot.kind === "office" && boot.missing.length > 0 && <UnsupportedExcelBar missing={boot.missing} />}
        {session ? (
          <Pane session={session} onReopen={session.kind === "file" ? () => setSession(null) : null} />
        ) : (
          <StartScreen onOpened={(host, pendingFiles) => setSession({ kind: "file", host, pendingFiles })} />
        )}
      </ServicesContext.Provider>
    </FluentProvider>
  );
}
