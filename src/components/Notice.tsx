import { dismissNotice } from '../pipeline/actions';
import { useNotice } from '../store/selectors';

/** A message that stops nothing, until the user has read it. */
export function Notice() {
  const notice = useNotice();
  if (!notice) return null;
  return (
    <div className="notice" role="status" data-testid="notice">
      <span>{notice}</span>
      <button type="button" className="button small" onClick={dismissNotice}>
        OK
      </button>
    </div>
  );
}
