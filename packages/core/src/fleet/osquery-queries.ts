/**
 * @fileoverview Plain osquery queries generated from the catalog, for hosts without aiguard: home paths through
 * `users` + `file`, `processes`, `process_envs`, `vscode_extensions`, `npm_packages`.
 * Table and column names follow osquery's specs (https://osquery.io/schema, specs/*.table in osquery/osquery).
 */
import type { Assistant } from '../model/assistant.js';
import type { Policy, PolicyAction } from '../model/policy.js';
import type { Platform, Signature } from '../model/signature.js';
import { decideAction } from '../policy/evaluate.js';

/** osquery's platform names, as packs and Fleet spell them. */
export type OsqueryPlatform = 'linux' | 'darwin' | 'windows';

/** The osquery platform name of a catalog platform. */
export const OSQUERY_PLATFORM: Readonly<Record<Platform, OsqueryPlatform>> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };

/** One generated query: every row it returns is one piece of evidence (`assistant, signature, user, evidence`). */
export interface OsqueryDetection {
  /** `aiguard_<assistant>_<platform>`, safe as a pack or Fleet query name. */
  readonly name: string;
  readonly assistant: string;
  readonly assistantName: string;
  readonly platform: OsqueryPlatform;
  /** What the policy says about the assistant: the generated set holds `block` and `warn` ones. */
  readonly action: PolicyAction;
  readonly query: string;
  /** Signature ids the query covers. */
  readonly signatures: readonly string[];
}

/** A signature osquery cannot express, and why (a glob inside a home path, a regex feature std::regex lacks). */
export interface OsquerySkip {
  readonly signature: string;
  readonly platform: OsqueryPlatform;
  readonly reason: string;
}

/**
 * For each assistant the policy does not allow and each platform, one query that returns a row per piece of
 * evidence osquery can see. Regexes use osquery's `regex_match(text, pattern, 0)` (C++ std::regex, ECMAScript
 * grammar, no flags): case-insensitive patterns are matched against `lower(...)` with the pattern lowered.
 */
export function osqueryDetections(assistants: readonly Assistant[], policy: Policy, platforms: readonly Platform[] = ['linux', 'darwin', 'win32']): { detections: OsqueryDetection[]; skipped: OsquerySkip[] } {
  const detections: OsqueryDetection[] = [];
  const skipped: OsquerySkip[] = [];
  for (const assistant of assistants) {
    const { action } = decideAction(assistant.id, policy, {}, { assistants });
    if (action === 'allow') continue;
    for (const platform of platforms) {
      const osPlatform = OSQUERY_PLATFORM[platform];
      const parts: string[] = [];
      const covered: string[] = [];
      for (const signature of assistant.signatures) {
        const part = signatureQuery(assistant.id, signature, platform, (reason) => skipped.push({ signature: signature.id, platform: osPlatform, reason }));
        if (part) {
          parts.push(part);
          covered.push(signature.id);
        }
      }
      if (parts.length === 0) continue;
      detections.push({
        name: `aiguard_${assistant.id.replace(/[^a-z0-9]+/gi, '_')}_${osPlatform}`,
        assistant: assistant.id,
        assistantName: assistant.name,
        platform: osPlatform,
        action,
        query: parts.join('\nUNION ALL\n'),
        signatures: covered,
      });
    }
  }
  return { detections, skipped };
}

function signatureQuery(assistant: string, signature: Signature, platform: Platform, skip: (reason: string) => void): string | undefined {
  const head = (user: string, evidence: string): string => `SELECT ${sql(assistant)} AS assistant, ${sql(signature.id)} AS signature, ${user} AS user, ${evidence} AS evidence`;
  switch (signature.kind) {
    case 'home-path': {
      if (!signature.platforms.includes(platform)) return undefined;
      const paths = new Set<string>();
      for (const glob of signature.globs) {
        const literal = glob.replace(/\/\*\*$/, '');
        if (/[*?[\]{}!]/.test(literal)) {
          skip(`home glob ${glob} is not a literal path`);
          continue;
        }
        paths.add(literal);
      }
      if (paths.size === 0) return undefined;
      const separator = platform === 'win32' ? '\\' : '/';
      // The join on users.directory gives osquery's file table the path constraint it requires.
      return [...paths]
        .map((path) => `${head('u.username', 'f.path')} FROM users u JOIN file f ON f.path = u.directory || ${sql(separator + (platform === 'win32' ? path.replace(/\//g, '\\') : path))}`)
        .join('\nUNION ALL\n');
    }
    case 'process': {
      const pattern = osqueryRegex(signature.pattern);
      if (typeof pattern !== 'string') {
        skip(pattern.reason);
        return undefined;
      }
      const subject = signature.pattern.flags.includes('i') ? "lower(p.path || ' ' || p.cmdline)" : "p.path || ' ' || p.cmdline";
      return `${head('CAST(p.uid AS TEXT)', "p.path || ' ' || p.cmdline")} FROM processes p WHERE regex_match(${subject}, ${sql(pattern)}, 0) IS NOT NULL`;
    }
    case 'env-var': {
      // process_envs exists on POSIX hosts only.
      if (platform === 'win32') return undefined;
      let condition = `e.key = ${sql(signature.name)}`;
      if (signature.value) {
        const pattern = osqueryRegex(signature.value);
        if (typeof pattern !== 'string') {
          skip(pattern.reason);
          return undefined;
        }
        condition += ` AND regex_match(${signature.value.flags.includes('i') ? 'lower(e.value)' : 'e.value'}, ${sql(pattern)}, 0) IS NOT NULL`;
      }
      // Evidence names the variable, never its value (it may be a secret).
      return `${head('CAST(p.uid AS TEXT)', "e.key || ' in pid ' || e.pid")} FROM process_envs e JOIN processes p USING (pid) WHERE ${condition}`;
    }
    case 'editor-extension': {
      if (signature.editor !== 'vscode') return undefined;
      const ids = signature.ids.map((id) => sql(id.toLowerCase())).join(', ');
      return `${head('CAST(x.uid AS TEXT)', "x.publisher || '.' || x.name")} FROM vscode_extensions x WHERE lower(x.publisher || '.' || x.name) IN (${ids}) OR lower(x.name) IN (${ids})`;
    }
    case 'package': {
      if (signature.ecosystem !== 'npm') return undefined;
      return `${head("''", 'n.path')} FROM npm_packages n WHERE n.name IN (${signature.names.map(sql).join(', ')})`;
    }
    default:
      return undefined;
  }
}

/**
 * A JavaScript regex as a std::regex ECMAScript pattern, or why it cannot be one. With the `i` flag the pattern
 * is lowered outside escapes (the subject is lowered too); lookbehind, named groups and Unicode classes are refused.
 */
export function osqueryRegex(regex: RegExp): string | { reason: string } {
  const { source, flags } = regex;
  if (/\(\?<[=!]/.test(source)) return { reason: `regex ${source} uses lookbehind, which std::regex lacks` };
  if (/\(\?<[A-Za-z]/.test(source) || /\\[pPk]/.test(source)) return { reason: `regex ${source} uses named groups or Unicode classes` };
  if (/[^gi]/.test(flags.replace(/[dy]/g, ''))) return { reason: `regex ${source} uses flags ${flags}` };
  if (!flags.includes('i')) return source;
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === '\\') {
      out += ch + (source[i + 1] ?? '');
      i++;
    } else out += ch.toLowerCase();
  }
  return out;
}

/** A SQL string literal. */
export function sql(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
