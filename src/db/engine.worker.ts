// The engine's worker (a module worker): duckdb-wasm's own worker script, run after File reads are
// routed through the read-ahead cache (see readAhead.ts). duckdb-wasm reads a registered File as
// `new FileReaderSync().readAsArrayBuffer(file.slice(start, end))`; here a File's slice is a plain
// range (making a Blob per page costs about 0.3 ms as well), and reading a range is served by the
// cache. Blobs that are not File slices are read as before.
import duckdbWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { ReadAhead, sliceRange } from './readAhead';

interface SyncReader {
  readAsArrayBuffer(blob: Blob | FileRange): ArrayBuffer;
}
declare const FileReaderSync: { new (): SyncReader; prototype: SyncReader };

class FileRange {
  constructor(
    readonly file: File,
    readonly start: number,
    readonly end: number,
  ) {}
}

const readBlob = FileReaderSync.prototype.readAsArrayBuffer;
const sliceBlob = Blob.prototype.slice;
const cache = new ReadAhead<File>(
  (file, start, end) => new Uint8Array(readBlob.call(new FileReaderSync(), sliceBlob.call(file, start, end))),
);

Object.defineProperty(File.prototype, 'slice', {
  configurable: true,
  writable: true,
  value(this: File, start?: number, end?: number) {
    return new FileRange(this, ...sliceRange(this.size, start, end));
  },
});
FileReaderSync.prototype.readAsArrayBuffer = function (this: SyncReader, blob: Blob | FileRange) {
  if (!(blob instanceof FileRange)) return readBlob.call(this, blob);
  return cache.read(blob.file, blob.start, blob.end).buffer as ArrayBuffer;
};

// The page compiles the engine's wasm once and sends each engine the module (see compileEngine
// in engine.ts). duckdb-wasm instantiates with instantiateStreaming of a Response of its own
// making, which the browser cannot cache compiled; the page's module takes its place. The module
// may arrive before or after duckdb-wasm's script has loaded, so a listener of its own takes it,
// ahead of duckdb-wasm's handler.
let receive: (module: WebAssembly.Module) => void = () => {};
const compiled = new Promise<WebAssembly.Module>((resolve) => {
  receive = resolve;
});
self.addEventListener('message', (event) => {
  if (!(event.data instanceof WebAssembly.Module)) return;
  receive(event.data);
  event.stopImmediatePropagation();
});
WebAssembly.instantiateStreaming = async (source, imports) => {
  void Promise.resolve(source)
    .then((response) => response.body?.cancel())
    .catch(() => {});
  const module = await compiled;
  return { module, instance: await WebAssembly.instantiate(module, imports) };
};

// Messages that arrive while duckdb-wasm's script loads are held, then given to its handler.
const early: MessageEvent[] = [];
self.onmessage = (event) => early.push(event);
await import(/* @vite-ignore */ duckdbWorker);
for (const event of early) self.onmessage?.(event);
