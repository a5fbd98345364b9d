// Holds real SignalR connections (the official JavaScript client) on behalf of a test process.
// No .NET SignalR client can be restored here, so the C# tests speak to this bridge instead:
// one JSON object per line on stdin (requests), one per line on stdout (replies and pushes).
//
//   {"id":1,"op":"connect","client":"nurse","url":"http://127.0.0.1:5000/hubs/session","token":"...","cookie":"..."}
//   {"id":2,"op":"invoke","client":"nurse","method":"Act","args":[{"role":"nurse","action":"x"}]}
//   {"id":3,"op":"stop","client":"nurse"}
//   {"id":4,"op":"send-raw","client":"nurse","size":20000}   (an oversized invocation)
// Replies: {"id":1,"ok":true,"result":...} or {"id":1,"ok":false,"error":"..."}.
// Pushes:  {"push":"events","client":"nurse","args":[...]} (likewise "fragments" and "roleAssigned")
//          and {"push":"closed","client":"nurse","error":"..."}.
import * as signalR from "@microsoft/signalr";
import { createInterface } from "node:readline";

const connections = new Map();
const write = (message) => process.stdout.write(JSON.stringify(message) + "\n");

async function connect({ client, url, token, cookie }) {
  const options = { transport: signalR.HttpTransportType.WebSockets, skipNegotiation: false };
  if (token) options.accessTokenFactory = () => token;
  if (cookie) options.headers = { Cookie: cookie };
  const connection = new signalR.HubConnectionBuilder()
    .withUrl(url, options)
    .configureLogging(signalR.LogLevel.None)
    .build();
  for (const method of ["events", "fragments", "roleAssigned"]) {
    connection.on(method, (...args) => write({ push: method, client, args }));
  }
  connection.onclose((error) => write({ push: "closed", client, error: error ? String(error.message ?? error) : null }));
  await connection.start();
  connections.set(client, connection);
  return connection.connectionId;
}

function connectionOf(client) {
  const connection = connections.get(client);
  if (!connection) throw new Error(`no connection named ${client}`);
  return connection;
}

async function handle(request) {
  switch (request.op) {
    case "connect":
      return connect(request);
    case "invoke":
      return connectionOf(request.client).invoke(request.method, ...(request.args ?? []));
    case "stop": {
      const connection = connectionOf(request.client);
      connections.delete(request.client);
      await connection.stop();
      return null;
    }
    case "send-raw":
      // An invocation whose argument is larger than the server accepts.
      return connectionOf(request.client).invoke("Message", { from: "x", to: ["x"], text: "x".repeat(request.size) });
    default:
      throw new Error(`unknown op ${request.op}`);
  }
}

const lines = createInterface({ input: process.stdin });
lines.on("line", async (line) => {
  if (!line.trim()) return;
  const request = JSON.parse(line);
  try {
    write({ id: request.id, ok: true, result: (await handle(request)) ?? null });
  } catch (error) {
    write({ id: request.id, ok: false, error: String(error?.message ?? error) });
  }
});
lines.on("close", async () => {
  await Promise.allSettled([...connections.values()].map((c) => c.stop()));
  process.exit(0);
});
