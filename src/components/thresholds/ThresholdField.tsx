// One threshold: its spec name, the value in force, its default, what it does, and why a value
// typed was refused (that value stays in the box, and nothing is applied).
import type { ThresholdGroup } from '../../pipeline/market';
import type { Field } from './fields';

interface Props {
  group: ThresholdGroup;
  field: Field;
  value: number | string;
  fallback: number | string; // the default
  error: string | undefined;
  /** Whatever is in the box, on Enter or when it loses focus. */
  onCommit: (text: string) => void;
  /** Tells the box apart when its value changes from outside (a reset, an import). */
  scope: string;
}

export function ThresholdField({ group, field, value, fallback, error, onCommit, scope }: Props) {
  // the burst fields keep the names they always had (tests and bookmarks use them)
  const name = group === 'bursts' ? field.label : `${group}-${field.label}`;
  return (
    <div className="threshold">
      <label>
        <code>{field.label}</code>
        <input
          type="text"
          inputMode={typeof fallback === 'number' ? 'decimal' : 'text'}
          defaultValue={value}
          key={`${scope}-${value}`}
          data-testid={`threshold-${name}`}
          aria-invalid={error !== undefined}
          aria-describedby={`meaning-${name}`}
          onBlur={(e) => onCommit(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onCommit(e.currentTarget.value)}
        />
        <span className="muted">default {fallback}</span>
      </label>
      <span className="muted meaning" id={`meaning-${name}`}>
        {field.meaning}
      </span>
      {error && (
        <span className="error" role="alert" data-testid={`threshold-error-${name}`}>
          {field.label} {error}; not applied
        </span>
      )}
    </div>
  );
}
