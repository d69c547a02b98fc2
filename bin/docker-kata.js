#!/usr/bin/env node
// Launcher: everything lives in dist/, compiled from src/.
import { main } from '../dist/cli.js';

main(process.argv);
