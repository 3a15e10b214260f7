import { EXPORT_TABLES } from '../export/exportTable';
import { exportOutput } from '../pipeline/actions';

const FORMATS = ['csv', 'parquet'] as const;

/** One row per table (spec 7-13): its CSV and its Parquet. */
export function ExportMenu() {
  return (
    <details className="menu">
      <summary className="button">Export</summary>
      <div className="menu-items export-grid">
        {EXPORT_TABLES.map((table) => (
          <div key={table} className="export-row">
            <span>{table}</span>
            {FORMATS.map((format) => (
              <button
                key={format}
                type="button"
                className="button"
                data-testid={`export-${table}-${format}`}
                aria-label={`${table} as ${format}`}
                onClick={() => void exportOutput(table, format)}
              >
                .{format}
              </button>
            ))}
          </div>
        ))}
      </div>
    </details>
  );
}
