import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeTable, parseTable, readTable } from './table';

const utf8 = (text: string) => new TextEncoder().encode(text);
const CSV =
  '이름,회사,logo\n김민지,딥브레인,https://cdn.example.com/a.png\n"Lee, Jun","Acme ""Ltd""",\n';

describe('reading spreadsheet data', () => {
  it('UTF-8 without BOM', () => {
    const table = readTable(utf8(CSV));
    expect(table.encoding).toBe('utf-8');
    expect(table.header).toEqual(['이름', '회사', 'logo']);
    expect(table.rows).toEqual([
      {
        number: 1,
        values: { 이름: '김민지', 회사: '딥브레인', logo: 'https://cdn.example.com/a.png' },
      },
      { number: 2, values: { 이름: 'Lee, Jun', 회사: 'Acme "Ltd"', logo: '' } },
    ]);
  });

  it('UTF-8 with BOM (Excel "CSV UTF-8"): the BOM is not part of the first column name', () => {
    const table = readTable(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(CSV)]));
    expect(table.encoding).toBe('utf-8 (BOM)');
    expect(table.header[0]).toBe('이름');
  });

  it('CP949 (Korean Excel "CSV") in EUC-KR proper, with the default (browser) decoder', () => {
    const table = readTable(iconv.encode('이름,메모\n김민지,안녕하세요\n', 'cp949'));
    expect(table.encoding).toBe('cp949');
    expect(table.rows[0]!.values).toEqual({ 이름: '김민지', 메모: '안녕하세요' });
  });

  it('CP949 including the extension Hangul (똠, 뷁), with the CLI’s decoder', () => {
    const bytes = iconv.encode('이름,메모\n똠얌꿍,뷁\n', 'cp949');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const table = readTable(bytes, (b) => iconv.decode(Buffer.from(b), 'cp949'));
    expect(table.encoding).toBe('cp949');
    expect(table.rows[0]!.values).toEqual({ 이름: '똠얌꿍', 메모: '뷁' });
  });

  it('UTF-16 with BOM (Excel "Unicode text")', () => {
    const body = iconv.encode('name\tcity\nAnn\t서울\n', 'utf16le');
    const table = readTable(new Uint8Array([0xff, 0xfe, ...body]));
    expect(table.encoding).toBe('utf-16le');
    expect(table.rows[0]!.values).toEqual({ name: 'Ann', city: '서울' });
  });

  it('text pasted from a spreadsheet is tab-separated, commas stay in the cell', () => {
    const table = parseTable('name\tgreeting\nAnn\tHi, there\nBo\tHello\n');
    expect(table.delimiter).toBe('\t');
    expect(table.rows.map((r) => r.values.greeting)).toEqual(['Hi, there', 'Hello']);
  });

  it('names duplicate headers, blank headers and rows with extra cells', () => {
    const table = parseTable('name,,Name\na,b,c,d\n');
    expect(table.header).toEqual(['name', 'column 2', 'Name']);
    expect(table.problems.map((p) => p.message)).toEqual([
      'The column "Name" appears twice in the header; rename one of them.',
      'Row 1 has 4 cells but the header names 3 columns; the extra cells are ignored.',
    ]);
    expect(parseTable('').problems[0]?.message).toMatch(/empty/);
    expect(parseTable('name,greeting\nAnn,"Hi\n').problems[0]).toMatchObject({
      key: 'quotes-missing',
      message: expect.stringMatching(/^Line \d+: a quoted cell is not closed/),
    });
  });

  it('says in words what is wrong with quotes, and when there are no rows under the header', () => {
    const said = (text: string) => parseTable(text).problems.map((p) => [p.key, p.message]);
    expect(said('name,note\nAnn,"open\nBo,x\n')).toEqual([
      [
        'quotes-missing',
        'Line 2: a quoted cell is not closed; add the missing " (or remove the opening one).',
      ],
    ]);
    expect(said('name,note\nAnn,"a"b"\n')).toEqual([
      ['quotes-invalid', 'Line 2: a " stands inside a cell that is not quoted; write it as "".'],
    ]);
    expect(said('name,company\n')).toEqual([
      ['no-rows', 'There are no rows under the header: add one line per video.'],
    ]);
  });

  it('a workbook or a picture is named as not a CSV file, with what to do', () => {
    const zipHeader = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    const table = readTable(zipHeader);
    expect(table.rows).toEqual([]);
    expect(table.problems.map((p) => p.key)).toEqual(['not-text']);
    expect(table.problems[0]!.message).toMatch(/^This is not a CSV or TSV text file/);
  });

  it('decodes the same text from every encoding', () => {
    expect(decodeTable(iconv.encode('가나다', 'cp949')).text).toBe('가나다');
  });
});
