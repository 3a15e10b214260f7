import { useEffect, useRef } from 'react';
import { loadSample, openSources } from '../pipeline/actions';
import { sourcesFromFileList } from './sources';

export function FilePickers() {
  const folder = useRef<HTMLInputElement>(null);
  useEffect(() => {
    folder.current?.setAttribute('webkitdirectory', '');
  }, []);
  const open = (event: React.ChangeEvent<HTMLInputElement>) => {
    const sources = sourcesFromFileList(event.target.files);
    event.target.value = '';
    if (sources.length > 0) void openSources(sources);
  };
  return (
    <div className="pickers">
      <label className="button">
        Open files
        <input data-testid="open-files" type="file" multiple accept=".parquet" onChange={open} hidden />
      </label>
      <label className="button">
        Open folder
        <input data-testid="open-folder" ref={folder} type="file" multiple onChange={open} hidden />
      </label>
      <button type="button" className="button" data-testid="load-sample" onClick={() => void loadSample()}>
        Sample
      </button>
    </div>
  );
}
