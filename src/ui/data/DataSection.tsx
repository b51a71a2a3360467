import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { FileButton } from '../common/FileButton';
import { useState } from 'react';
import { useStore } from 'zustand';
import { matchColumns } from '../../domain/merge/columns';
import { EMPTY_SPEC } from '../../domain/merge/spec';
import { parseTable, readTable } from '../../merge/table';
import { useEditorState } from '../../store/editor-context';
import { fileSource } from './merge-check';
import type { MergeSession } from './merge-session';

const PREVIEW_ROWS = 8;

const DELIMITER_KEYS: Record<string, string> = {
  ',': 'data.comma',
  ';': 'data.semicolon',
  '\t': 'data.tab',
  '|': 'data.pipe',
};

/** The delimiter as words say it ("comma-separated"); one Papa Parse never guesses, quoted. */
const delimiterName = (delimiter: string) => {
  const key = DELIMITER_KEYS[delimiter];
  return key ? i18next.t(key) : `"${delimiter}"`;
};

/** Rows in: a CSV/TSV file (any of the encodings spreadsheets write) or cells pasted from a spreadsheet. */
export function DataSection({ session }: { session: MergeSession }) {
  const { t } = useTranslation();
  const project = useEditorState((s) => s.project);
  const { table, tableSource } = useStore(session.store);
  const [pasted, setPasted] = useState('');
  const match = table ? matchColumns(project, project.merge ?? EMPTY_SPEC, table.header) : null;

  return (
    <section aria-label={t('data.data')}>
      <div className="row" style={{ flexWrap: 'wrap' }}>
        <FileButton
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          label={t('data.dataFile')}
          text={t('data.chooseDataFile')}
          onFile={async (file) =>
            session.setTable(
              readTable(new Uint8Array(await file.arrayBuffer())),
              fileSource(file.name),
            )
          }
        />
        <span className="hint">{t('data.orPasteCellsFromA')}</span>
      </div>
      <div className="row">
        <textarea
          aria-label={t('data.pastedRows')}
          rows={3}
          style={{ flex: 1 }}
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
        />
        <button
          disabled={!pasted.trim()}
          onClick={() => session.setTable(parseTable(pasted), { kind: 'pasted' })}
        >
          {t('data.usePastedRows')}
        </button>
      </div>
      {table && match && (
        <>
          <p role="status">
            {t('data.tableSummary', {
              source:
                tableSource?.kind === 'file'
                  ? tableSource.name
                  : tableSource?.kind === 'last-run'
                    ? t('data.lastRunData')
                    : t('data.pastedCells'),
              rows: t('data.rowCount', { count: table.rows.length }),
              columns: t('data.columnCount', { count: table.header.length }),
              encoding: table.encoding ? `, ${table.encoding}` : '',
              delimiter: delimiterName(table.delimiter),
            })}
          </p>
          <ul className="merge-problems" aria-label={t('data.columnCheck')}>
            {table.problems.map((p) => (
              <li key={p.message} className="warning">
                {t(`table.${p.key}`, p.params)}
              </li>
            ))}
            {match.missing.map((m) => (
              <li key={m.column + m.for} className={m.blocking ? 'error' : 'warning'}>
                {t('data.missingColumn', {
                  column: m.column,
                  for: m.binding ? t(`data.missingFor.${m.binding}`) : m.for,
                })}
                {m.blocking
                  ? t('data.everyRowIsBlockedUntil')
                  : m.for.startsWith('{{')
                    ? t('data.itsDefaultIsUsed')
                    : t('data.theDesignIsKept')}
              </li>
            ))}
            {match.unknown.length > 0 && (
              <li className="warning">
                {t('data.unusedColumns', { columns: match.unknown.join(', ') })}
              </li>
            )}
          </ul>
          <div style={{ overflow: 'auto', maxHeight: 240 }}>
            <table className="data" aria-label={t('data.dataPreview')}>
              <thead>
                <tr>
                  <th>#</th>
                  {table.header.map((h) => (
                    <th key={h} className={match.unknown.includes(h) ? 'unused' : undefined}>
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.slice(0, PREVIEW_ROWS).map((r) => (
                  <tr key={r.number}>
                    <td>{r.number}</td>
                    {table.header.map((h) => (
                      <td key={h}>{r.values[h]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {table.rows.length > PREVIEW_ROWS && (
            <p className="hint">
              {t('data.moreRows', { count: table.rows.length - PREVIEW_ROWS })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
