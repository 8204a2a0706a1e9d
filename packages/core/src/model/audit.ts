/** @fileoverview Records the workstation sources produce, and what an audit adds to a ScanResult. Types only. */
import type { Platform } from './signature.js';

/** The workstation sources an audit can read; `--only` / `--skip` choose among them. */
export type AuditSource = 'home' | 'processes' | 'extensions' | 'packages' | 'environment' | 'controls' | 'repositories';

/** Every audit source, in the order reports list them. */
export const AUDIT_SOURCES: readonly AuditSource[] = ['home', 'processes', 'extensions', 'packages', 'environment', 'controls', 'repositories'];

/** A user whose home folder is audited. */
export interface UserHome {
  readonly user: string;
  /** Absolute path of the home folder. */
  readonly home: string;
  readonly uid?: number;
}

/** A path that exists in a home folder. */
export interface HomePathRecord {
  readonly user: string;
  readonly home: string;
  /** Home-relative POSIX path, e.g. `.claude` or `Library/Application Support/Claude`. */
  readonly relativePath: string;
  readonly isDirectory: boolean;
}

/** One running process. */
export interface ProcessRecord {
  readonly pid: number;
  readonly ppid?: number;
  readonly uid?: number;
  /** Owner's user name where known. */
  readonly user?: string;
  /** Absolute executable path where readable, else argv[0]. */
  readonly exe: string;
  /** Arguments joined by spaces. */
  readonly commandLine: string;
  /**
   * The variables of the process's environment that the caller asked to keep (read from /proc/PID/environ).
   * Values are held only so detectors can test them; they are never copied into evidence.
   */
  readonly env?: ReadonlyMap<string, string>;
}

/** One installed editor extension or plugin. */
export interface ExtensionRecord {
  readonly user: string;
  readonly home: string;
  readonly editor: 'vscode' | 'jetbrains';
  /** The product whose folder held it, e.g. `VS Code`, `Cursor`, `VS Code Server`, `IntelliJIdea2025.3`. */
  readonly product: string;
  /** Extension id as found (`publisher.name` for VS Code-family editors). */
  readonly id: string;
  readonly version?: string;
  /** Absolute path of the extension folder (or of the manifest that listed it). */
  readonly path: string;
}

/** One installed package or binary on PATH. */
export interface PackageRecord {
  readonly ecosystem: 'npm' | 'pypi' | 'brew' | 'brew-cask' | 'winget' | 'binary';
  readonly name: string;
  /** Where it was found: the package folder, or the PATH entry. */
  readonly path: string;
  /** For a binary on PATH reached through symlinks: the resolved file. */
  readonly resolvedPath?: string;
  /** Owner when it sits in a user's home. */
  readonly user?: string;
}

/** What a vendor control file is like on this machine. */
export type ControlState = 'present' | 'missing' | 'invalid' | 'unreadable' | 'unsupported';

/** A vendor-side control (Claude Code managed settings, VS Code AllowedExtensions) and whether it is in place. */
export interface VendorControl {
  readonly vendor: string;
  /** What the control is, e.g. `Claude Code managed settings`. */
  readonly control: string;
  /** The file (or registry key) it lives at. */
  readonly file: string;
  readonly state: ControlState;
  /** For extension allow-lists: true when every banned extension id is excluded. Undefined when not applicable. */
  readonly excludesBanned?: boolean;
  /** Banned extension ids the control does not exclude. */
  readonly notExcluded?: readonly string[];
  /** One short line: why it is invalid, what is missing. Never the file's contents. */
  readonly detail?: string;
}

/** Something an audit could not read; noted in the report, never fatal. */
export interface AuditNote {
  readonly source: AuditSource;
  readonly message: string;
  readonly path?: string;
}

/** What an audit adds to a ScanResult beside its findings. */
export interface AuditDetails {
  /** The layout the homes were read with (`--platform` in tests; the real platform otherwise). */
  readonly platform: Platform;
  /** Sources that ran, with how many records each read (paths, processes, extensions, packages, variables, controls, repositories). */
  readonly sources: Readonly<Partial<Record<AuditSource, number>>>;
  readonly controls: readonly VendorControl[];
  readonly notes: readonly AuditNote[];
  /** Repositories found under the `--root` folders and scanned. */
  readonly repositories: readonly string[];
  /** The home folders audited and their users (redaction hashes both). */
  readonly homes: readonly UserHome[];
}

/** A home-relative path to check; with `list`, its descendants are listed too (bounded). */
export interface HomeProbe {
  readonly path: string;
  readonly list: boolean;
}

/** One environment variable. Detectors test the value; reports only ever name the variable. */
export interface EnvironmentRecord {
  readonly name: string;
  readonly value: string;
}

/** One ancestor of the starting process. */
export interface AncestorProcess {
  readonly pid: number;
  readonly ppid: number;
  /** Absolute executable path where readable, else argv[0] (or the kernel's short name). */
  readonly exe: string;
  /** Arguments joined by spaces. */
  readonly commandLine: string;
  /**
   * The variables of its environment that `keepEnv` selected (Linux, same user only). Held so detectors can test
   * the values; never copied into evidence.
   */
  readonly env?: ReadonlyMap<string, string>;
}
