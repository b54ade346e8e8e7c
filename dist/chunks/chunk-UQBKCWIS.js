import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/cli/io.ts
var EXIT = { ok: 0, problems: 1, usage: 2 };
var UsageError = class extends Error {
  name = "UsageError";
};
var TasksFileError = class extends Error {
  name = "TasksFileError";
};

export {
  EXIT,
  UsageError,
  TasksFileError
};
