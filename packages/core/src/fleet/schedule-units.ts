/**
 * @fileoverview systemd units and launchd plists that run aiguard periodically (audit to SQLite, for osquery ATC)
 * and continuously (`watch`, NDJSON to a log file).
 */
import { DEFAULT_DATABASE } from './engine-exports.js';

/** The files a scheduler export writes: file name -> content. */
export type UnitFiles = Readonly<Record<string, string>>;

const LINUX_WATCH_LOG = '/var/log/aiguard/watch.ndjson';
const MAC_WATCH_LOG = '/Library/Logs/aiguard/watch.ndjson';

/**
 * `aiguard-audit.service` + `.timer` (daily, persistent, randomised so a fleet does not audit in lockstep) and
 * `aiguard-watch.service` (restarted on failure), per systemd.service(5), systemd.timer(5) and systemd.exec(5).
 */
export function renderSystemdUnits(binary = '/usr/local/bin/aiguard', database = DEFAULT_DATABASE.linux): UnitFiles {
  const databaseFolder = database.slice(0, database.lastIndexOf('/'));
  return {
    'aiguard-audit.service': `[Unit]
Description=aiguard audit of AI coding assistants (writes ${database} for osquery)
Documentation=https://github.com/aiguard/aiguard
After=local-fs.target

[Service]
Type=oneshot
${database.startsWith('/var/lib/aiguard/') ? 'StateDirectory=aiguard' : `ReadWritePaths=-${systemdPath(databaseFolder)}`}
ExecStart=${systemdPath(binary)} audit --format sqlite --output ${systemdPath(database)}
# Exit 1 means blocked findings were recorded: the run itself succeeded.
SuccessExitStatus=1
Nice=10
IOSchedulingClass=idle
NoNewPrivileges=yes
PrivateTmp=yes
ProtectSystem=strict
`,
    'aiguard-audit.timer': `[Unit]
Description=Run the aiguard audit daily

[Timer]
OnCalendar=daily
RandomizedDelaySec=1h
Persistent=true

[Install]
WantedBy=timers.target
`,
    'aiguard-watch.service': `[Unit]
Description=aiguard watch: report AI coding assistants as they appear
Documentation=https://github.com/aiguard/aiguard
After=local-fs.target

[Service]
Type=simple
LogsDirectory=aiguard
ExecStart=${systemdPath(binary)} watch --format ndjson --output ${LINUX_WATCH_LOG} --syslog
Restart=on-failure
RestartSec=30
Nice=10
NoNewPrivileges=yes

[Install]
WantedBy=multi-user.target
`,
  };
}

/**
 * LaunchDaemons for macOS (launchd.plist(5)): `com.aiguard.audit.plist` runs the audit daily at 09:00 and at
 * load; `com.aiguard.watch.plist` keeps `watch` running. Install under /Library/LaunchDaemons, owned by root.
 */
export function renderLaunchdPlists(binary = '/usr/local/bin/aiguard', database = DEFAULT_DATABASE.darwin): UnitFiles {
  const plist = (label: string, args: readonly string[], extra: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key>
  <string>${xml(label)}</string>
  <key>ProgramArguments</key>
  <array>
${args.map((arg) => `    <string>${xml(arg)}</string>`).join('\n')}
  </array>
${extra}  <key>ProcessType</key>
  <string>Background</string>
  <key>StandardErrorPath</key>
  <string>/Library/Logs/aiguard/${xml(label)}.err.log</string>
</dict>
</plist>
`;
  return {
    'com.aiguard.audit.plist': plist(
      'com.aiguard.audit',
      [binary, 'audit', '--format', 'sqlite', '--output', database],
      `  <key>StartCalendarInterval</key>
  <dict>
    <key>Hour</key>
    <integer>9</integer>
    <key>Minute</key>
    <integer>0</integer>
  </dict>
  <key>RunAtLoad</key>
  <true/>
`,
    ),
    'com.aiguard.watch.plist': plist(
      'com.aiguard.watch',
      [binary, 'watch', '--format', 'ndjson', '--output', MAC_WATCH_LOG, '--syslog'],
      `  <key>KeepAlive</key>
  <true/>
  <key>RunAtLoad</key>
  <true/>
`,
    ),
  };
}

/** A path in a unit file: spaces escaped as systemd.syntax(7) asks. */
function systemdPath(path: string): string {
  return path.replace(/\\/g, '\\\\').replace(/ /g, '\\x20');
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
