/** @fileoverview Matches paths inside a home folder against home-path signatures. */
import type { HomePathSignature, Platform } from '../model/signature.js';
import type { CompiledCatalog, PathEntry } from './catalog-index.js';

/** Returns the home-path signatures for `platform` that a home-relative POSIX path matches. */
export function detectHomePath(relativePath: string, platform: Platform, catalog: CompiledCatalog): PathEntry<HomePathSignature>[] {
  return catalog.homePaths.filter((entry) => entry.signature.platforms.includes(platform) && entry.test(relativePath));
}
