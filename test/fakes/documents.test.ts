/** DocumentApp and DriveApp fakes. */
import { ALL_SCOPES } from './scopes';
import { createGasEnvironment, type GasEnvironment, type ParagraphJson } from './index';

describe('DocumentApp fake', () => {
  let env: GasEnvironment;
  const docs = () => env.globals.DocumentApp;

  beforeEach(() => {
    env = createGasEnvironment({ oauthScopes: ALL_SCOPES });
  });

  test('a new document is a Drive file in the root with one empty paragraph', () => {
    const doc = docs().create('แผนปฏิบัติการ 2567');
    expect(doc.getBody().getNumChildren()).toBe(1);
    expect(doc.getBody().getText()).toBe('');
    expect(doc.getId()).toMatch(/^[-\w]{25,}$/);
    const file = env.globals.DriveApp.getFileById(doc.getId());
    expect(file.getName()).toBe('แผนปฏิบัติการ 2567');
    expect(file.getMimeType()).toBe(env.globals.MimeType.GOOGLE_DOCS);
    expect(file.getParents().next().getId()).toBe(env.drive.rootId);
    expect(file.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit?usp=drivesdk`);
  });

  test('paragraphs, headings, styled text, lists, tables and page breaks appear in toJSON', () => {
    const { ParagraphHeading, HorizontalAlignment, Attribute, GlyphType } = docs();
    const doc = docs().create('Report');
    const body = doc.getBody();
    body.setMarginTop(36).setPageWidth(595.3);
    const title = body.getChild(0).asParagraph();
    title.setText('แผนปฏิบัติการ');
    title.setHeading(ParagraphHeading.TITLE).setAlignment(HorizontalAlignment.CENTER);
    const line = body.appendParagraph('ผู้รับผิดชอบ: ');
    line.setAttributes({ [Attribute.FONT_FAMILY]: 'Sarabun', [Attribute.FONT_SIZE]: 16 });
    line.appendText('กองคลัง').setBold(true);
    line.appendText(' (ตัวหนาต่อ)'); // appended text takes the style before it, as in Docs
    body.appendListItem('ข้อ 1').setGlyphType(GlyphType.NUMBER);
    body.appendListItem('ข้อ 2');
    body.appendPageBreak();
    const table = body.appendTable([['ลำดับ', 'โครงการ'], ['1', 'อบรม']]);
    table.getCell(0, 0).setBackgroundColor('#eeeeee');
    table.setBorderWidth(1);
    body.appendParagraph('บรรทัด 1\nบรรทัด 2');

    const json = env.documents.get(doc.getId()).toJSON();
    expect(json.bodyAttributes).toMatchObject({ MARGIN_TOP: 36, PAGE_WIDTH: 595.3 });
    expect(json.children.map((c) => c.type)).toEqual(['paragraph', 'paragraph', 'listItem', 'listItem', 'pageBreak', 'table', 'paragraph']);
    expect(json.children[0]).toMatchObject({ text: 'แผนปฏิบัติการ', heading: 'TITLE', alignment: 'CENTER' });
    const styled = json.children[1] as ParagraphJson;
    expect(styled.textAttributes).toEqual({ FONT_FAMILY: 'Sarabun', FONT_SIZE: 16 });
    expect(styled.runs).toEqual([
      { text: 'ผู้รับผิดชอบ: ', attributes: { FONT_FAMILY: 'Sarabun', FONT_SIZE: 16 } },
      { text: 'กองคลัง (ตัวหนาต่อ)', attributes: { FONT_FAMILY: 'Sarabun', FONT_SIZE: 16, BOLD: true } },
    ]);
    const [first, second] = [json.children[2], json.children[3]] as ParagraphJson[];
    expect([first.glyphType, second.glyphType, first.listId === second.listId]).toEqual(['NUMBER', 'NUMBER', true]);
    expect(json.children[5]).toMatchObject({ type: 'table', rows: [['ลำดับ', 'โครงการ'], ['1', 'อบรม']], attributes: { BORDER_WIDTH: 1 } });
    expect(json.children[6]).toMatchObject({ text: 'บรรทัด 1\rบรรทัด 2' }); // "\n" becomes a line break
  });

  test('partial text styling, links, replaceText and findText', () => {
    const body = docs().create('T').getBody();
    const p = body.appendParagraph('งบประมาณ {{budget}} บาท');
    p.editAsText().setBold(0, 7, true).setLinkUrl(0, 7, 'https://example.com');
    body.replaceText('\\{\\{budget\\}\\}', '50,000');
    expect(p.getText()).toBe('งบประมาณ 50,000 บาท');
    expect(p.editAsText().isBold(0)).toBe(true);
    expect(p.editAsText().isBold()).toBeNull(); // mixed
    expect(p.editAsText().getLinkUrl(3)).toBe('https://example.com');
    const found = body.findText('50,000')!;
    expect([found.getStartOffset(), found.getEndOffsetInclusive(), found.isPartial()]).toEqual([9, 14, true]);
    expect(found.getElement().getParent()!.getType()).toBe('PARAGRAPH');
    expect(body.findText('50,000', found)).toBeNull();
  });

  test('Apps Script restrictions: last paragraph, detached elements, missing methods', () => {
    const body = docs().create('R').getBody();
    expect(() => body.getChild(0).removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
    const p = body.appendParagraph('x');
    expect(() => body.appendParagraph(p)).toThrow('Element must be detached.');
    body.appendParagraph(p.copy() as never);
    expect(body.getNumChildren()).toBe(3);
    expect((body as unknown as Record<string, unknown>).removeFromParent).toBeUndefined();
    expect((p as unknown as Record<string, unknown>).setBold).toBeUndefined(); // Paragraph has no setBold in Apps Script
    body.clear();
    expect(body.getNumChildren()).toBe(1);
  });

  test('saveAndClose closes the handle; exports show the saved state only', () => {
    const doc = docs().create('PDF');
    const body = doc.getBody();
    body.appendParagraph('ฉบับร่าง');
    expect(doc.getAs('application/pdf').getDataAsString()).not.toContain('ฉบับร่าง'); // not saved yet
    doc.saveAndClose();
    expect(() => body.appendParagraph('late')).toThrow('Document is closed, its contents cannot be updated.');
    expect(() => doc.getBody()).toThrow('Document is closed');
    expect(doc.getAs('application/pdf').getDataAsString()).toContain('ฉบับร่าง');
    const pdf = env.globals.DriveApp.getFileById(doc.getId()).getAs(env.globals.MimeType.PDF);
    expect([pdf.getName(), pdf.getContentType()]).toEqual(['PDF.pdf', 'application/pdf']);
    expect(pdf.getDataAsString()).toContain('ฉบับร่าง');
    const reopened = docs().openById(doc.getId());
    reopened.getBody().appendParagraph('แก้ไข');
    expect(env.documents.get(doc.getId()).savedText()).not.toContain('แก้ไข');
    env.endExecution();
    expect(env.documents.get(doc.getId()).savedText()).toContain('แก้ไข');
    expect(env.documents.get(doc.getId()).isOpen).toBe(false);
    expect(() => env.globals.DriveApp.getFileById(doc.getId()).getAs('application/msword')).toThrow('is not supported');
  });

  test('openById fails for unknown or removed documents; quota errors can be simulated', () => {
    expect(() => docs().openById('nope')).toThrow("Document is missing (perhaps it was deleted, or you don't have read access?)");
    const doc = docs().create('gone');
    env.drive.trash(doc.getId());
    expect(docs().openById(doc.getId()).getName()).toBe('gone'); // trashed documents still open
    env.drive.remove(doc.getId());
    expect(() => docs().openById(doc.getId())).toThrow('Document is missing');
    env.documents.setCreateQuota(1);
    docs().create('last one');
    expect(() => docs().create('one too many')).toThrow('Service invoked too many times for one day: docs create.');
  });

  test('headers, footers and table editing', () => {
    const doc = docs().create('HF');
    expect(doc.getHeader()).toBeNull();
    doc.addHeader().appendParagraph('ส่วนหัว');
    expect(() => doc.addHeader()).toThrow();
    doc.addFooter().getChild(0).asParagraph().setText('หน้า');
    const table = doc.getBody().appendTable();
    const row = table.appendTableRow();
    row.appendTableCell('a');
    row.appendTableCell('b').setWidth(120);
    table.appendTableRow(row.copy() as never);
    table.getRow(1).getCell(0).setText('c');
    const json = env.documents.get(doc.getId()).toJSON();
    expect(json.header!.map((b) => (b as ParagraphJson).text)).toEqual(['', 'ส่วนหัว']);
    expect(json.footer).toMatchObject([{ text: 'หน้า' }]);
    expect(json.children[1]).toMatchObject({ type: 'table', rows: [['a', 'b'], ['c', 'b']] });
    expect(() => table.getRow(5)).toThrow('must be less than the number of child elements (2)');
  });
});

describe('DriveApp fake', () => {
  let env: GasEnvironment;
  const drive = () => env.globals.DriveApp;

  beforeEach(() => {
    env = createGasEnvironment({ oauthScopes: ALL_SCOPES });
  });

  test('folders, files, iterators and moves', () => {
    const folder = drive().createFolder('Sujarit output');
    const sub = folder.createFolder('2567');
    const blob = env.globals.Utilities.newBlob('สวัสดี', 'text/plain', 'hello.txt');
    const file = sub.createFile(blob);
    expect(drive().getFoldersByName('2567').next().getId()).toBe(sub.getId());
    const files = sub.getFilesByName('hello.txt');
    expect(files.hasNext()).toBe(true);
    expect(files.next().getBlob().getDataAsString()).toBe('สวัสดี');
    expect(files.hasNext()).toBe(false);
    expect(() => files.next()).toThrow('iterator has reached the end');
    file.moveTo(folder);
    expect(env.drive.item(file.getId()).parentIds).toEqual([folder.getId()]);
    expect(env.drive.files(folder.getId()).map((f) => f.name)).toEqual(['hello.txt']);
    file.setTrashed(true);
    expect(folder.getFiles().hasNext()).toBe(false);
    expect(drive().getFileById(file.getId()).isTrashed()).toBe(true);
  });

  test('unknown ids fail like Apps Script; the active spreadsheet is a Drive file', () => {
    expect(() => drive().getFileById('missing')).toThrow('No item with the given ID could be found');
    expect(() => drive().getFolderById(drive().getRootFolder().createFile('a', 'b').getId())).toThrow('No item with the given ID');
    const ssId = env.globals.SpreadsheetApp.getActive().getId();
    const folderId = env.drive.seedFolder('Project');
    env.drive.move(ssId, folderId);
    expect(drive().getFileById(ssId).getParents().next().getName()).toBe('Project');
  });

  test('makeCopy of a document copies its saved content', () => {
    const template = env.globals.DocumentApp.create('Template');
    template.getBody().appendParagraph('เรียน {{name}}');
    template.saveAndClose();
    const folder = drive().createFolder('Out');
    const copy = drive().getFileById(template.getId()).makeCopy('Letter', folder);
    const opened = env.globals.DocumentApp.openById(copy.getId());
    opened.getBody().replaceText('\\{\\{name\\}\\}', 'นายก อบต.');
    expect(env.documents.get(copy.getId()).text()).toBe('\nเรียน นายก อบต.');
    expect(env.documents.get(template.getId()).text()).toBe('\nเรียน {{name}}');
    expect(copy.getParents().next().getName()).toBe('Out');
  });
});
