// One report in one of its formats: the bytes, the content type and the file extension (CLI, gateway, publishing). Pure.
import { z } from 'zod';
import { bulletinHtml } from './html';
import { ledgerWorkbook } from './ledger';
import { bulletinMarkdown } from './markdown';
import type { Report } from './model';

export const ReportFormatSchema = z.enum(['md', 'html', 'json', 'xlsx']);
export type ReportFormat = z.infer<typeof ReportFormatSchema>;

export interface RenderedReport {
  body: Buffer;
  contentType: string;
  extension: ReportFormat;
}

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  md: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export async function renderReport(report: Report, format: ReportFormat): Promise<RenderedReport> {
  const text = (s: string): Buffer => Buffer.from(s, 'utf8');
  const body =
    format === 'md'
      ? text(bulletinMarkdown(report))
      : format === 'html'
        ? text(bulletinHtml(report))
        : format === 'json'
          ? text(`${JSON.stringify(report, null, 2)}\n`)
          : await ledgerWorkbook(report);
  return { body, contentType: CONTENT_TYPES[format], extension: format };
}

/** `qinzhou-2015-督查通报-2025-06-30.html` (the xlsx is the ledger, 台账) */
export const reportFileName = (planId: string, asOf: string, format: ReportFormat): string =>
  `${planId}-${format === 'xlsx' ? '台账' : '督查通报'}-${asOf}.${format}`;
