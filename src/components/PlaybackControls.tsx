import { useState } from 'react';
import { clockTime } from '../format';
import { DEFAULT_SESSION, secondOfDay } from '../pipeline/market';
import { SPEEDS } from '../playback/clock';
import { seek, setPlaying, setSpeed, stepBy } from '../playback/store';
import { setFollow } from '../playback/view';
import { useEnd, useFollow, usePlaying, useSecond, useSpeed } from '../store/selectors';
import { jumpToEvent } from './eventNavigation';

export function PlaybackControls({ open }: { open: number }) {
  const second = useSecond();
  const playing = usePlaying();
  const speed = useSpeed();
  const end = useEnd();
  const follow = useFollow();
  const [typed, setTyped] = useState('');
  const [jumpError, setJumpError] = useState<string | null>(null);
  const jump = () => {
    const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(typed.trim());
    if (!match) return setJumpError(`'${typed}' is not a time: type HH:MM or HH:MM:SS`);
    const [, h, m, s = '0'] = match;
    const target = secondOfDay(`${h}:${m}:${s}`) - secondOfDay(DEFAULT_SESSION.open);
    if (target < 0 || target > end) {
      const { open: from, close: to } = DEFAULT_SESSION;
      return setJumpError(`${typed} is outside the session (${from}-${to} IST): nothing to show there`);
    }
    seek(target);
    setTyped('');
    setJumpError(null);
  };
  return (
    <div className="playback">
      <button type="button" className="button" onClick={() => seek(0)} title="Start (Home)">
        |◀
      </button>
      <button
        type="button"
        className="button"
        onClick={() => jumpToEvent(-1)}
        title="Previous event of the kinds shown ([)"
      >
        ◀◀
      </button>
      <button
        type="button"
        className="button primary"
        data-testid="play"
        onClick={() => setPlaying(!playing)}
        title="Play / pause (Space)"
      >
        {playing ? '❚❚' : '▶'}
      </button>
      <button type="button" className="button" onClick={() => jumpToEvent(1)} title="Next event of the kinds shown (])">
        ▶▶
      </button>
      <button type="button" className="button" onClick={() => seek(end)} title="End (End)">
        ▶|
      </button>
      <button type="button" className="button" onClick={() => stepBy(-1)} title="Back 1 s (Left)">
        −1s
      </button>
      <button type="button" className="button" onClick={() => stepBy(1)} title="Forward 1 s (Right)">
        +1s
      </button>
      <select data-testid="speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-label="Speed">
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}x
          </option>
        ))}
      </select>
      <span className="clock" data-testid="clock">
        {clockTime(open + second)}
      </span>
      <input
        className="jump"
        placeholder="jump HH:MM:SS"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setJumpError(null);
        }}
        onKeyDown={(e) => e.key === 'Enter' && jump()}
        aria-label="Jump to a time"
        aria-invalid={jumpError !== null}
        data-testid="jump"
      />
      {jumpError && (
        <span className="error" role="alert" data-testid="jump-error">
          {jumpError}
        </span>
      )}
      <button
        type="button"
        className="button follow"
        data-testid="follow"
        aria-pressed={follow}
        onClick={() => setFollow(!follow)}
        title="A zoomed view follows the playhead while it plays (F)"
      >
        Follow
      </button>
    </div>
  );
}
