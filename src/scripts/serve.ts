/** `npm run serve`: serves dist/ on http://127.0.0.1:8080 (or PORT) to try the web page locally. */
import path from "node:path";
import { serveFolder } from "./static-server";

async function run(): Promise<void> {
  const port = Number(process.env.PORT ?? 8080);
  const server = await serveFolder(path.resolve("dist"), port);
  process.stdout.write(`Mở ${server.url}/taskpane.html trong trình duyệt (Ctrl+C để dừng).\n`);
}

void run();
