import { useTranslation } from 'react-i18next';
import { useId, useState } from 'react';
import { SHAPE_NAMES } from '../../domain/schema/common';
import { shapeLabel } from '../layers/clip-label';
import { useEditor } from '../../store/editor-context';
import { AvatarPanel } from '../avatars/AvatarPanel';
import { TabList, tabPanelProps } from '../common/Tabs';
import { MediaPanel } from './MediaPanel';

const TABS = ['Avatars', 'Text', 'Shapes', 'Media'] as const;
type Tab = (typeof TABS)[number];

export function InsertPanel() {
  const { t } = useTranslation();
  const { commands } = useEditor();
  const [tab, setTab] = useState<Tab>('Avatars');
  const tabs = useId();
  return (
    <aside className="left" aria-label={t('insert.addToScene')}>
      <TabList
        id={tabs}
        tabs={TABS}
        selected={tab}
        onSelect={setTab}
        label={t('insert.whatToAdd')}
        nameOf={(name) => t(`insert.tab.${name}`)}
        className="tabs"
      />
      <div {...tabPanelProps(tabs, tab)}>
        {tab === 'Avatars' && <AvatarPanel />}
        {tab === 'Text' && (
          <>
            <button
              onClick={() => commands.insert.text('Title')}
              style={{ width: '100%', fontSize: 18, fontWeight: 700 }}
            >
              {t('insert.addTitle')}
            </button>
            <button onClick={() => commands.insert.text()} style={{ width: '100%', marginTop: 6 }}>
              {t('insert.addText')}
            </button>
            <p className="hint">{t('insert.doubleClickTextOnThe')}</p>
          </>
        )}
        {tab === 'Shapes' && (
          <div className="grid" aria-label={t('insert.shapes')}>
            {SHAPE_NAMES.map((name) => (
              <button
                key={name}
                className="tile"
                onClick={() => commands.insert.shape(name)}
                aria-label={t('insert.addShape', { name: shapeLabel(name) })}
              >
                {shapeLabel(name)}
              </button>
            ))}
          </div>
        )}
        {tab === 'Media' && <MediaPanel />}
      </div>
    </aside>
  );
}
