/** Serves the built pane (dist/pane/) over plain http on 127.0.0.1: no certificates needed in CI. */
import { createReadStream, promises as fs } from "fs";
import { createServer, type Server } from "http";
import type { AddressInfo } from "net";
import { extname, join, normalize, sep } from "path";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  /** e.g. "http://127.0.0.1:40123" */
  readonly origin: string;
  close(): Promise<void>;
}

export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = normalize(folder);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    const file = normalize(join(root, path));
    // a request must not climb out of dist/pane/
    if (file !== root && !file.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    void fs.stat(file).then(
      (stat) => stat.isFile(),
      () => false,
    ).then((found) => {
      if (!found) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end(`${path} not found`);
        return;
      }
      response.writeHead(200, {
        "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-store",
      });
      createReadStream(file).pipe(response);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // port 0: the system picks a free port, so runs never collide
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // the browser keeps connections alive; without this, close waits for them to time out
        server.closeAllConnections();
      }),
  };
}
