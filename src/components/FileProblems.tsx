import { useState } from 'react';
import { nameUnderlying } from '../pipeline/actions';
import { NO_UNDERLYING } from '../pipeline/schema';
import { useProblems } from '../store/selectors';

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

export function FileProblems() {
  const problems = useProblems();
  if (problems.length === 0) return null;
  return (
    <details className="problems" open>
      <summary>
        {problems.length} file{problems.length === 1 ? '' : 's'} not used: fix them and drop them again
      </summary>
      <ul data-testid="file-problems">
        {problems.map((p) => (
          <li key={p.path}>
            <code>{p.path}</code>: {p.reason}
            {p.reason.startsWith(NO_UNDERLYING) && <NameUnderlying path={p.path} />}
          </li>
        ))}
      </ul>
    </details>
  );
}
