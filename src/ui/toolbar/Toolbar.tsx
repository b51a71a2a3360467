import { useTranslation } from 'react-i18next';
import { useRef, useState } from 'react';
import { useEditor, useEditorState } from '../../store/editor-context';
import { selectOrientation } from '../../store/selectors';
import { ACTIONS } from '../actions/action-table';
import { ActionButton } from '../actions/ActionButton';
import { useAnnounce } from '../announcer/announcer';
import type { Panel } from '../actions/panels';
import { ZoomControls } from './ZoomControls';
import { LanguageSwitch } from '../common/LanguageSwitch';
import { ownName } from '../common/project-name';

export type { Panel } from '../actions/panels';

/** Shown inline from 1440 px; below that they move into the "More" menu so the bar never wraps. */
const SECONDARY = ACTIONS.filter((a) => a.toolbar === 'secondary').map((a) => a.id);

function MoreMenu({ open }: { open: (panel: Panel) => void }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const announce = useAnnounce();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <span className="narrow-only more-menu">
      <button
        ref={button}
        aria-expanded={shown}
        aria-haspopup="menu"
        onClick={() => setShown(!shown)}
      >
        {t('toolbar.more')}
      </button>
      {shown && (
        <span role="menu" className="more-list" aria-label={t('toolbar.moreMenu')}>
          {SECONDARY.map((id) => (
            <ActionButton
              key={id}
              id={id}
              role="menuitem"
              run={{ open, announce }}
              onDone={() => {
                // The item goes with the menu: the dialog gives focus back to "More" instead.
                button.current?.focus();
                setShown(false);
              }}
            />
          ))}
        </span>
      )}
    </span>
  );
}

export function Toolbar({
  open,
  saveStatus,
}: {
  open: (panel: Panel) => void;
  saveStatus?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const announce = useAnnounce();
  const run = { open, announce };
  const name = useEditorState((s) => s.project.name ?? '');
  const orientation = useEditorState(selectOrientation);

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.toolbar')}>
      <span className="brand">{t('toolbar.brand')}</span>
      <ActionButton id="open-projects" run={run} />
      <input
        aria-label={t('toolbar.projectName')}
        value={ownName(name)}
        placeholder={t('projects.untitled')}
        className="project-name"
        onChange={(e) => commands.scenes.setSettings({ name: e.target.value }, 'project-name')}
        onBlur={commands.endBurst}
      />
      <span className="sep" />
      <ActionButton id="undo" run={run} />
      <ActionButton id="redo" run={run} />
      <span className="sep" />
      <ZoomControls />
      <ActionButton id="toggle-snapping" run={run} />
      <ActionButton id="toggle-face-guide" run={run} />
      <select
        aria-label={t('toolbar.orientation')}
        value={orientation}
        // Switching is offered with a reflow of the clips (src/ui/preview/ReflowDialog).
        onChange={() => open('reflow')}
      >
        <option value="landscape">{t('toolbar.landscape')}</option>
        <option value="portrait">{t('toolbar.portrait')}</option>
      </select>
      <span className="spacer" />
      <span className="save-slot">{saveStatus}</span>
      <span className="wide-only">
        {SECONDARY.map((id) => (
          <ActionButton key={id} id={id} run={run} />
        ))}
      </span>
      <MoreMenu open={open} />
      <LanguageSwitch />
      <ActionButton id="open-export" className="primary" run={run} />
      <ActionButton id="help" run={run}>
        ?
      </ActionButton>
    </header>
  );
}
