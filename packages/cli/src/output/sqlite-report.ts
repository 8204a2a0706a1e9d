/** @fileoverview Writes an audit or scan as a SQLite database with Node's built-in node:sqlite (for osquery ATC and ad-hoc SQL). */
import { renameSync, rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { FINDING_COLUMNS, findingRow, RUN_COLUMNS, runRow, SQLITE_SCHEMA_VERSION, sqliteSchema, type ScanResult, type ToolInfo } from '@aiguard/core';
import { usageError } from './cli-error.js';

/**
 * Writes `result` to `file` as a fresh database (aiguard_meta, aiguard_runs, aiguard_findings). It is built beside
 * the target and renamed over it, so osquery reading the previous file never sees a half-written one.
 */
export function writeSqliteReport(file: string, result: ScanResult, tool: ToolInfo): void {
  const temporary = `${file}.${process.pid}.tmp`;
  let database: DatabaseSync;
  try {
    rmSync(temporary, { force: true });
    database = new DatabaseSync(temporary);
  } catch (error) {
    throw usageError(`--output ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    database.exec('BEGIN');
    for (const statement of sqliteSchema()) database.exec(statement);
    const meta = database.prepare('INSERT INTO aiguard_meta VALUES (?, ?)');
    meta.run('schema_version', String(SQLITE_SCHEMA_VERSION));
    meta.run('tool', `${tool.name} ${tool.version}`);
    database.prepare(`INSERT INTO aiguard_runs VALUES (${RUN_COLUMNS.map(() => '?').join(', ')})`).run(...runRow(result, tool));
    const insert = database.prepare(`INSERT INTO aiguard_findings VALUES (${FINDING_COLUMNS.map(() => '?').join(', ')})`);
    for (const finding of result.findings) insert.run(...findingRow(result, finding));
    database.exec('COMMIT');
  } finally {
    database.close();
  }
  try {
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw usageError(`--output ${file} cannot be written (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}
