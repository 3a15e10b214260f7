import { type DatasetResult, isSparse } from '../../pipeline/compute';
import { OptionChart } from './OptionChart';
import { Overview } from './Overview';
import { RvChart } from './RvChart';
import { SpotChart } from './SpotChart';
import { usePalette } from './theme';

/** The day's three stacked charts (spot, ATM options, volatility) on one shared, zoomable time axis,
 * and under them the whole day's overview with the visible range. */
export function Charts({ result }: { result: DatasetResult }) {
  const palette = usePalette();
  const sparse = isSparse(result.quality);
  return (
    <div className="mt-charts">
      <div className="mt-charts-slot" style={{ flexGrow: 45 }}>
        <SpotChart result={result} palette={palette} sparse={sparse} />
      </div>
      <div className="mt-charts-slot" style={{ flexGrow: 30 }}>
        <OptionChart result={result} palette={palette} sparse={sparse} />
      </div>
      <div className="mt-charts-slot" style={{ flexGrow: 25 }}>
        <RvChart result={result} palette={palette} />
      </div>
      <Overview result={result} palette={palette} sparse={sparse} />
    </div>
  );
}
