/**
 * @fileoverview VS Code's `AllowedExtensions` policy (setting `extensions.allowed`, VS Code 1.96+) generated from the
 * policy: every extension id of every banned assistant set to `false`, everything else allowed with `"*": true`.
 * Formats follow https://code.visualstudio.com/docs/enterprise/extensions ("Configure allowed extensions": keys
 * are extension ids `publisher.name`, `false` blocks, an installed blocked extension is disabled) and
 * https://code.visualstudio.com/docs/enterprise/policies (Windows: registry policy under
 * `Software\Policies\Microsoft\VSCode`, string value holding the JSON; macOS: a configuration profile whose
 * `AllowedExtensions` key is that JSON string; Linux: `/etc/vscode/policy.json`).
 */
import { createHash } from 'node:crypto';
import type { Assistant } from '../model/assistant.js';
import type { Policy } from '../model/policy.js';
import { decideAction } from '../policy/evaluate.js';

/** The forms the policy can be written in. */
export const VSCODE_POLICY_FORMATS = ['json', 'settings', 'reg', 'mobileconfig'] as const;
export type VscodePolicyFormat = (typeof VSCODE_POLICY_FORMATS)[number];

/** The AllowedExtensions value: `"*": true`, then each banned extension id (sorted, lower-case) set to false. */
export function allowedExtensions(assistants: readonly Assistant[], policy: Policy): Record<string, boolean> {
  const banned = new Set<string>();
  for (const assistant of assistants) {
    if (decideAction(assistant.id, policy, {}, { assistants }).action !== 'block') continue;
    for (const signature of assistant.signatures) {
      if (signature.kind === 'editor-extension' && signature.editor === 'vscode') for (const id of signature.ids) banned.add(id.toLowerCase());
    }
  }
  return { '*': true, ...Object.fromEntries([...banned].sort().map((id) => [id, false])) };
}

/**
 * The policy in one form. `json`: `/etc/vscode/policy.json` (`{"AllowedExtensions": {...}}`); `settings`: a
 * settings.json fragment (`{"extensions.allowed": {...}}`) for a single machine or a dev container; `reg`: a
 * regedit file (UTF-16LE with BOM, CRLF, as `Windows Registry Editor Version 5.00` requires) setting the REG_SZ
 * value; `mobileconfig`: a macOS configuration profile with a `com.microsoft.VSCode` payload. Identifiers and
 * UUIDs in the profile are derived from its content, so the same policy gives the same file.
 */
export function renderVscodePolicy(value: Record<string, boolean>, format: VscodePolicyFormat): string | Uint8Array {
  const json = JSON.stringify(value);
  switch (format) {
    case 'json':
      return `${JSON.stringify({ AllowedExtensions: value }, null, 2)}\n`;
    case 'settings':
      return `${JSON.stringify({ 'extensions.allowed': value }, null, 2)}\n`;
    case 'reg': {
      const text = ['Windows Registry Editor Version 5.00', '', '[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\VSCode]', `"AllowedExtensions"="${json.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`, ''].join('\r\n');
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    }
    case 'mobileconfig': {
      const uuid = (salt: string): string => {
        const hex = createHash('sha256').update(`${salt}\n${json}`).digest('hex');
        return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`.toUpperCase();
      };
      return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadDisplayName</key>
      <string>VS Code allowed extensions</string>
      <key>PayloadIdentifier</key>
      <string>com.aiguard.vscode.${uuid('payload')}</string>
      <key>PayloadType</key>
      <string>com.microsoft.VSCode</string>
      <key>PayloadUUID</key>
      <string>${uuid('payload')}</string>
      <key>PayloadVersion</key>
      <integer>1</integer>
      <key>AllowedExtensions</key>
      <string>${xml(json)}</string>
    </dict>
  </array>
  <key>PayloadDescription</key>
  <string>Blocks the VS Code extensions of AI assistants the aiguard policy bans.</string>
  <key>PayloadDisplayName</key>
  <string>aiguard: VS Code allowed extensions</string>
  <key>PayloadIdentifier</key>
  <string>com.aiguard.vscode</string>
  <key>PayloadScope</key>
  <string>System</string>
  <key>PayloadType</key>
  <string>Configuration</string>
  <key>PayloadUUID</key>
  <string>${uuid('profile')}</string>
  <key>PayloadVersion</key>
  <integer>1</integer>
</dict>
</plist>
`;
    }
  }
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
