/**
 * The ExcelApi version each member the simulator serves needs, from the @remarks
 * of @types/office-js. Excel answers ApiNotFound for a member above the sets it
 * implements; the simulator does the same, at the action that uses it.
 */
const MINOR: Readonly<Record<string, number>> = {
  "WorksheetCollection.GetItemOrNullObject": 4,
  "Worksheet.GetUsedRangeOrNullObject": 4,
  "Worksheet.FreezePanes": 7,
  "Worksheet.PageLayout": 9,
  "Worksheet.HorizontalPageBreaks": 9,
  "Worksheet.VerticalPageBreaks": 9,
  "Worksheet.Visibility": 2,
  "Range.Merge": 2,
  "Range._ValidateArraySize": 3,
  "Range.Hyperlink": 7,
  "Range.ConditionalFormats": 6,
  "RangeFormat.ColumnWidth": 2,
  "RangeFormat.RowHeight": 2,
  "NamedItemCollection.Add": 4,
  "NamedItem.Delete": 4,
  "Workbook.Functions": 2,
  "ChartSeries.SetXAxisValues": 7,
  "ChartAxis.ReversePlotOrder": 7,
};

/** The minor version of ExcelApi 1.x that Class.Member needs (1 when not listed). */
export function requiredMinor(className: string, member: string): number {
  return MINOR[`${className}.${member}`] ?? 1;
}
