import { type DatasetResult, isSparse } from '../../pipeline/compute';
import { DepthChart } from './DepthChart';
import { IvChart } from './IvChart';
import { OptionChart } from './OptionChart';
import { Overview } from './Overview';
import { RegimeKey } from './RegimeKey';
import { RvChart } from './RvChart';
import { SpotChart } from './SpotChart';
import { usePalette } from './theme';

/** The day's stacked charts (spot, ATM options, volatility, ATM IV, ATM depth with the regime ribbon)
 * on one shared, zoomable time axis, and under them the whole day's overview with the visible range. */
export function Charts({ result }: { result: DatasetResult }) {
  const palette = usePalette();
  const sparse = isSparse(result.quality);
  return (
    <div className="mt-charts">
      <div className="mt-charts-slot" style={{ flexGrow: 32 }}>
        <SpotChart result={result} palette={palette} sparse={sparse} />
      </div>
      <div className="mt-charts-slot" style={{ flexGrow: 20 }}>
        <OptionChart result={result} palette={palette} sparse={sparse} />
      </div>
      <div className="mt-charts-slot" style={{ flexGrow: 15 }}>
        <RvChart result={result} palette={palette} />
      </div>
      <div className="mt-charts-slot" style={{ flexGrow: 15 }}>
        <IvChart result={result} palette={palette} />
      </div>
      <div className="mt-charts-slot" style={{ flexGrow: 18 }}>
        <DepthChart result={result} palette={palette} />
      </div>
      <Overview result={result} palette={palette} sparse={sparse} />
      <RegimeKey regimes={result.regimes} />
    </div>
  );
}
