// Latin faces registered at start (downloaded once the stage draws text in them); Korean faces are
// registered when Korean is in use (./fonts.ts).
import '../ui/latin-faces.css';
import '../ui/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { composeApp } from './composition';
import { initI18n } from './i18n';
import { startApp } from './start-app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = composeApp();
// The last project and the first screen's data are asked for before the first render, so they
// arrive while the language loads and React starts instead of one after the other.
const opening = startApp(app);
void initI18n()
  .then(() => opening.firstRender)
  .then(() => createRoot(root).render(<App app={app} opening={opening} />));
