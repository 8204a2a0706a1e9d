// import() for the CLI bundle: dist/aiguard.cjs runs as a vm.Script with a code cache (compile-cache.cjs), and there
// import() has no module loader; this file is compiled by Node's own loader, where it has.
'use strict';

module.exports = function dynamicImport(url) {
  return import(url);
};
