// Stands in for @types/node in tsconfig.core.json, whose `typeRoots` points here. docx's typings
// reference Node's (`/// <reference types="node" />`), which would otherwise give all of src/core
// `process`, `Buffer` and Node's timers behind the back of `"types": []`. Empty on purpose.
export {}
