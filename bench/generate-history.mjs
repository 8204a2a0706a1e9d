// Generates a large synthetic git history with git fast-import: mostly human commits, ~1% with AI assistant footprints.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';

const HUMANS = ['Ana Human <ana@example.com>', 'Bo Dev <bo@example.org>', 'Chen Li <chen@example.net>', 'Dara Ops <dara@corp.example>'];
const AI_TRAILERS = [
  'Co-Authored-By: Claude Opus 4.6 <noreply@anthropic.com>',
  'Co-authored-by: Cursor <cursoragent@cursor.com>',
  'Co-authored-by: aider (gpt-5) <aider@aider.chat>',
  'Co-authored-by: Qwen-Coder <qwen-coder@alibabacloud.com>',
];
const BODY = 'Refactor the request pipeline so retries share one budget.\n\nThe old loop retried per stage, which multiplied the worst case.\nThis keeps the budget in the context and checks it before each attempt.';

/** Creates (or reuses) a repository at `dir` with `count` commits on main, one in `aiEvery` with an AI trailer. Returns `dir`. */
export function generateHistory(dir, count, aiEvery = 97) {
  const marker = `${dir}/.generated-${count}-${aiEvery}`;
  if (existsSync(marker)) return Promise.resolve(dir);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  const importer = spawn('git', ['fast-import', '--quiet', '--done'], { cwd: dir, stdio: ['pipe', 'inherit', 'inherit'] });
  const start = Date.parse('2020-01-01T00:00:00Z') / 1000;
  let buffer = '';
  const flush = (force) => {
    if (buffer.length > 1 << 20 || force) {
      importer.stdin.write(buffer);
      buffer = '';
    }
  };
  for (let i = 1; i <= count; i++) {
    const who = HUMANS[i % HUMANS.length];
    const trailer = i % aiEvery === 0 ? `\n\n${AI_TRAILERS[(i / aiEvery) % AI_TRAILERS.length | 0]}` : '';
    const message = `feat(core): change number ${i}\n\n${BODY}${trailer}\n`;
    const when = `${start + i * 60} +0000`;
    buffer += `commit refs/heads/main\nmark :${i}\nauthor ${who} ${when}\ncommitter ${who} ${when}\ndata ${Buffer.byteLength(message)}\n${message}`;
    if (i > 1) buffer += `from :${i - 1}\n`;
    if (i % 50 === 1) {
      const content = `file ${i}\n`;
      buffer += `M 100644 inline src/module-${i % 400}.ts\ndata ${Buffer.byteLength(content)}\n${content}`;
    }
    buffer += '\n';
    flush(false);
  }
  buffer += 'done\n';
  flush(true);
  importer.stdin.end();
  return new Promise((resolve, reject) => {
    importer.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git fast-import exited with ${code}`));
      execFileSync('git', ['checkout', '-q', 'main'], { cwd: dir });
      execFileSync('touch', [marker]);
      resolve(dir);
    });
  });
}
