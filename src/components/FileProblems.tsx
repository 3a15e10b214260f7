import { useProblems } from '../store/selectors';

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
          </li>
        ))}
      </ul>
    </details>
  );
}
