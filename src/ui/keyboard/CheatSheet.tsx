import { Dialog } from '../common/Dialog';
import { SHORTCUTS } from './shortcuts';

export function CheatSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose}>
      <table className="data">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.keys}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Shortcuts are off while you type in a field or edit text on the stage.</p>
    </Dialog>
  );
}
