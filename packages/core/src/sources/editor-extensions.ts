/** @fileoverview Lists the extensions installed in VS Code-family editors and JetBrains IDEs of one home folder. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditNote, ExtensionRecord, UserHome } from '../model/audit.js';
import type { Platform } from '../model/signature.js';

/** Home-relative extension folders of VS Code-family editors (research §31), with the product each belongs to. */
export const VSCODE_EXTENSION_FOLDERS: readonly { readonly product: string; readonly path: string }[] = [
  { product: 'VS Code', path: '.vscode/extensions' },
  { product: 'VS Code Server', path: '.vscode-server/extensions' },
  { product: 'VS Code Insiders', path: '.vscode-insiders/extensions' },
  { product: 'VS Code Insiders Server', path: '.vscode-server-insiders/extensions' },
  { product: 'VSCodium', path: '.vscode-oss/extensions' },
  { product: 'VSCodium Server', path: '.vscodium-server/extensions' },
  { product: 'VSCodium Insiders', path: '.vscodium-insiders/extensions' },
  { product: 'Cursor', path: '.cursor/extensions' },
  { product: 'Cursor Server', path: '.cursor-server/extensions' },
  { product: 'Windsurf', path: '.windsurf/extensions' },
  { product: 'Windsurf Server', path: '.windsurf-server/extensions' },
  { product: 'Devin Desktop', path: '.devin/extensions' },
  { product: 'Trae', path: '.trae/extensions' },
  { product: 'Trae Server', path: '.trae-server/extensions' },
  { product: 'Kiro', path: '.kiro/extensions' },
  { product: 'Antigravity', path: '.antigravity/extensions' },
  { product: 'code-server', path: '.local/share/code-server/extensions' },
  { product: 'VS Code Server (OSS)', path: '.vscode-server-oss/extensions' },
];

/** Home-relative folders holding one folder per JetBrains product (each with a `plugins` folder on macOS/Windows). */
export function jetbrainsFolders(platform: Platform): readonly string[] {
  if (platform === 'darwin') return ['Library/Application Support/JetBrains'];
  if (platform === 'win32') return ['AppData/Roaming/JetBrains'];
  return ['.local/share/JetBrains'];
}

// `<publisher>.<name>-<version>[-<platform>]`: names may contain hyphens, versions start with a digit.
const FOLDER_NAME = /^([^.\s]+\.[^\s]+?)-(\d+\.\d+[^-]*)(?:-([a-z0-9-]+))?$/i;

/** Splits an extension folder name into id and version, or undefined when it is not one. */
export function parseExtensionFolderName(name: string): { id: string; version: string } | undefined {
  const match = FOLDER_NAME.exec(name);
  return match ? { id: match[1]!, version: match[2]! } : undefined;
}

/**
 * Every extension installed for `home`: each `extensions.json` manifest's entries and every extension-looking
 * folder (a folder without a manifest entry still loads). Ids are kept as found; detectors compare case-insensitively.
 */
export function readEditorExtensions(home: UserHome, platform: Platform, notes: AuditNote[] = []): ExtensionRecord[] {
  const records: ExtensionRecord[] = [];
  for (const { product, path } of VSCODE_EXTENSION_FOLDERS) {
    const folder = join(home.home, ...path.split('/'));
    const entries = listFolder(folder, notes);
    if (!entries) continue;
    const seen = new Set<string>();
    const add = (id: string, version: string | undefined, at: string): void => {
      const key = `${id.toLowerCase()}@${version ?? ''}`;
      if (seen.has(key)) return;
      seen.add(key);
      records.push({ user: home.user, home: home.home, editor: 'vscode', product, id, ...(version ? { version } : {}), path: at });
    };
    // Folders first: their path is where the extension really is; the manifest adds entries whose folder is elsewhere.
    for (const name of entries) {
      const parsed = parseExtensionFolderName(name);
      if (parsed) add(parsed.id, parsed.version, join(folder, name));
    }
    if (entries.includes('extensions.json')) {
      for (const entry of readManifest(join(folder, 'extensions.json'), notes)) add(entry.id, entry.version, entry.path ?? join(folder, 'extensions.json'));
    }
  }
  for (const base of jetbrainsFolders(platform)) {
    const baseFolder = join(home.home, ...base.split('/'));
    for (const product of listFolder(baseFolder, notes) ?? []) {
      // Linux keeps plugins directly in the product folder; macOS and Windows in its `plugins` child.
      for (const pluginsFolder of [join(baseFolder, product, 'plugins'), join(baseFolder, product)]) {
        for (const plugin of listFolder(pluginsFolder, notes) ?? []) {
          const id = readJetbrainsPluginId(join(pluginsFolder, plugin)) ?? plugin;
          records.push({ user: home.user, home: home.home, editor: 'jetbrains', product, id, path: join(pluginsFolder, plugin) });
        }
      }
    }
  }
  return records;
}

interface ManifestEntry {
  readonly id: string;
  readonly version?: string;
  readonly path?: string;
}

/** Reads `extensions.json`: an array of `{ identifier: { id }, version, location: { path } }`. A broken manifest is noted. */
export function readManifest(file: string, notes: AuditNote[] = []): ManifestEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    notes.push({ source: 'extensions', path: file, message: `cannot be read as JSON (${(error as NodeJS.ErrnoException).code ?? 'invalid JSON'})` });
    return [];
  }
  if (!Array.isArray(data)) {
    notes.push({ source: 'extensions', path: file, message: 'is not a JSON array' });
    return [];
  }
  const entries: ManifestEntry[] = [];
  for (const item of data as unknown[]) {
    const record = item as { identifier?: { id?: unknown }; version?: unknown; location?: { path?: unknown; fsPath?: unknown } | string };
    const id = record?.identifier?.id;
    if (typeof id !== 'string' || id === '') continue;
    const location = typeof record.location === 'string' ? record.location : (record.location?.fsPath ?? record.location?.path);
    entries.push({ id, ...(typeof record.version === 'string' ? { version: record.version } : {}), ...(typeof location === 'string' ? { path: location } : {}) });
  }
  return entries;
}

/** An unpacked plugin's `META-INF/plugin.xml` id, when present (packed jars are not opened). */
function readJetbrainsPluginId(folder: string): string | undefined {
  try {
    const xml = readFileSync(join(folder, 'META-INF', 'plugin.xml'), 'utf8');
    return /<id>\s*([^<\s]+)\s*<\/id>/.exec(xml)?.[1];
  } catch {
    return undefined;
  }
}

function listFolder(folder: string, notes: AuditNote[]): string[] | undefined {
  try {
    return readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') notes.push({ source: 'extensions', path: folder, message: `cannot be read (${code})` });
    return undefined;
  }
}
