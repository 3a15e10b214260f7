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

// The page compiles the engine's wasm once and sends each engine the module as its first message
// (see compileEngine in engine.ts). duckdb-wasm instantiates with instantiateStreaming of a
// Response of its own making, which the browser cannot cache compiled; the module takes its place.
let compiled: WebAssembly.Module | undefined;
WebAssembly.instantiateStreaming = async (source, imports) => {
  void Promise.resolve(source)
    .then((response) => response.body?.cancel())
    .catch(() => {});
  if (!compiled) throw new Error('the engine worker got no compiled module from the page');
  return { module: compiled, instance: await WebAssembly.instantiate(compiled, imports) };
};

// Messages that arrive while duckdb-wasm's script loads are held, then given to its handler.
const early: MessageEvent[] = [];
self.onmessage = (event) => {
  if (event.data instanceof WebAssembly.Module) compiled = event.data;
  else early.push(event);
};
await import(/* @vite-ignore */ duckdbWorker);
for (const event of early) self.onmessage?.(event);
