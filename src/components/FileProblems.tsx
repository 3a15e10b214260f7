import { useState } from 'react';
import { nameUnderlying } from '../pipeline/actions';
import { NOT_PARQUET } from '../pipeline/inspect';
import { NO_UNDERLYING } from '../pipeline/schema';
import { useProblems, useSelectedKey } from '../store/selectors';
import { remedy, shortNames } from './remedy';

function NameUnderlying({ path }: { path: string }) {
  const [name, setName] = useState('');
  return (
    <form
      className="inline"
      onSubmit={(e) => {
        e.preventDefault();
        void nameUnderlying(path, name);
      }}
    >
      <input value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. NIFTY" aria-label="Underlying" />
      <button type="submit" className="button small">
        Use
      </button>
    </form>
  );
}

/** The selected day says which of its files could not be read: it is computed without them. */
export function MissingFiles() {
  const key = useSelectedKey();
  const missing = useProblems().filter((p) => key && p.days?.includes(key));
  if (missing.length === 0) return null;
  return (
    <div className="problems" role="status" data-testid="missing-files">
      {key} is computed without {missing.length} of its files, which could not be read:{' '}
      {missing.map((p) => (
        <span key={p.path}>
          <code>{p.path}</code> ({p.reason}){' '}
        </span>
      ))}
    </div>
  );
}

/** One line that opens the list: each file not used, with its path and reason; other files in one line. */
export function FileProblems() {
  const problems = useProblems();
  if (problems.length === 0) return null;
  const others = problems.filter((p) => p.reason === NOT_PARQUET);
  const listed = problems.filter((p) => p.reason !== NOT_PARQUET);
  const plural = (n: number) => (n === 1 ? '' : 's');
  return (
    <details className="problems" data-testid="problems">
      <summary>
        {problems.length} file{plural(problems.length)} not used: show
      </summary>
      <ul data-testid="file-problems">
        {listed.map((p) => (
          <li key={p.path}>
            <code>{p.path}</code>: {p.reason}
            {remedy(p.reason) && <span className="remedy"> What to do: {remedy(p.reason)}.</span>}
            {p.reason.startsWith(NO_UNDERLYING) && <NameUnderlying path={p.path} />}
          </li>
        ))}
        {others.length > 0 && (
          <li title={others.map((p) => p.path).join('\n')}>
            {others.length} file{plural(others.length)} not ending in .parquet skipped:{' '}
            {shortNames(others.map((p) => p.path)).join(', ')}
          </li>
        )}
      </ul>
    </details>
  );
}
