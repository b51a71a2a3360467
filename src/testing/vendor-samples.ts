/** The vendor's published request samples, verbatim (see src/domain/fixtures/vendor/README.md). */
import gettingStarted from '../domain/fixtures/vendor/requests/docs-1.6.x-getting-started.txt?raw';
import createProject from '../domain/fixtures/vendor/requests/docs-1.6.x-create-project.txt?raw';
import tutorial from '../domain/fixtures/vendor/requests/docs-1.6.x-json-template-tutorial.txt?raw';
import export14 from '../domain/fixtures/vendor/requests/docs-1.4.x-export-project.txt?raw';
import sampleRepo from '../domain/fixtures/vendor/requests/sample-nodejs-export-from-json-template.txt?raw';

export const VENDOR_REQUESTS = {
  'docs-1.6.x-getting-started': gettingStarted,
  'docs-1.6.x-create-project': createProject,
  'docs-1.6.x-json-template-tutorial': tutorial,
  'docs-1.4.x-export-project': export14,
  'sample-nodejs-export-from-json-template': sampleRepo,
} as const;

/** What a person fills in before sending a sample that still has the docs' placeholder. */
export const WEBHOOK_URL = 'https://hooks.example.com/aistudios';
export const filledIn = (text: string): string =>
  text.replace(/\$\{webhook_delivery_address\}/g, JSON.stringify(WEBHOOK_URL));
