import { useTranslation } from 'react-i18next';
import { ACTIONS } from '../actions/action-table';
import { formatChord } from '../actions/keys';
import { Dialog } from '../common/Dialog';

/** Generated from the action table: every action with keys has a row. */
export function CheatSheet({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('cheatsheet.title')}
      description={t('cheatsheet.description')}
      onClose={onClose}
    >
      <table className="data" aria-label={t('cheatsheet.title')}>
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
              <td>{t(`action.${a.id}`, { defaultValue: a.label })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
