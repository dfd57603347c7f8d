/** The server module: `createApp` for in-process use and tests, `startServer` to listen. */
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { openStore } from "../store/index.js";
import { createApp } from "./app.js";

export { createApp } from "./app.js";

export interface ServerOptions {
  dbPath?: string;
  /** Default 8080; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1: the API can upload and read everything, so it stays on loopback. */
  host?: string;
  maxUploadBytes?: number;
  webRoot?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || host.startsWith("127.");
}

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  const store = openStore(options.dbPath);
  const hostName = host.includes(":") ? `[${host}]` : host;
  const app = createApp({
    store,
    maxUploadBytes: options.maxUploadBytes,
    webRoot: options.webRoot,
    // Bound beyond loopback on purpose: clients reach it by any name, so only Origin is checked.
    allowedHosts: isLoopback(host) ? [] : ["*"],
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? 8080, hostname: host }, () => resolve(s));
    s.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${hostName}:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        // Keep-alive connections would hold close() open.
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
