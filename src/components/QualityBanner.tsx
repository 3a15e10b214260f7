import { fixed } from '../format';
import { type DataQuality, isSparse, spotObservedShare } from '../pipeline/compute';

/** Says, where the trader looks, that the data is too sparse for the bursts to mean what they seem. */
export function QualityBanner({ quality }: { quality: DataQuality }) {
  if (!isSparse(quality)) return null;
  const share = 100 * spotObservedShare(quality);
  const interval = quality.median_spot_interval_s;
  return (
    <div className="quality-banner" role="status" data-testid="quality-banner">
      ⚠ Sparse data: spot is observed in {fixed(share, 1)}% of seconds
      {interval !== null && `, a median ${fixed(interval, 0)} s apart`}. Each jump between two updates looks like a
      burst: bursts with spot seen in under half their seconds are marked sparse.
    </div>
  );
}
