#!/usr/bin/env node
// `npx borger-widgets …`: the command line is built into dist/cli.js (see src/cli/).
import '../dist/cli.js';
