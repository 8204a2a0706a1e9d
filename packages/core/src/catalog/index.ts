/** @fileoverview The one registry of assistants: explicit imports, sorted by id. */
import type { Assistant } from '../model/assistant.js';
import aider from './aider.js';
import amazonQ from './amazon-q.js';
import amp from './amp.js';
import antigravity from './antigravity.js';
import anyAgent from './any-agent.js';
import augment from './augment.js';
import baiduComate from './baidu-comate.js';
import claudeCode from './claude-code.js';
import claudeDesktop from './claude-desktop.js';
import claudeFlow from './claude-flow.js';
import cline from './cline.js';
import continueAssistant from './continue.js';
import copilotCodingAgent from './copilot-coding-agent.js';
import crush from './crush.js';
import cursor from './cursor.js';
import devin from './devin.js';
import entire from './entire.js';
import factory from './factory.js';
import firebaseStudio from './firebase-studio.js';
import geminiCli from './gemini-cli.js';
import geminiCodeAssist from './gemini-code-assist.js';
import gitAi from './git-ai.js';
import githubCopilot from './github-copilot.js';
import goose from './goose.js';
import grok from './grok.js';
import happy from './happy.js';
import iflow from './iflow.js';
import jetbrainsAi from './jetbrains-ai.js';
import jules from './jules.js';
import junie from './junie.js';
import kiloCode from './kilo-code.js';
import kiro from './kiro.js';
import mastra from './mastra.js';
import openaiCodex from './openai-codex.js';
import opencode from './opencode.js';
import openhands from './openhands.js';
import pi from './pi.js';
import posthogCode from './posthog-code.js';
import qoder from './qoder.js';
import qwenCode from './qwen-code.js';
import replit from './replit.js';
import rooCode from './roo-code.js';
import sisyphus from './sisyphus.js';
import sourcegraphCody from './sourcegraph-cody.js';
import tabnine from './tabnine.js';
import tongyiLingma from './tongyi-lingma.js';
import trae from './trae.js';
import warp from './warp.js';
import windsurf from './windsurf.js';
import zed from './zed.js';

/** Bumped whenever a signature is added, removed or changes meaning; reports carry it. */
export const CATALOG_VERSION = '2026.12.07';

/** Every assistant the catalog knows, sorted by id. */
export const CATALOG = [
  aider,
  amazonQ,
  amp,
  antigravity,
  anyAgent,
  augment,
  baiduComate,
  claudeCode,
  claudeDesktop,
  claudeFlow,
  cline,
  continueAssistant,
  copilotCodingAgent,
  crush,
  cursor,
  devin,
  entire,
  factory,
  firebaseStudio,
  geminiCli,
  geminiCodeAssist,
  gitAi,
  githubCopilot,
  goose,
  grok,
  happy,
  iflow,
  jetbrainsAi,
  jules,
  junie,
  kiloCode,
  kiro,
  mastra,
  openaiCodex,
  opencode,
  openhands,
  pi,
  posthogCode,
  qoder,
  qwenCode,
  replit,
  rooCode,
  sisyphus,
  sourcegraphCody,
  tabnine,
  tongyiLingma,
  trae,
  warp,
  windsurf,
  zed,
] as const satisfies readonly Assistant[];
