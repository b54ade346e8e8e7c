import { createRequire as __wavesCreateRequire } from 'node:module';
import { fileURLToPath as __wavesFileURLToPath } from 'node:url';
const require = __wavesCreateRequire(import.meta.url);
const __filename = __wavesFileURLToPath(import.meta.url);
const __dirname = __filename.slice(0, __filename.lastIndexOf('/'));

// src/render/gatingDependencies.ts
function gatingDependencies(unit, byId) {
  if (unit.wave === void 0) return unit.waitingOn;
  const previous = unit.wave - 1;
  return unit.waitingOn.filter((id) => {
    const dependency = byId.get(id);
    const wave = dependency?.wave ?? (dependency && (dependency.status === "in-progress" || dependency.status === "review") ? 0 : void 0);
    return wave === previous;
  });
}

export {
  gatingDependencies
};
