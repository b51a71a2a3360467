// Latin faces registered at start (downloaded once the stage draws text in them); Korean faces are
// registered when Korean is in use (./fonts.ts).
import '../ui/latin-faces.css';
import '../ui/styles.css';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initI18n } from './i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// The first render waits for the chosen language's catalog (at once for English).
void initI18n().then(() => createRoot(root).render(<App />));
