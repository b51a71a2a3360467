import { ACTIONS } from '../actions/action-table';
import { formatChord } from '../actions/keys';
import { Dialog } from '../common/Dialog';

const TEXT = {
  title: 'Keyboard shortcuts',
  description:
    'Shortcuts are off while you type in a field or edit text on the stage. Tab to the stage, then Tab and Shift+Tab walk its clips. In Layers and Scenes, press Space on an item to pick it up, arrows to move it, Space to drop, Esc to cancel.',
};

/** Generated from the action table: every action with keys has a row. */
export function CheatSheet({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title={TEXT.title} description={TEXT.description} onClose={onClose}>
      <table className="data" aria-label={TEXT.title}>
        <tbody>
          {ACTIONS.filter((a) => a.keys?.length).map((a) => (
            <tr key={a.id} data-action={a.id}>
              <td>
                {a.keys!.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{formatChord(k)}</kbd>
                  </span>
                ))}
              </td>
              <td>{a.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
