import "server-only";
// The layout every exported table shares: a title, a subtitle (whose figures, as of when), a blank
// row, bold shaded Vietnamese headers frozen in place, then the rows; rates are fractions shown as
// percentages by the cell format.
import ExcelJS from "exceljs";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export function titledSheet(
  book: ExcelJS.Workbook,
  name: string,
  title: string,
  subtitle: string,
  headers: string[],
  rows: (string | number | null)[][],
  percentColumns: number[] = [],
  /** The column of names, drawn wide (0-based; a place or a number before it stays narrow). */
  wideColumn = 0,
): ExcelJS.Worksheet {
  const ws = book.addWorksheet(name.slice(0, 31));
  ws.addRow([title]).font = { bold: true, size: 14 };
  ws.addRow([subtitle]).font = { italic: true };
  ws.addRow([]);
  const head = ws.addRow(headers);
  head.font = { bold: true };
  head.eachCell((c) => {
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF5F5F4" } };
    c.border = { bottom: { style: "thin" } };
  });
  for (const r of rows) {
    const row = ws.addRow(r);
    for (const col of percentColumns) row.getCell(col).numFmt = "0.0%";
  }
  ws.columns.forEach((c, i) => {
    c.width = i === wideColumn ? 48 : Math.max(i < wideColumn ? 8 : 12, Math.min(40, (headers[i] ?? "").length + 2));
  });
  ws.views = [{ state: "frozen", ySplit: 4 }];
  return ws;
}
