// Keeps V8's compiled code for the CLI in the user's aiguard cache folder, so later starts skip most of compiling a
// 900 kB bundle (bench/startup.mjs). The user's own folder, not Node's default in the shared temp folder: code another
// user planted there would run as whoever runs aiguard, root included.
'use strict';
var fs = require('fs');
var join = require('path').join;

/** The folder compiled code is kept in: `<user cache>/aiguard/compile`. */
function compileCacheFolder() {
  var env = process.env;
  var home = require('os').homedir();
  var base = env.XDG_CACHE_HOME
    ? env.XDG_CACHE_HOME
    : process.platform === 'darwin'
      ? join(home, 'Library', 'Caches')
      : process.platform === 'win32' && env.LOCALAPPDATA
        ? env.LOCALAPPDATA
        : join(home, '.cache');
  return join(base, 'aiguard', 'compile');
}

/**
 * True when compiled code in `folder` can be trusted: it, or the nearest folder above it that exists (where it will be
 * made 0700), is owned by the user running aiguard and writable by nobody else. A root run with another user's HOME or
 * XDG_CACHE_HOME (`sudo -E`) must never run code that user planted. Same rule as core's history-cache/own-folder.ts.
 */
function ownFolder(folder) {
  if (typeof process.getuid !== 'function') return true;
  for (var at = folder; ; at = require('path').dirname(at)) {
    try {
      var stat = fs.statSync(at);
      return stat.isDirectory() && stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
    } catch (error) {
      if (error.code !== 'ENOENT' || require('path').dirname(at) === at) return false;
    }
  }
}

function enableCompileCache() {
  var enable = require('module').enableCompileCache;
  if (typeof enable !== 'function') return;
  var folder = compileCacheFolder();
  if (!ownFolder(folder)) return;
  try {
    enable(folder);
  } catch (error) {
    // A read-only or missing home: start without the cache, as before.
  }
}

/**
 * Runs the CommonJS file `file` with V8's code cache for the run kind `kind` (a hook name). Node's compile cache stores
 * a module's code as compiled at load, before any of its functions ran; V8 then still compiles every function the
 * run calls, about a quarter of a hook's instructions. This cache is written once the run ends, so it holds every
 * function that kind of run compiled. One cache per kind, because each hook calls different functions. The cache file
 * is named by the file's size, change time and inode as well as by Node's version, so a rebuilt or reinstalled bundle
 * never meets the code of another (V8 itself checks only the source's length).
 */
function runWithCodeCache(file, kind) {
  var source = fs.readFileSync(file, 'utf8');
  var stat = fs.statSync(file);
  var name = [/^[\w-]{1,40}$/.test(kind) ? kind : 'other', process.version, process.arch, stat.size, Math.floor(stat.ctimeMs), stat.ino].join('-');
  var folder = compileCacheFolder();
  var cacheFile = join(folder, 'code-' + name + '.bin');
  var trusted = ownFolder(folder);
  var cached;
  try {
    if (trusted) cached = fs.readFileSync(cacheFile);
  } catch (error) {
    // No cache yet (first run of this kind) or an unreadable one: compile, and write it at exit.
  }
  var vm = require('vm');
  var Module = require('module');
  var script = new vm.Script(Module.wrap(source), { filename: file, cachedData: cached });
  if (trusted && (cached === undefined || script.cachedDataRejected)) {
    process.once('exit', function () {
      try {
        fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
        // Written beside, then renamed: a hook starting meanwhile reads the old file or the whole new one.
        var partial = cacheFile + '.' + process.pid;
        fs.writeFileSync(partial, script.createCachedData(), { mode: 0o600 });
        fs.renameSync(partial, cacheFile);
      } catch (error) {
        // A read-only or full cache folder: the next run compiles again, as without a cache.
      }
    });
  }
  var module = { exports: {}, filename: file, id: file };
  script.runInThisContext().call(module.exports, module.exports, Module.createRequire(file), module, file, require('path').dirname(file));
}

module.exports = { enableCompileCache: enableCompileCache, runWithCodeCache: runWithCodeCache };
