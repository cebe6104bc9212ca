import { InputError } from '../errors.js';

export interface FetchOptions {
  /** Whole request, redirects included. Default 20 s. */
  timeoutMs?: number;
  /** Largest body accepted. */
  maxBytes: number;
  /** Default 5. */
  maxRedirects?: number;
}

export interface Fetched {
  url: string;
  bytes: Uint8Array;
  contentType?: string;
}

const USER_AGENT = 'dyad/0.1 (+https://github.com/dyad; news event coder)';

async function readCapped(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new InputError(url, `Too large: ${declared} bytes, the limit is ${maxBytes}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of (response.body ?? []) as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > maxBytes) throw new InputError(url, `Too large: more than the limit of ${maxBytes} bytes`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}

/** Fetches a page over http(s) with a time limit, a size cap and a bounded number of redirects. */
export async function fetchPage(url: string, options: FetchOptions): Promise<Fetched> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  const signal = AbortSignal.timeout(timeoutMs);
  let current = url;
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    let response: Response;
    try {
      response = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': USER_AGENT, accept: 'text/html,text/plain;q=0.9,*/*;q=0.5' } });
    } catch (error) {
      if (signal.aborted) throw new InputError(url, `Timed out after ${timeoutMs} ms`);
      throw new InputError(url, `Could not fetch: ${describe(error)}`);
    }
    if (response.status >= 300 && response.status < 400 && response.headers.get('location')) {
      await response.body?.cancel();
      current = new URL(response.headers.get('location')!, current).href;
      if (!/^https?:/.test(current)) throw new InputError(url, `Redirected to a non-http address: ${current}`);
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw new InputError(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    const contentType = response.headers.get('content-type') ?? undefined;
    if (contentType && !/text|html|xml|octet-stream|gzip/i.test(contentType)) {
      await response.body?.cancel();
      throw new InputError(url, `Not a page or text: the server sent ${contentType.split(';')[0]}`);
    }
    try {
      return { url: current, bytes: await readCapped(url, response, options.maxBytes), contentType };
    } catch (error) {
      if (error instanceof InputError) throw error;
      if (signal.aborted) throw new InputError(url, `Timed out after ${timeoutMs} ms`);
      throw new InputError(url, `Could not read the response: ${describe(error)}`);
    }
  }
  throw new InputError(url, `Too many redirects (more than ${options.maxRedirects ?? 5})`);
}
