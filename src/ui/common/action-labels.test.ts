import { describe, expect, it } from 'vitest';
import { CATALOGS } from '../../i18n/catalogs';
import { ACTIONS } from '../actions/action-table';

describe('action labels', () => {
  it('every action of the table is in every catalog, the English being the table’s label', () => {
    expect(ACTIONS.filter((a) => CATALOGS.en[`action.${a.id}`] !== a.label)).toEqual([]);
    expect(ACTIONS.filter((a) => !CATALOGS.ko[`action.${a.id}`])).toEqual([]);
  });
});
