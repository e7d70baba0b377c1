/**
 * Heavy libraries loaded when first used, not when the server or the CLI starts: exceljs (XLSX),
 * onnxruntime-web (card reading) and sharp (images) cost about 1.5 s of start-up together, paid
 * by every `npm run cli` command and every server start though most never touch them.
 */
import type ExcelJSModule from 'exceljs';
import type * as OrtModule from 'onnxruntime-web';
import type SharpModule from 'sharp';

export type ExcelJS = typeof ExcelJSModule;
export type Ort = typeof OrtModule;
export type Sharp = typeof SharpModule;

export async function loadExcel(): Promise<ExcelJS> {
  return (await import('exceljs')).default;
}

export async function loadOrt(): Promise<Ort> {
  return import('onnxruntime-web');
}

export async function loadSharp(): Promise<Sharp> {
  return (await import('sharp')).default;
}
