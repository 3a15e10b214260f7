import { useEffect } from 'react';
import { KEYS } from './keyboard';

/** Every key, over the screen; Escape or a click outside the box closes it. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes it (above); the click is the mouse's way out
    <div
      className="overlay"
      role="dialog"
      aria-label="Keyboard shortcuts"
      onClick={(e) => e.target === e.currentTarget && onClose()}
    >
      <div className="overlay-box">
        <h2>Keys</h2>
        <table>
          <tbody>
            {KEYS.map(([key, what]) => (
              <tr key={key}>
                <td>
                  <kbd>{key}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
