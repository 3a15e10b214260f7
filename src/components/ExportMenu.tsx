import { exportOutput } from '../pipeline/actions';

const EXPORTS = [
  ['features', 'csv'],
  ['bursts', 'csv'],
  ['features', 'parquet'],
  ['bursts', 'parquet'],
] as const;

export function ExportMenu() {
  return (
    <details className="menu">
      <summary className="button">Export</summary>
      <div className="menu-items">
        {EXPORTS.map(([table, format]) => (
          <button
            key={`${table}-${format}`}
            type="button"
            className="button"
            data-testid={`export-${table}-${format}`}
            onClick={() => void exportOutput(table, format)}
          >
            {table} .{format}
          </button>
        ))}
      </div>
    </details>
  );
}
