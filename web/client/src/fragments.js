// The live pages' resync: the current fragments of a page as turbo-stream HTML, with the sequence of
// the last event they include (the server's X-Sequence header). Null when the server refused.
export async function fetchFragments(url) {
  const response = await fetch(url, {
    headers: { Accept: "text/vnd.turbo-stream.html" },
    credentials: "same-origin",
    cache: "no-store",
  });
  if (!response.ok) return null;
  return { sequence: Number(response.headers.get("X-Sequence") ?? "0"), html: await response.text() };
}
